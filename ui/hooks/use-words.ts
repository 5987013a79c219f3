/**
 * The word database as the options page's views use it: live data through hooks, and every change as one
 * function bound to the database. Views never query Dexie themselves.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { exportBackup, readBackup, restoreBackup, restoreSettings, type Backup } from '../../db/backup';
import type { KlaretaalDatabase, WordEntry, WordList } from '../../db/database';
import { managedSettings, managedWordCount, type PolicySettings } from '../../db/policy';
import {
  addOwnEntry,
  deleteOwnEntry,
  importList,
  previewImport,
  removeIgnoredWord,
  removeList,
  setEntryEnabled,
  setListEnabled,
  toUserEntry,
  updateOwnEntry,
  type EntryInput,
  type ImportPreview,
  type WriteResult,
} from '../../db/words';
import { sanitizeSettings } from '../../engine/index';
import { readerProfileItem, settingsItem } from '../../storage/settings';
import type { UserEntry } from '../../contract/index';

export type { Backup, EntryInput, ImportPreview, PolicySettings, WordEntry, WordList, WriteResult };
export { readBackup };

/** Every entry, sorted by its accent-free form (50,000 are a few MB: searching then needs no database round trip). */
export const useEntries = (db: KlaretaalDatabase) => useLiveQuery(() => db.entries.orderBy('fold').toArray(), [db]);

export const useLists = (db: KlaretaalDatabase) => useLiveQuery(() => db.lists.orderBy('name').toArray(), [db]);

export const useIgnoredWords = (db: KlaretaalDatabase) => useLiveQuery(() => db.ignoredWords.orderBy('word').toArray(), [db]);

/** The organisation's words and settings, when its policy set any. */
export function useOrganisation(db: KlaretaalDatabase): { wordCount?: number; settings?: PolicySettings } {
  const wordCount = useLiveQuery(() => managedWordCount(db), [db]);
  const settings = useLiveQuery(() => managedSettings(db), [db]);
  return { wordCount, settings };
}

/** What the options page can change, bound to the database. */
export function useWordActions(db: KlaretaalDatabase) {
  return useMemo(
    () => ({
      addOwn: (input: EntryInput, options?: { replaceBuiltIn?: boolean }) => addOwnEntry(db, input, options),
      updateOwn: (id: number, input: EntryInput) => updateOwnEntry(db, id, input),
      deleteOwn: (id: number) => deleteOwnEntry(db, id),
      setEnabled: (id: number, enabled: boolean) => setEntryEnabled(db, id, enabled),
      unignore: (word: string) => removeIgnoredWord(db, word),
      previewImport: (name: string, entries: readonly UserEntry[]) => previewImport(db, name, entries),
      importList: (name: string, source: string, entries: readonly UserEntry[]) => importList(db, name, source, entries),
      setListEnabled: (id: number, enabled: boolean) => setListEnabled(db, id, enabled),
      removeList: (id: number) => removeList(db, id),
      /** Everything of the user's own, with the current settings. */
      exportBackup: async () => exportBackup(db, sanitizeSettings(await settingsItem.getValue()), await readerProfileItem.getValue()),
      /** The backup's words and lists, then its settings (only those it has). */
      restoreBackup: async (backup: Backup) => {
        await restoreBackup(db, backup);
        await restoreSettings(backup);
      },
      ownWords: async () => (await db.entries.where('origin').equals('own').sortBy('term')).map(toUserEntry),
    }),
    [db],
  );
}
