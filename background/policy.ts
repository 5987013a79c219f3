/**
 * An organisation's policy (browser enterprise policies → `storage.managed`, schema in
 * public/managed_schema.json): a shared word list and default settings for all its staff.
 *
 * The words become entries "van je organisatie" that the user cannot delete; they are replaced whenever the
 * policy changes. The settings are defaults: applied when the policy (or its settings) change, after which
 * the user may still change them.
 */
import { browser } from 'wxt/browser';
import type { UserEntry } from '../contract/index';
import { RULE_IDS, type RuleId, type Settings } from '../contract/index';
import type { KlaretaalDatabase } from '../db/database';
import type { PolicySettings } from '../db/policy';
import { toRow } from '../db/words';
import { wordsChanged } from '../storage/revision';
import { readerProfileItem, settingsItem } from '../storage/settings';
import { checkEntry, MAX_ROWS } from '../files/word-list-file';
import { sanitizeSettings, applyProfile, isReaderProfile } from '../engine/index';

export interface ManagedPolicy {
  words: UserEntry[];
  /** Words the policy held that are not valid (no term, markup, …): skipped. */
  skipped: number;
  settings: PolicySettings;
}

const isIn = <T extends string>(list: readonly T[], v: unknown): v is T => (list as readonly unknown[]).includes(v);
const wholeNumber = (v: unknown, min: number, max: number) =>
  Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? (v as number) : undefined;

/** Whatever an administrator typed: keep what is valid, never throw. */
export function readPolicy(raw: unknown): ManagedPolicy {
  const p = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const words: UserEntry[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  for (const w of Array.isArray(p.words) ? p.words.slice(0, MAX_ROWS) : []) {
    const e = (w && typeof w === 'object' ? w : {}) as Record<string, unknown>;
    const alternatives = Array.isArray(e.alternatives) ? e.alternatives.filter((a) => typeof a === 'string').join(' | ') : '';
    const checked = checkEntry([
      typeof e.term === 'string' ? e.term : '',
      alternatives,
      typeof e.explanation === 'string' ? e.explanation : '',
    ]);
    if ('reason' in checked || seen.has(checked.entry.term)) {
      skipped++;
      continue;
    }
    seen.add(checked.entry.term);
    words.push(checked.entry);
  }
  const settings: ManagedPolicy['settings'] = {};
  if (isReaderProfile(p.readerProfile)) settings.readerProfile = p.readerProfile;
  if (p.address === 'u' || p.address === 'je') settings.address = p.address;
  if (Array.isArray(p.disabledRules)) settings.disabledRules = p.disabledRules.filter((r): r is RuleId => isIn(RULE_IDS, r));
  const maxWords = wholeNumber(p.maxSentenceWords, 5, 60);
  if (maxWords) settings.maxSentenceWords = maxWords;
  const minLetters = wholeNumber(p.minLongWordLetters, 8, 40);
  if (minLetters) settings.minLongWordLetters = minLetters;
  return { words, skipped, settings };
}

/** `current` with the policy's defaults on top. */
export function withPolicySettings(current: Settings, policy: ManagedPolicy['settings']): Settings {
  let next = policy.readerProfile ? applyProfile(current, policy.readerProfile) : current;
  if (policy.address) next = { ...next, address: policy.address };
  if (policy.disabledRules) next = { ...next, disabledRules: policy.disabledRules };
  const options = { ...next.ruleOptions };
  if (policy.maxSentenceWords) options['long-sentence'] = { ...options['long-sentence'], maxWords: policy.maxSentenceWords };
  if (policy.minLongWordLetters) options['long-word'] = { ...options['long-word'], minLetters: policy.minLongWordLetters };
  return { ...next, ruleOptions: options };
}

/**
 * Bring the database and the settings in line with the policy. Does nothing when the policy did not change
 * since the last time (so the user's own later changes to the settings stay).
 */
export async function applyPolicy(
  db: KlaretaalDatabase,
  policy: ManagedPolicy,
): Promise<{ wordsChanged: boolean; settingsChanged: boolean }> {
  const wordsVersion = JSON.stringify(policy.words);
  const settingsVersion = JSON.stringify(policy.settings);
  const now = Date.now();
  const changedWords = await db.transaction('rw', db.entries, db.meta, async () => {
    if ((await db.meta.get('managedWords'))?.value === wordsVersion) return false;
    const removed = await db.entries.where('origin').equals('managed').delete();
    const rows = policy.words.map((e) => toRow(e, 'managed', now));
    await db.entries.bulkAdd(rows);
    await db.meta.put({ key: 'managedWords', value: wordsVersion });
    // No policy words before or now (every first start without a policy): the words did not change.
    return removed > 0 || rows.length > 0;
  });
  if (changedWords) await wordsChanged();

  const previous = await db.meta.get('managedSettings');
  const changedSettings = previous?.value !== settingsVersion;
  if (changedSettings) {
    await db.meta.put({ key: 'managedSettings', value: settingsVersion });
    if (Object.keys(policy.settings).length > 0) {
      await settingsItem.setValue(withPolicySettings(sanitizeSettings(await settingsItem.getValue()), policy.settings));
      if (policy.settings.readerProfile) await readerProfileItem.setValue(policy.settings.readerProfile);
    }
  }
  return { wordsChanged: changedWords, settingsChanged: changedSettings };
}

/** The policy as the browser holds it; `{}` when there is none (Firefox throws then, Chrome returns nothing). */
export async function readManagedStorage(): Promise<unknown> {
  try {
    return (await browser.storage.managed.get()) ?? {};
  } catch {
    return {};
  }
}
