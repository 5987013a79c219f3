/**
 * Reader profiles: who the letters are for. Choosing one sets sensible rule options; the user can still
 * change each option afterwards. B1 is the default of a fresh install and has the rules' own defaults (at most
 * 20 words a sentence, the top of plain-language guidance for B1); stricter for readers who are learning Dutch
 * (A2), looser for a general public.
 */
import type { Settings } from '../contract/index';

export const READER_PROFILES = ['nt2-a2', 'b1', 'general'] as const;
export type ReaderProfile = (typeof READER_PROFILES)[number];

/** `minZipf`: how common a word must be (rare-word); measured on plain letters, see tests/eval/letters.ts. */
const LIMITS: Record<ReaderProfile, { maxWords: number; minLetters: number; minZipf: number }> = {
  'nt2-a2': { maxWords: 12, minLetters: 12, minZipf: 3.2 },
  b1: { maxWords: 20, minLetters: 16, minZipf: 3 },
  general: { maxWords: 25, minLetters: 20, minZipf: 2.6 },
};

/** The profile of a fresh install. */
export const DEFAULT_PROFILE: ReaderProfile = 'b1';

export const isReaderProfile = (v: unknown): v is ReaderProfile => (READER_PROFILES as readonly unknown[]).includes(v);

/** `settings` with the rule options of `profile` (other settings unchanged). */
export function applyProfile(settings: Settings, profile: ReaderProfile): Settings {
  const { maxWords, minLetters, minZipf } = LIMITS[profile];
  return {
    ...settings,
    ruleOptions: {
      ...settings.ruleOptions,
      'long-sentence': { ...settings.ruleOptions['long-sentence'], maxWords },
      'long-word': { ...settings.ruleOptions['long-word'], minLetters },
      'rare-word': { ...settings.ruleOptions['rare-word'], minZipf },
    },
  };
}
