/**
 * The registry: one line per rule, keyed by its id. The type checker fails when a rule id of the contract has no
 * rule here, or a rule is filed under another id; the meta-test checks every file in rules/ is listed.
 */
import { RULE_IDS, type RuleId, type RuleView } from '../contract/index';
import abbreviation from './abbreviation';
import type { Rule } from './define';
import doubleNegative from './double-negative';
import jargon from './jargon';
import longSentence from './long-sentence';
import longWord from './long-word';
import nominalization from './nominalization';
import passiveVoice from './passive-voice';
import pronounMix from './pronoun-mix';
import rareWord from './rare-word';
import stockPhrase from './stock-phrase';

export const RULES: { readonly [Id in RuleId]: Rule<Id> } = {
  jargon,
  'long-sentence': longSentence,
  'passive-voice': passiveVoice,
  nominalization,
  abbreviation,
  'stock-phrase': stockPhrase,
  'double-negative': doubleNegative,
  'pronoun-mix': pronounMix,
  'long-word': longWord,
  'rare-word': rareWord,
};

/** What a view needs to show a rule's findings: its Dutch name and its look. */
export const viewOf = (rule: RuleId): RuleView => ({
  rule,
  title: RULES[rule].texts.nl.title,
  example: RULES[rule].texts.nl.lesson,
  ...RULES[rule].look,
});

/** Every rule, in the order of the rule-id contract (the order of ties in the UI). */
export const rules: readonly Rule[] = RULE_IDS.map((id) => RULES[id]);

export type { Candidate, FlagExample, LineStyle, Look, Rule, RuleEnv, RuleTexts } from './define';
export { settled } from './define';
