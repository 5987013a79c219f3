/**
 * The categories as views show them: one per rule, in the order of the rule ids, each with the colour and line
 * style of its rule (defined in the rule itself), shared by the underlines, the legend, the card and the trainer
 * page.
 */
import { RULE_IDS, type RuleId } from '../contract/index';
import { RULES, type Look, type RuleTexts } from '../rules/index';

export interface Category extends Look {
  rule: RuleId;
}

export const CATEGORIES: readonly Category[] = RULE_IDS.map((rule) => ({ rule, ...RULES[rule].look }));

export const categoryOf = (rule: RuleId): Category => ({ rule, ...RULES[rule].look });

/** The rule's Dutch texts: title, why, lesson, option docs. */
export const textsOf = (rule: RuleId): RuleTexts => RULES[rule].texts.nl;
