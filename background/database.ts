/**
 * The database as the background uses it: made ready once per start (this release's built-in words, words
 * ignored before the database existed, the organisation's policy), and read into snapshots for the tabs.
 */
import { browser } from 'wxt/browser';
import { database, type KlaretaalDatabase } from '../db/database';
import { applyPolicy, readManagedStorage, readPolicy } from './policy';
import { wordsRevisionItem } from '../storage/revision';
import { settingsItem } from '../storage/settings';
import type { UserWords } from '../contract/index';
import { snapshot, syncBuiltIns } from '../db/words';
import { sanitizeSettings } from '../engine/index';

/**
 * Words the user ignored were kept in the settings before the database existed: move them into the database
 * (once; the settings keep an empty list).
 */
export async function moveIgnoredWordsFromSettings(db: KlaretaalDatabase): Promise<number> {
  const settings = sanitizeSettings(await settingsItem.getValue());
  if (settings.ignoredWords.length === 0) return 0;
  const now = Date.now();
  await db.ignoredWords.bulkPut(settings.ignoredWords.map((word) => ({ word, added: now })));
  await settingsItem.setValue({ ...settings, ignoredWords: [] });
  return settings.ignoredWords.length;
}

async function prepare(db: KlaretaalDatabase): Promise<KlaretaalDatabase> {
  await syncBuiltIns(db);
  await moveIgnoredWordsFromSettings(db);
  // Not awaited: Chromium takes seconds to answer storage.managed on a start. Tabs check with the words they
  // have meanwhile; when the policy brings words, wordsChanged() makes them fetch again.
  void followPolicy(db).catch(warn);
  return db;
}

async function followPolicy(db: KlaretaalDatabase): Promise<void> {
  await applyPolicy(db, readPolicy(await readManagedStorage()));
}

let ready: Promise<KlaretaalDatabase> | undefined;
/** The database, once it holds this release's built-in words and the current policy. */
export function readyDatabase(): Promise<KlaretaalDatabase> {
  ready ??= prepare(database()).catch((error: unknown) => {
    ready = undefined; // try again on the next request
    throw error;
  });
  return ready;
}

let cached: { revision: string; snapshot: Promise<UserWords> } | undefined;
/** The snapshot for tabs; read again only after the words changed. */
export async function wordSnapshot(): Promise<UserWords> {
  const db = await readyDatabase();
  const revision = await wordsRevisionItem.getValue();
  if (cached?.revision !== revision) cached = { revision, snapshot: snapshot(db) };
  return cached.snapshot;
}

/** Background start: prepare the database now, and follow the organisation's policy when IT changes it. */
export function startDatabase(): void {
  void readyDatabase().catch(warn);
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void readyDatabase().then(followPolicy).catch(warn);
  });
}

/** A database that cannot be written (a full disk) must not break the background: say it in the console. */
function warn(error: unknown): void {
  console.warn('Klaretaal: the word database is not available now.', error);
}
