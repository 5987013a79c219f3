/**
 * Everything that reads or writes word entries, ignored words and imported lists. Every write runs in one
 * transaction (all or nothing) and then tells open tabs that the words changed (db/revision.ts).
 */
import type { UserEntry, UserWords } from '../contract/index';
import * as builtInData from '../dictionaries/index';
import { nl } from '../locales/nl';
import { entryKey, fold, type Category, type KlaretaalDatabase, type WordEntry, type WordList } from './database';
import { wordsChanged } from '../storage/revision';
import { checkEntry } from '../files/word-list-file';

type NewEntry = Omit<WordEntry, 'id'>;
/** `builtIn`: the word is one Klaretaal knows; adding it again with `replaceBuiltIn` puts the user's advice first. */
export type WriteResult = { ok: true } | { ok: false; message: string; builtIn?: true };

const userCategory = (e: UserEntry): Category => (e.alternatives.length > 0 ? 'jargon' : 'explain');

/** A user entry (own, imported or the organisation's) as a database row. */
export function toRow(
  e: UserEntry,
  origin: Exclude<WordEntry['origin'], 'built-in'>,
  now: number,
  listId?: number,
  enabled = true,
): NewEntry {
  const category = userCategory(e);
  return {
    key: entryKey({ origin, listId, category, term: e.term }),
    term: e.term,
    fold: fold(e.term),
    alternatives: [...e.alternatives],
    ...(e.explanation && { explanation: e.explanation }),
    category,
    origin,
    ...(listId !== undefined && { listId }),
    enabled,
    updated: now,
  };
}

export const toUserEntry = (e: WordEntry): UserEntry => ({
  term: e.term,
  alternatives: e.alternatives,
  ...(e.explanation && { explanation: e.explanation }),
});

// ---------------------------------------------------------------------------------------------------------
// Built-in data

type BuiltInData = Pick<typeof builtInData, 'jargon' | 'explain' | 'abbreviations' | 'stockPhrases'>;

/** The built-in dictionaries as rows; `disabledTerms` in the snapshot uses `term`, as the lexicon expects. */
export function builtInEntries(data: BuiltInData = builtInData, now = Date.now()): NewEntry[] {
  const row = (category: Category, term: string, alternatives: readonly string[], explanation?: string): NewEntry => ({
    key: entryKey({ origin: 'built-in', category, term }),
    term,
    fold: fold(term),
    alternatives: [...alternatives],
    ...(explanation && { explanation }),
    category,
    origin: 'built-in',
    enabled: true,
    updated: now,
  });
  return [
    ...data.jargon.map((e) =>
      row(
        'jargon',
        e.head,
        // Shown as advice words in the list: a verb's alternatives, or the first form's (a noun without its article).
        (e.to ?? e.forms?.[0].slice(1) ?? [])
          .filter((a) => !a.includes('…'))
          .map((a) => (e.pos === 'noun' ? a.replace(/^(?:de|het) /, '') : a)),
        e.note,
      ),
    ),
    ...data.explain.map((e) => row('explain', e.term.toLowerCase(), [], e.explanation)),
    ...data.abbreviations.map((e) => row('abbreviation', e.abbr, e.full)),
    ...data.stockPhrases.map((e) => row('stock-phrase', e.phrase, e.alternatives, e.advice)),
  ];
}

/** A short fingerprint of the built-in data, so the database is only rewritten when a release changed it. */
function fingerprint(rows: readonly NewEntry[]): string {
  let hash = 0;
  for (const r of rows) {
    const s = `${r.key}\u0000${r.alternatives.join('|')}\u0000${r.explanation ?? ''}\n`;
    for (let i = 0; i < s.length; i++) hash = (Math.imul(hash, 31) + s.charCodeAt(i)) | 0;
  }
  return `${rows.length}:${hash >>> 0}`;
}

/**
 * Load the built-in entries of this release: new ones are added, changed ones updated, removed ones deleted.
 * The user's own entries, lists and the on/off state of each built-in entry are kept. Returns whether anything changed.
 */
export async function syncBuiltIns(db: KlaretaalDatabase, data: BuiltInData = builtInData): Promise<boolean> {
  const rows = builtInEntries(data);
  const version = fingerprint(rows);
  if ((await db.meta.get('builtIn'))?.value === version) return false;
  await db.transaction('rw', db.entries, db.meta, async () => {
    const existing = new Map((await db.entries.where('origin').equals('built-in').toArray()).map((e) => [e.key, e]));
    const shipped = new Set(rows.map((r) => r.key));
    const put: WordEntry[] = rows.map((r) => {
      const old = existing.get(r.key);
      return old ? { ...r, id: old.id, enabled: old.enabled } : r;
    });
    await db.entries.bulkPut(put);
    await db.entries.bulkDelete([...existing.values()].filter((e) => !shipped.has(e.key)).map((e) => e.id!));
    await db.meta.put({ key: 'builtIn', value: version });
  });
  await wordsChanged();
  return true;
}

// ---------------------------------------------------------------------------------------------------------
// Own entries

/** The fields of the options page's form, as typed. `alternatives` may hold several, separated by | (or " / "). */
export interface EntryInput {
  term: string;
  alternatives: string;
  explanation: string;
}

function checkInput(input: EntryInput): { entry: UserEntry } | { reason: string } {
  return checkEntry([input.term, input.alternatives, input.explanation]);
}

export async function addOwnEntry(
  db: KlaretaalDatabase,
  input: EntryInput,
  options: { replaceBuiltIn?: boolean } = {},
): Promise<WriteResult> {
  const checked = checkInput(input);
  if ('reason' in checked) return { ok: false, message: checked.reason };
  const row = toRow(checked.entry, 'own', Date.now());
  // Look and add in one transaction: two quick clicks never make the same word twice.
  const result = await db.transaction('rw', db.entries, async (): Promise<WriteResult> => {
    const same = await db.entries.where('term').equals(row.term).toArray();
    if (same.some((e) => e.origin === 'own')) return { ok: false, message: nl.ui.options.alreadyOwn(row.term) };
    const builtIn = same.find((e) => e.origin === 'built-in');
    if (builtIn && !options.replaceBuiltIn) {
      return { ok: false, builtIn: true, message: nl.ui.options.knownBuiltIn(row.term, builtIn.alternatives) };
    }
    await db.entries.add(row);
    return { ok: true };
  });
  if (result.ok) await wordsChanged();
  return result;
}

export async function updateOwnEntry(db: KlaretaalDatabase, id: number, input: EntryInput): Promise<WriteResult> {
  const checked = checkInput(input);
  if ('reason' in checked) return { ok: false, message: checked.reason };
  const result = await db.transaction('rw', db.entries, async (): Promise<WriteResult> => {
    const old = await db.entries.get(id);
    if (!old || old.origin !== 'own') return { ok: false, message: nl.ui.options.notYours };
    const row = toRow(checked.entry, 'own', Date.now(), undefined, old.enabled);
    const clash = await db.entries
      .where('term')
      .equals(row.term)
      .filter((e) => e.origin === 'own' && e.id !== id)
      .first();
    if (clash) return { ok: false, message: nl.ui.options.alreadyOwn(row.term) };
    await db.entries.put({ ...row, id });
    return { ok: true };
  });
  if (result.ok) await wordsChanged();
  return result;
}

/** Only the user's own entries can be deleted; built-in ones are switched off, lists removed as a whole. */
export async function deleteOwnEntry(db: KlaretaalDatabase, id: number): Promise<WriteResult> {
  const entry = await db.entries.get(id);
  if (!entry || entry.origin !== 'own') return { ok: false, message: nl.ui.options.notYours };
  await db.entries.delete(id);
  await wordsChanged();
  return { ok: true };
}

/** Switch one entry on or off. Entries of the organisation stay as the organisation set them. */
export async function setEntryEnabled(db: KlaretaalDatabase, id: number, enabled: boolean): Promise<WriteResult> {
  const entry = await db.entries.get(id);
  if (!entry) return { ok: false, message: nl.ui.options.notYours };
  if (entry.origin === 'managed') return { ok: false, message: nl.ui.options.managedLocked };
  await db.entries.update(id, { enabled, updated: Date.now() });
  await wordsChanged();
  return { ok: true };
}

// ---------------------------------------------------------------------------------------------------------
// Ignored words

export async function addIgnoredWord(db: KlaretaalDatabase, word: string): Promise<void> {
  const w = word.trim().toLowerCase();
  if (!w || (await db.ignoredWords.get(w))) return;
  await db.ignoredWords.put({ word: w, added: Date.now() });
  await wordsChanged();
}

export async function removeIgnoredWord(db: KlaretaalDatabase, word: string): Promise<void> {
  await db.ignoredWords.delete(word);
  await wordsChanged();
}

// ---------------------------------------------------------------------------------------------------------
// Imported lists

export interface ImportPreview {
  /** Terms Klaretaal does not know yet. */
  added: number;
  /** Terms Klaretaal knows with other alternatives or another explanation: the list's version will be used. */
  changed: number;
  /** Terms exactly as Klaretaal already has them. */
  same: number;
  /** The list with this name that the import replaces, if any. */
  replaces?: WordList;
}

export async function previewImport(db: KlaretaalDatabase, name: string, entries: readonly UserEntry[]): Promise<ImportPreview> {
  const replaces = await db.lists.where('name').equals(name).first();
  const known = new Map<string, WordEntry[]>();
  await db.entries.each((e) => {
    if (replaces && e.origin === 'list' && e.listId === replaces.id) return;
    known.set(e.term, [...(known.get(e.term) ?? []), e]);
  });
  const preview: ImportPreview = { added: 0, changed: 0, same: 0, ...(replaces && { replaces }) };
  for (const e of entries) {
    const existing = known.get(e.term);
    if (!existing) preview.added++;
    else if (existing.some((x) => sameContent(x, e))) preview.same++;
    else preview.changed++;
  }
  return preview;
}

const sameContent = (a: WordEntry, b: UserEntry) =>
  a.alternatives.join('|') === b.alternatives.join('|') && (a.explanation ?? '') === (b.explanation ?? '');

/**
 * Store `entries` as the list `name` (a list with the same name is replaced). One transaction: if anything
 * fails, the database stays exactly as it was.
 */
export async function importList(db: KlaretaalDatabase, name: string, source: string, entries: readonly UserEntry[]): Promise<number> {
  const id = await db.transaction('rw', db.lists, db.entries, () => putList(db, { name, source, entries }, Date.now()));
  await wordsChanged();
  return id;
}

/**
 * Inside a transaction on lists and entries: store a list, replacing the one with the same name (which keeps
 * its on/off state unless `enabled` is given). Shared by imports and backups.
 */
export async function putList(
  db: KlaretaalDatabase,
  list: { name: string; source: string; entries: readonly UserEntry[]; enabled?: boolean },
  now: number,
): Promise<number> {
  const old = await db.lists.where('name').equals(list.name).first();
  if (old) {
    await db.entries.where('listId').equals(old.id!).delete();
    await db.lists.delete(old.id!);
  }
  const enabled = list.enabled ?? old?.enabled ?? true;
  const listId = (await db.lists.add({
    name: list.name,
    source: list.source,
    imported: now,
    count: list.entries.length,
    enabled,
  })) as number;
  await db.entries.bulkAdd(list.entries.map((e) => toRow(e, 'list', now, listId)));
  return listId;
}

export async function setListEnabled(db: KlaretaalDatabase, id: number, enabled: boolean): Promise<void> {
  await db.lists.update(id, { enabled });
  await wordsChanged();
}

export async function removeList(db: KlaretaalDatabase, id: number): Promise<void> {
  await db.transaction('rw', db.lists, db.entries, async () => {
    await db.entries.where('listId').equals(id).delete();
    await db.lists.delete(id);
  });
  await wordsChanged();
}

// ---------------------------------------------------------------------------------------------------------
// What the engine needs

/** The word data for the engine, as content scripts receive it. */
/** The user's words as the engine needs them: own words first (they win), then the organisation's, then lists (newest first). */
export async function snapshot(db: KlaretaalDatabase): Promise<UserWords> {
  return db.transaction('r', db.entries, db.lists, db.ignoredWords, async () => {
    const lists = await db.lists.toArray();
    const listRank = new Map(
      lists
        .filter((l) => l.enabled)
        .sort((a, b) => b.imported - a.imported)
        .map((l, i) => [l.id!, i]),
    );
    const own: UserEntry[] = [];
    const managed: UserEntry[] = [];
    const listed: [number, UserEntry][] = [];
    const disabledTerms: string[] = [];
    await db.entries.each((e) => {
      if (e.origin === 'built-in') {
        if (!e.enabled) disabledTerms.push(e.term);
        return;
      }
      if (!e.enabled) return;
      if (e.origin === 'own') own.push(toUserEntry(e));
      else if (e.origin === 'managed') managed.push(toUserEntry(e));
      else if (e.listId !== undefined && listRank.has(e.listId)) listed.push([listRank.get(e.listId)!, toUserEntry(e)]);
    });
    listed.sort((a, b) => a[0] - b[0]);
    return {
      extraEntries: [...own, ...managed, ...listed.map(([, e]) => e)],
      disabledTerms,
      ignoredWords: (await db.ignoredWords.toArray()).map((w) => w.word),
    };
  });
}
