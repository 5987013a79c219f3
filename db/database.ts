/**
 * The word database (Dexie over IndexedDB), in the extension's own origin: the background and the extension
 * pages open it; content scripts never do (IndexedDB there would belong to the web page): the background checks
 * their text with the words (`snapshot` in db/words.ts, background/check-service.ts).
 *
 * Schema versions are frozen once released: never edit a version below, add a new one with a named upgrade
 * step. tests/unit/db.test.ts opens every older version with data and checks that nothing is lost.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';

export const DATABASE_NAME = 'klaretaal';

/** Where an entry comes from. `list` entries belong to an imported list (`listId`). */
export type Origin = 'built-in' | 'own' | 'list' | 'managed';
/** Which kind of word data: decides how the engine uses it and how the options page shows it. */
export type Category = 'jargon' | 'explain' | 'abbreviation' | 'stock-phrase';

export interface WordEntry {
  id?: number;
  /** Unique: `origin:listId:category:term` (see entryKey). */
  key: string;
  /** Lower-case word or phrase, as matched. */
  term: string;
  /** `term` without accents, for search ("geinformeerd" finds "geïnformeerd"). Since version 2. */
  fold: string;
  alternatives: string[];
  explanation?: string;
  category: Category;
  origin: Origin;
  listId?: number;
  enabled: boolean;
  /** Last change, ms since 1970. Since version 2. */
  updated: number;
}

export interface IgnoredWord {
  word: string;
  added: number;
}

/** An imported list: switched off or removed as a whole. */
export interface WordList {
  id?: number;
  name: string;
  /** The file it came from. */
  source: string;
  imported: number;
  count: number;
  enabled: boolean;
}

export interface Meta {
  key: string;
  value: unknown;
}

export type KlaretaalDatabase = Dexie & {
  entries: EntityTable<WordEntry, 'id'>;
  ignoredWords: EntityTable<IgnoredWord, 'word'>;
  lists: EntityTable<WordList, 'id'>;
  meta: EntityTable<Meta, 'key'>;
};

export const fold = (term: string) => term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function entryKey(e: Pick<WordEntry, 'origin' | 'listId' | 'category' | 'term'>): string {
  return `${e.origin}:${e.listId ?? ''}:${e.category}:${e.term}`;
}

/** One frozen schema version: its stores and the named step that brings data from the version before. */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: { name: string; run(tx: Transaction): Promise<void> };
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    // The first development build: own words and ignored words.
    version: 1,
    stores: { entries: '++id, &key, term, origin', ignoredWords: '&word' },
  },
  {
    // Imported lists, accent-free search, and a place for bookkeeping (which built-in data is loaded).
    version: 2,
    stores: { entries: '++id, &key, term, fold, origin, listId', ignoredWords: '&word', lists: '++id, name', meta: '&key' },
    upgrade: {
      name: 'addFoldAndUpdated',
      async run(tx) {
        const now = Date.now();
        await tx
          .table('entries')
          .toCollection()
          .modify((e: Partial<WordEntry>) => {
            e.fold = fold(e.term ?? '');
            e.updated ??= now;
            e.enabled ??= true;
          });
      },
    },
  },
];

/** Open the database at `upTo` (default: the newest version); tests pass an older one. */
export function openDatabase(name = DATABASE_NAME, upTo = SCHEMA_VERSIONS.at(-1)!.version): KlaretaalDatabase {
  const db = new Dexie(name) as KlaretaalDatabase;
  for (const v of SCHEMA_VERSIONS) {
    if (v.version > upTo) break;
    const version = db.version(v.version).stores(v.stores);
    if (v.upgrade) version.upgrade((tx) => v.upgrade!.run(tx));
  }
  return db;
}

let shared: KlaretaalDatabase | undefined;
/** The one database of this extension context. */
export function database(): KlaretaalDatabase {
  if (!shared) {
    shared = openDatabase();
    // The user's words must never be evicted under storage pressure (best effort; Chrome has unlimitedStorage).
    void globalThis.navigator?.storage?.persist?.().catch(() => false);
  }
  return shared;
}
