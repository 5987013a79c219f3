/** The registry: one line per rule. The meta-test checks every file in rules/ is listed here. */
import abbreviation from './abbreviation';
import doubleNegative from './double-negative';
import jargon from './jargon';
import longSentence from './long-sentence';
import longWord from './long-word';
import nominalization from './nominalization';
import passiveVoice from './passive-voice';
import pronounMix from './pronoun-mix';
import stockPhrase from './stock-phrase';
import type { RuleDefinition } from './types';

// Order matters only for ties in the UI; the engine sorts findings by position.
export const rules = [
  jargon,
  longSentence,
  passiveVoice,
  nominalization,
  abbreviation,
  stockPhrase,
  doubleNegative,
  pronounMix,
  longWord,
] as unknown as readonly RuleDefinition<Record<string, unknown>>[];
