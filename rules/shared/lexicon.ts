/**
 * The word data compiled for fast matching: built-in dictionaries plus the
 * user's own entries, minus what the user switched off. Built once per
 * settings change, never per keystroke.
 */
import * as data from '../../dictionaries/index';
import type { UserEntry } from '../../contract/index';
import type { AbbreviationEntry, ExplainEntry, JargonEntry, LightVerbEntry, StockPhraseEntry } from '../../dictionaries/schema';
import { PhraseIndex } from './phrases';

export interface JargonHit {
  kind: 'replace';
  entry: JargonEntry;
  /** Drop-in alternatives (no `…`). */
  replacements: string[];
  /** Alternatives that are advice only (contain `…`). */
  advice: string[];
}

export interface ExplainHit {
  kind: 'explain';
  term: string;
  explanation: string;
}

export interface Lexicon {
  /** Hard words: to replace (jargon) or to explain (leefloon, OCMW). */
  words: PhraseIndex<JargonHit | ExplainHit>;
  stockPhrases: PhraseIndex<StockPhraseEntry>;
  /** By lower-case abbreviation as written: `o.a.`, `t/m`. */
  abbreviations: Map<string, AbbreviationEntry>;
  lightVerbsByNoun: Map<string, LightVerbEntry[]>;
  nominalizations: Map<string, string>;
  commonWords: Set<string>;
}

export interface LexiconOptions {
  /** The user's own words and imported lists. */
  extraEntries?: readonly UserEntry[];
  /** Built-in terms the user switched off (lower-case heads, terms, abbreviations or phrases). */
  disabledTerms?: readonly string[];
}

export function createLexicon(options: LexiconOptions = {}): Lexicon {
  const disabled = new Set(options.disabledTerms ?? []);
  const words = new PhraseIndex<JargonHit | ExplainHit>();
  const stockPhrases = new PhraseIndex<StockPhraseEntry>();

  // User entries go first: on equal length, the first one added wins.
  for (const entry of options.extraEntries ?? []) {
    const term = entry.term.trim().toLowerCase().replace(/\s+/g, ' ');
    if (!term) continue;
    if (entry.alternatives.length > 0) {
      const own: JargonEntry = { head: term, forms: [[term, ...entry.alternatives]], note: entry.explanation };
      words.add(term, splitAlternatives(own, entry.alternatives));
    } else if (entry.explanation) {
      words.add(term, { kind: 'explain', term: entry.term.trim(), explanation: entry.explanation });
    }
  }
  for (const entry of data.jargon) {
    if (disabled.has(entry.head)) continue;
    for (const [surface, ...alternatives] of entry.forms) {
      if (!disabled.has(surface)) words.add(surface, splitAlternatives(entry, alternatives));
    }
  }
  for (const entry of data.explain as readonly ExplainEntry[]) {
    if (disabled.has(entry.term.toLowerCase())) continue;
    for (const form of entry.forms) words.add(form, { kind: 'explain', term: entry.term, explanation: entry.explanation });
  }
  for (const entry of data.stockPhrases) if (!disabled.has(entry.phrase)) stockPhrases.add(entry.phrase, entry);

  const abbreviations = new Map<string, AbbreviationEntry>();
  for (const entry of data.abbreviations) if (!disabled.has(entry.abbr)) abbreviations.set(entry.abbr, entry);

  const lightVerbsByNoun = new Map<string, LightVerbEntry[]>();
  for (const entry of data.lightVerbs) {
    if (disabled.has(entry.noun)) continue;
    const list = lightVerbsByNoun.get(entry.noun) ?? [];
    list.push(entry);
    lightVerbsByNoun.set(entry.noun, list);
  }
  const nominalizations = new Map<string, string>();
  for (const entry of data.nominalizations) if (!disabled.has(entry.noun)) nominalizations.set(entry.noun, entry.verb);

  return {
    words,
    stockPhrases,
    abbreviations,
    lightVerbsByNoun,
    nominalizations,
    commonWords: new Set(data.commonWords),
  };
}

function splitAlternatives(entry: JargonEntry, alternatives: readonly string[]): JargonHit {
  return {
    kind: 'replace',
    entry,
    replacements: alternatives.filter((a) => !a.includes('…')),
    advice: alternatives.filter((a) => a.includes('…')),
  };
}

let builtIn: Lexicon | undefined;
/** The lexicon with only the built-in data, created on first use. */
export function builtInLexicon(): Lexicon {
  builtIn ??= createLexicon();
  return builtIn;
}
