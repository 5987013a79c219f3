/** The built-in word data, typed. The JSON files are the source of truth. */
import type {
  AbbreviationEntry,
  CommonWords,
  ExplainEntry,
  FlemishCommon,
  FrequencyBand,
  FrequencyHeader,
  JargonEntry,
  LightVerbEntry,
  Names,
  NominalizationEntry,
  ParticipleEntry,
  VerbRow,
  StockPhraseEntry,
  TaggerData,
  TaggerExtra,
} from './schema';
import abbreviationsJson from './abbreviations.json';
import commonWordsJson from './common-words.json';
import explainJson from './explain.json';
import flemishCommonJson from './flemish-common.json';
import frequencyJson from './frequency.json';
import jargonJson from './jargon.json';
import lightVerbsJson from './light-verbs.json';
import namesJson from './names.json';
import nominalizationsJson from './nominalizations.json';
import participlesJson from './participles.json';
import stockPhrasesJson from './stock-phrases.json';
import verbsJson from './verbs.json';
import verbsExtraJson from './verbs-extra.json';
import taggerJson from './tagger.json';
import taggerExtraJson from './tagger-extra.json';

export const jargon = jargonJson as unknown as readonly JargonEntry[];
export const explain = explainJson as readonly ExplainEntry[];
export const abbreviations = abbreviationsJson as readonly AbbreviationEntry[];
export const stockPhrases = stockPhrasesJson as readonly StockPhraseEntry[];
export const lightVerbs = lightVerbsJson as readonly LightVerbEntry[];
export const nominalizations = nominalizationsJson as readonly NominalizationEntry[];
export const commonWords = commonWordsJson as CommonWords;
export const names = namesJson as Names;
export const flemishCommon = flemishCommonJson as FlemishCommon;
export const participles = participlesJson as readonly ParticipleEntry[];
/** Conjugations from pattern (BSD-3, CLiPS): see scripts/import-verbs.ts. */
export const verbs = verbsJson as unknown as readonly VerbRow[];
/** Our own conjugations: verbs the table lacks, and corrections; they win over `verbs`. */
export const verbsExtra = verbsExtraJson as unknown as readonly VerbRow[];
/** Part-of-speech tagger data from pattern/Brill-NL (BSD-3): see scripts/import-tagger.ts. */
export const tagger = taggerJson as unknown as TaggerData;
/** Our own corrections to the tagger: they win over `tagger`. */
export const taggerExtra = taggerExtraJson as unknown as TaggerExtra;

/**
 * Word frequencies from wordfreq (CC BY-SA 4.0, see LICENSES.md) with OpenTaal's stems marked: see
 * scripts/import-frequency.ts. The header first, then one band per tenth of a Zipf point.
 */
export const frequency = frequencyJson as unknown as readonly [FrequencyHeader, ...FrequencyBand[]];

/** File name → data, for the data lint. */
export const dictionaryFiles = {
  'jargon.json': jargon,
  'explain.json': explain,
  'abbreviations.json': abbreviations,
  'stock-phrases.json': stockPhrases,
  'light-verbs.json': lightVerbs,
  'nominalizations.json': nominalizations,
  'common-words.json': commonWords,
  'names.json': names,
  'flemish-common.json': flemishCommon,
  'participles.json': participles,
  'verbs.json': verbs,
  'verbs-extra.json': verbsExtra,
  'frequency.json': frequency,
} as const;

export type * from './schema';
