import { RULE_IDS, type RuleId, type Settings } from '../contract/index';

export const defaultSettings: Settings = {
  disabledRules: [],
  ruleOptions: {},
  address: 'u',
  ignoredWords: [],
};

/** Fill in what a caller left out, so rules can rely on every field. */
export function resolveSettings(partial: Partial<Settings> | undefined): Settings {
  return { ...defaultSettings, ...partial };
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * Settings read back from storage (or a managed policy) may be old, partial or damaged: keep what is valid,
 * fall back to defaults for the rest, never throw.
 */
export function sanitizeSettings(raw: unknown): Settings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const ruleOptions: Settings['ruleOptions'] = {};
  if (value.ruleOptions && typeof value.ruleOptions === 'object') {
    for (const [rule, options] of Object.entries(value.ruleOptions as Record<string, unknown>)) {
      if ((RULE_IDS as readonly string[]).includes(rule) && options && typeof options === 'object') {
        ruleOptions[rule as RuleId] = { ...(options as Record<string, unknown>) };
      }
    }
  }
  return {
    disabledRules: isStringArray(value.disabledRules)
      ? (value.disabledRules.filter((r) => (RULE_IDS as readonly string[]).includes(r)) as RuleId[])
      : [],
    ruleOptions,
    address: value.address === 'je' ? 'je' : 'u',
    ignoredWords: isStringArray(value.ignoredWords) ? value.ignoredWords.map((w) => w.toLowerCase()) : [],
  };
}
