/**
 * "Everything of my own" as one JSON file, and back: own words, imported lists, ignored words, switched-off
 * built-in words and the settings. The file is a word-list file too (its `entries` are the own words), so
 * any Klaretaal can also import it as a plain list.
 */
import type { UserEntry } from '../contract/index';
import type { Settings } from '../contract/index';
import { nl } from '../locales/nl';
import type { KlaretaalDatabase } from './database';
import { wordsChanged } from '../storage/revision';
import { readerProfileItem, settingsItem } from '../storage/settings';
import { FORMAT, FORMAT_VERSION, MARKUP, readJson, type InvalidRow } from '../files/word-list-file';
import { putList, toRow, toUserEntry } from './words';
import { sanitizeSettings, isReaderProfile, type ReaderProfile } from '../engine/index';

export interface BackupList {
  name: string;
  source: string;
  enabled: boolean;
  entries: UserEntry[];
}

export interface Backup {
  format: typeof FORMAT;
  version: typeof FORMAT_VERSION;
  kind: 'backup';
  name: string;
  /** Own words; `off` lists the terms that are switched off. */
  entries: UserEntry[];
  off: string[];
  lists: BackupList[];
  ignoredWords: string[];
  /** Built-in words switched off, as `category:term`. */
  disabledBuiltIns: string[];
  /** Missing in a backup made by hand or by another tool: then the current settings stay. */
  settings?: Settings;
  readerProfile?: ReaderProfile;
}

const byTerm = (a: UserEntry, b: UserEntry) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0);

export async function exportBackup(db: KlaretaalDatabase, settings: Settings, readerProfile: string | null): Promise<Backup> {
  return db.transaction('r', db.entries, db.lists, db.ignoredWords, async () => {
    const own = await db.entries.where('origin').equals('own').toArray();
    const lists = await db.lists.orderBy('name').toArray();
    const listEntries = await db.entries.where('origin').equals('list').toArray();
    const disabled = await db.entries
      .where('origin')
      .equals('built-in')
      .filter((e) => !e.enabled)
      .toArray();
    return {
      format: FORMAT,
      version: FORMAT_VERSION,
      kind: 'backup',
      name: nl.ui.options.backupName,
      entries: own.map(toUserEntry).sort(byTerm),
      off: own
        .filter((e) => !e.enabled)
        .map((e) => e.term)
        .sort(),
      lists: lists.map((l) => ({
        name: l.name,
        source: l.source,
        enabled: l.enabled,
        entries: listEntries
          .filter((e) => e.listId === l.id)
          .map(toUserEntry)
          .sort(byTerm),
      })),
      ignoredWords: (await db.ignoredWords.toArray()).map((w) => w.word).sort(),
      disabledBuiltIns: disabled.map((e) => `${e.category}:${e.term}`).sort(),
      settings,
      ...(isReaderProfile(readerProfile) && { readerProfile }),
    };
  });
}

export type ReadBackupResult = { ok: true; backup: Backup; invalid: InvalidRow[] } | { ok: false; message: string };

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && !MARKUP.test(x)) : []);

/** `undefined` when the text is not a backup (then it may still be a plain word list). */
export function readBackup(text: string): ReadBackupResult | undefined {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object' || data.kind !== 'backup') return undefined;
  const own = readJson(text);
  if (!own.ok) return own;
  const invalid = [...own.invalid];
  const lists: BackupList[] = [];
  for (const raw of Array.isArray(data.lists) ? data.lists : []) {
    const l = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const name = typeof l.name === 'string' && l.name.trim() && !MARKUP.test(l.name) ? l.name.trim().slice(0, 80) : undefined;
    const read = readJson(JSON.stringify({ entries: l.entries ?? [] }));
    if (!name || !read.ok) {
      invalid.push({ line: 0, reason: nl.ui.options.badListInBackup, content: String(l.name ?? '') });
      continue;
    }
    invalid.push(...read.invalid);
    const source = typeof l.source === 'string' && !MARKUP.test(l.source) ? l.source.slice(0, 200) : '';
    lists.push({ name, source, enabled: l.enabled !== false, entries: read.entries });
  }
  const backup: Backup = {
    format: FORMAT,
    version: FORMAT_VERSION,
    kind: 'backup',
    name: own.name ?? nl.ui.options.backupName,
    entries: own.entries,
    off: strings(data.off),
    lists,
    ignoredWords: strings(data.ignoredWords)
      .map((w) => w.trim().toLowerCase())
      .filter(Boolean),
    disabledBuiltIns: strings(data.disabledBuiltIns),
    ...(typeof data.settings === 'object' && data.settings !== null ? { settings: sanitizeSettings(data.settings) } : {}),
    ...(isReaderProfile(data.readerProfile) && { readerProfile: data.readerProfile }),
  };
  return { ok: true, backup, invalid };
}

/**
 * Put a backup back, in one transaction: own words with the same term are replaced, lists with the same name
 * replaced, ignored words and switched-off built-in words added. The caller then calls `restoreSettings`
 * (settings live in the extension's storage, not in this database).
 */
export async function restoreBackup(db: KlaretaalDatabase, backup: Backup): Promise<void> {
  const now = Date.now();
  const off = new Set(backup.off);
  await db.transaction('rw', db.entries, db.lists, db.ignoredWords, async () => {
    const terms = new Set(backup.entries.map((e) => e.term));
    await db.entries
      .where('origin')
      .equals('own')
      .filter((e) => terms.has(e.term))
      .delete();
    await db.entries.bulkAdd(backup.entries.map((e) => toRow(e, 'own', now, undefined, !off.has(e.term))));
    for (const list of backup.lists) await putList(db, list, now);
    await db.ignoredWords.bulkPut(backup.ignoredWords.map((word) => ({ word, added: now })));
    const disabled = new Set(backup.disabledBuiltIns);
    await db.entries
      .where('origin')
      .equals('built-in')
      .filter((e) => disabled.has(`${e.category}:${e.term}`))
      .modify({ enabled: false, updated: now });
  });
  await wordsChanged();
}

/** The backup's settings and reader profile, each only when the backup has them: a missing one keeps the current. */
export async function restoreSettings(backup: Backup): Promise<void> {
  if (backup.settings) await settingsItem.setValue(backup.settings);
  if (backup.readerProfile) await readerProfileItem.setValue(backup.readerProfile);
}
