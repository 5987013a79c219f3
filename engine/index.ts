/** The engine's public API: everything outside engine/ imports from here. */
export { check, createChecker, type Checker, type CheckerOptions } from './check';
export { createLexicon, builtInLexicon, type Lexicon, type LexiconOptions } from '../rules/shared/lexicon';
export { defaultSettings } from './settings';
export { RULE_IDS } from '../contract/index';
export type { CheckResult, Finding, FormOfAddress, Language, LanguageOption, RuleId, SentenceStats, Settings, Stats } from '../contract/index';
