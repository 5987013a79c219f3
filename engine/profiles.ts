/**
 * Reader profiles: who the letters are for. Choosing one sets sensible rule options; the user can still
 * change each option afterwards. B1 is the default of a fresh install and has the rules' own defaults (at most
 * 20 words a sentence, the top of plain-language guidance for B1); stricter for readers who are learning Dutch
 * (A2), looser for a general public.
 */
import type { Settings } from '../contract/index';

export const READER_PROFILES = ['nt2-a2', 'b1', 'general'] as const;
export type ReaderProfile = (typeof READER_PROFILES)[number];

/**
 * `perTenMillion`: how often a word must occur to be common (rare-word): Zipf 3.18 for A2, 3 for B1, 2.6 for a
 * general public; chosen by measurement on letters (tests/eval/letters.ts, `npm run eval`).
 */
const LIMITS: Record<ReaderProfile, { maxWords: number; minLetters: number; perTenMillion: number }> = {
  'nt2-a2': { maxWords: 12, minLetters: 12, perTenMillion: 15 },
  b1: { maxWords: 20, minLetters: 16, perTenMillion: 10 },
  general: { maxWords: 25, minLetters: 20, perTenMillion: 4 },
};

/** The profile of a fresh install. */
export const DEFAULT_PROFILE: ReaderProfile = 'b1';

export const isReaderProfile = (v: unknown): v is ReaderProfile => (READER_PROFILES as readonly unknown[]).includes(v);

/** `settings` with the rule options of `profile` (other settings unchanged). */
export function applyProfile(settings: Settings, profile: ReaderProfile): Settings {
  const { maxWords, minLetters, perTenMillion } = LIMITS[profile];
  return {
    ...settings,
    ruleOptions: {
      ...settings.ruleOptions,
      'long-sentence': { ...settings.ruleOptions['long-sentence'], maxWords },
      'long-word': { ...settings.ruleOptions['long-word'], minLetters },
      'rare-word': { ...settings.ruleOptions['rare-word'], perTenMillion },
    },
  };
}
