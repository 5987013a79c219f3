import type { Settings } from './types';

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
