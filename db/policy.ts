/** What the organisation's policy put in the database, as the options page shows it ("set by your organisation"). */
import type { RuleId, Settings } from '../contract/index';
import type { ReaderProfile } from '../engine/index';
import type { KlaretaalDatabase } from './database';

/** The settings an organisation may set for its staff (background/policy.ts reads them from the browser). */
export interface PolicySettings {
  readerProfile?: ReaderProfile;
  address?: Settings['address'];
  disabledRules?: RuleId[];
  maxSentenceWords?: number;
  minLongWordLetters?: number;
}

/** The settings of the policy last applied; `{}` when there is none. */
export async function managedSettings(db: KlaretaalDatabase): Promise<PolicySettings> {
  const value = (await db.meta.get('managedSettings'))?.value;
  try {
    return typeof value === 'string' ? (JSON.parse(value) as PolicySettings) : {};
  } catch {
    return {};
  }
}

/** How many words the organisation gives. */
export const managedWordCount = (db: KlaretaalDatabase) => db.entries.where('origin').equals('managed').count();
