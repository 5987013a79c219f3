/**
 * The categories as extension pages show them: one per rule, in the order of the rule ids, with the rule's own
 * name, colour and line style (defined in the rule itself). Web pages get the same views from the background with
 * each check, so the page script carries no rules.
 */
import { RULE_IDS, type RuleId, type RuleView } from '../contract/index';
import { RULES, viewOf, type RuleTexts } from '../rules/index';

export { viewOf };

export const CATEGORIES: readonly RuleView[] = RULE_IDS.map(viewOf);

export const categoryOf = viewOf;

/** The rule's Dutch texts: title, why, lesson, option docs. */
export const textsOf = (rule: RuleId): RuleTexts => RULES[rule].texts.nl;
