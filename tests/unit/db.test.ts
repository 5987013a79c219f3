/** The word database on fake-indexeddb: schema versions, built-in words, own words, lists, snapshots, backups. */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportBackup, readBackup, restoreBackup, restoreSettings } from '../../db/backup';
import { moveIgnoredWordsFromSettings } from '../../background/database';
import { openDatabase, SCHEMA_VERSIONS, type KlaretaalDatabase } from '../../db/database';
import { wordsRevisionItem } from '../../storage/revision';
import { readerProfileItem, settingsItem } from '../../storage/settings';
import { readWordList, toCsv } from '../../files/word-list-file';
import * as data from '../../dictionaries/index';
import {
  addIgnoredWord,
  addOwnEntry,
  builtInEntries,
  deleteOwnEntry,
  importList,
  previewImport,
  removeList,
  setEntryEnabled,
  setListEnabled,
  snapshot,
  syncBuiltIns,
  toUserEntry,
  updateOwnEntry,
} from '../../db/words';
import { check, createChecker } from '../../engine/index';
import { defaultSettings } from '../../engine/settings';
import { createLexicon } from '../../rules/shared/lexicon';

let n = 0;
const fresh = () => openDatabase(`test-${++n}-${Math.random()}`);
const utf8 = (s: string) => new TextEncoder().encode(s);

/** A database as a user has it: built-in words, two own words, one list, an ignored word, one built-in word off. */
async function filled(): Promise<KlaretaalDatabase> {
  const db = fresh();
  await syncBuiltIns(db);
  await addOwnEntry(db, { term: 'activeringstraject', alternatives: 'hulp bij werk zoeken', explanation: '' });
  // GPMI is built in: the user's own explanation replaces Klaretaal's.
  await addOwnEntry(db, { term: 'GPMI', alternatives: '', explanation: 'afspraken over je opleiding en werk' }, { replaceBuiltIn: true });
  await importList(db, 'Vorming november', 'vorming.csv', [
    { term: 'trajectbegeleider', alternatives: ['begeleider'] },
    { term: 'woonbegeleider', alternatives: ['iemand die helpt met wonen'] },
  ]);
  await addIgnoredWord(db, 'Reeds');
  const reeds = await db.entries.where('key').equals('built-in::jargon:reeds').first();
  await setEntryEnabled(db, reeds!.id!, false);
  return db;
}

beforeEach(() => fakeBrowser.reset());

describe('schema versions', () => {
  it('are numbered 1, 2, … and each step after the first has a named upgrade', () => {
    SCHEMA_VERSIONS.forEach((v, i) => {
      expect(v.version).toBe(i + 1);
      if (i > 0) expect(v.upgrade?.name).toMatch(/^[a-z][A-Za-z]+$/);
    });
  });

  it('opening a version 1 database with data loses nothing', async () => {
    const name = `migrate-${Math.random()}`;
    const v1 = openDatabase(name, 1);
    await v1.table('entries').bulkAdd([
      {
        key: 'own::jargon:geïnformeerd',
        term: 'geïnformeerd',
        alternatives: ['op de hoogte'],
        category: 'jargon',
        origin: 'own',
        enabled: false,
      },
      { key: 'own::explain:gpmi', term: 'gpmi', alternatives: [], explanation: 'afspraken', category: 'explain', origin: 'own' },
    ]);
    await v1.table('ignoredWords').bulkAdd([{ word: 'reeds', added: 1 }]);
    v1.close();

    const latest = openDatabase(name);
    const entries = await latest.entries.orderBy('term').toArray();
    expect(entries.map((e) => [e.term, e.alternatives, e.explanation, e.origin, e.enabled])).toEqual([
      ['geïnformeerd', ['op de hoogte'], undefined, 'own', false],
      ['gpmi', [], 'afspraken', 'own', true],
    ]);
    // The new search field is filled in, so accent-free search finds old entries too.
    expect(await latest.entries.where('fold').equals('geinformeerd').count()).toBe(1);
    expect(entries.every((e) => typeof e.updated === 'number')).toBe(true);
    expect(await latest.ignoredWords.toArray()).toEqual([{ word: 'reeds', added: 1 }]);
    expect(await latest.lists.count()).toBe(0);
    latest.close();
  });
});

describe('own words', () => {
  it('says when Klaretaal knows a word already, adds it only when asked, and never twice', async () => {
    const db = fresh();
    await syncBuiltIns(db);
    const input = { term: 'Teneinde', alternatives: 'zodat', explanation: '' };
    const offer = await addOwnEntry(db, input);
    expect(offer).toMatchObject({ ok: false, builtIn: true });
    expect(!offer.ok && offer.message).toContain('Klaretaal kent ‘teneinde’ al');
    expect(await db.entries.where('origin').equals('own').count()).toBe(0);
    // Two quick clicks on "Ja, gebruik mijn advies": one own word.
    const results = await Promise.all([addOwnEntry(db, input, { replaceBuiltIn: true }), addOwnEntry(db, input, { replaceBuiltIn: true })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(
      await db.entries
        .where('term')
        .equals('teneinde')
        .filter((e) => e.origin === 'own')
        .count(),
    ).toBe(1);
  });
});

describe('built-in words', () => {
  it("are loaded once; a release that changes them keeps the user's words and what the user switched off", async () => {
    const db = await filled();
    const count = builtInEntries().length;
    expect(await db.entries.where('origin').equals('built-in').count()).toBe(count);
    expect(await syncBuiltIns(db)).toBe(false); // same release: nothing to do

    // The next release: 'reeds' gets another alternative, the first explain term is gone, a new term arrives.
    const next = {
      ...data,
      jargon: [
        ...data.jargon.map((e) => (e.head === 'reeds' ? { ...e, forms: [['reeds', 'al', 'nu al']] as const } : e)),
        { head: 'zzz-nieuw', forms: [['zzz-nieuw', 'nieuw']] as const },
      ],
      explain: data.explain.slice(1),
    };
    expect(await syncBuiltIns(db, next as never)).toBe(true);
    const reeds = await db.entries.where('key').equals('built-in::jargon:reeds').first();
    expect(reeds).toMatchObject({ alternatives: ['al', 'nu al'], enabled: false });
    expect(await db.entries.where('key').equals(`built-in::explain:${data.explain[0].term.toLowerCase()}`).count()).toBe(0);
    expect(await db.entries.where('term').equals('zzz-nieuw').count()).toBe(1);
    expect((await db.entries.where('origin').equals('own').toArray()).map((e) => e.term).sort()).toEqual(['activeringstraject', 'gpmi']);
    expect(await db.entries.where('origin').equals('list').count()).toBe(2);
  });
});

describe('own words', () => {
  it('are added, changed and deleted, with a Dutch reason when something is wrong', async () => {
    const db = fresh();
    const revision = await wordsRevisionItem.getValue();
    expect(await addOwnEntry(db, { term: '  Leefloon ', alternatives: '', explanation: 'geld van het OCMW om van te leven' })).toEqual({
      ok: true,
    });
    expect(await wordsRevisionItem.getValue()).not.toBe(revision); // open tabs hear of it
    expect(await addOwnEntry(db, { term: 'leefloon', alternatives: 'inkomen', explanation: '' })).toEqual({
      ok: false,
      message: expect.stringContaining('al'),
    });
    expect(await addOwnEntry(db, { term: '', alternatives: 'x', explanation: '' })).toEqual({
      ok: false,
      message: expect.stringContaining('geen woord'),
    });
    expect(await addOwnEntry(db, { term: 'dossier', alternatives: '', explanation: '' })).toMatchObject({ ok: false });
    expect(await addOwnEntry(db, { term: '<img src=x onerror=alert(1)>', alternatives: 'x', explanation: '' })).toMatchObject({
      ok: false,
    });

    const own = (await db.entries.where('term').equals('leefloon').first())!;
    expect(own).toMatchObject({ origin: 'own', category: 'explain', enabled: true });
    expect(await updateOwnEntry(db, own.id!, { term: 'leefloon', alternatives: 'inkomen van het OCMW', explanation: '' })).toEqual({
      ok: true,
    });
    expect(await db.entries.get(own.id!)).toMatchObject({ alternatives: ['inkomen van het OCMW'], category: 'jargon' });
    expect(await deleteOwnEntry(db, own.id!)).toEqual({ ok: true });
    expect(await db.entries.count()).toBe(0);
  });

  it('built-in words cannot be deleted, only switched off', async () => {
    const db = fresh();
    await syncBuiltIns(db);
    const builtIn = (await db.entries.where('origin').equals('built-in').first())!;
    expect(await deleteOwnEntry(db, builtIn.id!)).toMatchObject({ ok: false });
    expect(await updateOwnEntry(db, builtIn.id!, { term: 'x', alternatives: 'y', explanation: '' })).toMatchObject({ ok: false });
    expect(await db.entries.get(builtIn.id!)).toEqual(builtIn);
  });
});

describe('imported lists', () => {
  it('preview counts new, changed and known words; the import replaces a list with the same name', async () => {
    const db = await filled();
    const entries = [
      { term: 'trajectbegeleider', alternatives: ['begeleider'] }, // same as the list has
      { term: 'reeds', alternatives: ['al eerder'] }, // built-in, other alternative
      { term: 'nieuwwoord', alternatives: ['nieuw'] },
    ];
    const other = await previewImport(db, 'Andere lijst', entries);
    expect(other).toEqual({ added: 1, changed: 1, same: 1 });
    const again = await previewImport(db, 'Vorming november', entries);
    expect(again.replaces?.name).toBe('Vorming november');
    expect(again).toMatchObject({ added: 2, changed: 1, same: 0 }); // the old list itself does not count

    await importList(db, 'Vorming november', 'vorming-2.csv', entries);
    expect(await db.lists.count()).toBe(1);
    expect((await db.entries.where('origin').equals('list').toArray()).map((e) => e.term).sort()).toEqual([
      'nieuwwoord',
      'reeds',
      'trajectbegeleider',
    ]);
  });

  it('an import that fails half-way leaves the database exactly as it was', async () => {
    const db = await filled();
    const before = { entries: await db.entries.toArray(), lists: await db.lists.toArray() };
    let created = 0;
    db.entries.hook('creating', () => {
      if (++created === 500) throw new Error('disk full');
    });
    const entries = Array.from({ length: 1000 }, (_, i) => ({ term: `woord${i}`, alternatives: ['ander'] }));
    await expect(importList(db, 'Vorming november', 'groot.csv', entries)).rejects.toThrow();
    expect(await db.entries.toArray()).toEqual(before.entries);
    expect(await db.lists.toArray()).toEqual(before.lists);
  });

  it('a list switched off or removed leaves the snapshot; own words win over lists', async () => {
    const db = await filled();
    await importList(db, 'Tweede', 'tweede.csv', [{ term: 'activeringstraject', alternatives: ['traject'] }]);
    let words = await snapshot(db);
    expect(words.extraEntries[0]).toEqual({ term: 'activeringstraject', alternatives: ['hulp bij werk zoeken'] });
    expect(words.extraEntries.map((e) => e.term)).toContain('woonbegeleider');
    expect(words.disabledTerms).toEqual(['reeds']);
    expect(words.ignoredWords).toEqual(['reeds']);

    const list = (await db.lists.where('name').equals('Vorming november').first())!;
    await setListEnabled(db, list.id!, false);
    words = await snapshot(db);
    expect(words.extraEntries.map((e) => e.term)).not.toContain('woonbegeleider');
    await setListEnabled(db, list.id!, true);
    await removeList(db, list.id!);
    words = await snapshot(db);
    expect(words.extraEntries.map((e) => e.term)).not.toContain('woonbegeleider');
    expect(await db.entries.where('listId').equals(list.id!).count()).toBe(0);
  });

  it('the snapshot drives the engine: own words flagged, switched-off words not', async () => {
    const db = await filled();
    const words = await snapshot(db);
    const checker = createChecker({ lexicon: createLexicon(words), settings: { ignoredWords: words.ignoredWords } });
    const text = 'U volgt een activeringstraject. Uw woonbegeleider belt u reeds morgen.';
    const found = checker.check(text).findings.map((f) => [f.rule, f.text, f.suggestions[0]]);
    expect(found).toContainEqual(['jargon', 'activeringstraject', 'hulp bij werk zoeken']);
    expect(found).toContainEqual(['jargon', 'woonbegeleider', 'iemand die helpt met wonen']);
    expect(found.some(([, t]) => t === 'reeds')).toBe(false);
    expect(check(text).findings.some((f) => f.text === 'reeds')).toBe(true); // without the user's data it is flagged
  });

  // 50,000 rows (the most a list may have) are in `npm run bench:large`.
  it('imports a 5,000-row CSV', async () => {
    const db = fresh();
    const csv = Array.from({ length: 5_000 }, (_, i) => `term${i};alternatief ${i};`).join('\n');
    const read = readWordList(utf8(csv), 'groot.csv');
    expect(read.ok && read.entries.length).toBe(5_000);
    if (!read.ok) return;
    await importList(db, 'Groot', 'groot.csv', read.entries);
    expect(await db.entries.count()).toBe(5_000);
    expect((await snapshot(db)).extraEntries).toHaveLength(5_000);
  });
});

describe('export and import', () => {
  it('a backup put back in an empty Klaretaal gives identical data', async () => {
    const a = await filled();
    const settings = { ...defaultSettings, address: 'je' as const, disabledRules: ['long-word' as const] };
    const exported = await exportBackup(a, settings, 'b1');
    const json = JSON.stringify(exported);

    const b = fresh();
    await syncBuiltIns(b);
    const read = readBackup(json);
    expect(read).toMatchObject({ ok: true, invalid: [] });
    if (!read?.ok) return;
    await restoreBackup(b, read.backup);
    expect(read.backup.settings).toEqual(settings);
    expect(read.backup.readerProfile).toBe('b1');
    expect(await exportBackup(b, read.backup.settings!, read.backup.readerProfile ?? null)).toEqual(exported);
    expect(await snapshot(b)).toEqual(await snapshot(a));
  });

  it('a CSV export read back as a list gives the same words', async () => {
    const db = await filled();
    const own = (await db.entries.where('origin').equals('own').sortBy('term')).map(toUserEntry);
    const read = readWordList(utf8(toCsv(own)), 'mijn-woorden.csv');
    expect(read).toEqual({ ok: true, entries: own, invalid: [] });
  });

  it('a backup without settings keeps the current settings; present settings are sanitised and applied', async () => {
    const current = { ...defaultSettings, address: 'je' as const, disabledRules: ['passive-voice' as const] };
    await settingsItem.setValue(current);
    await readerProfileItem.setValue('nt2-a2');
    const exported = await exportBackup(await filled(), defaultSettings, null);
    const { settings: _, ...withoutSettings } = exported;

    const read = readBackup(JSON.stringify(withoutSettings));
    if (!read?.ok) throw new Error('not read');
    expect(read.backup).not.toHaveProperty('settings');
    await restoreSettings(read.backup);
    expect(await settingsItem.getValue()).toEqual(current);
    expect(await readerProfileItem.getValue()).toBe('nt2-a2');

    const damaged = readBackup(
      JSON.stringify({
        ...withoutSettings,
        settings: { address: 'je', disabledRules: ['long-word', 'geen-regel'], ruleOptions: 'kapot' },
        readerProfile: 'b1',
      }),
    );
    if (!damaged?.ok) throw new Error('not read');
    await restoreSettings(damaged.backup);
    expect(await settingsItem.getValue()).toEqual({ ...defaultSettings, address: 'je', disabledRules: ['long-word'] });
    expect(await readerProfileItem.getValue()).toBe('b1');
  });

  it('a plain word list is not taken for a backup', () => {
    expect(readBackup(JSON.stringify({ format: 'klaretaal-woordenlijst', version: 1, entries: [] }))).toBeUndefined();
    expect(readBackup('niet, json')).toBeUndefined();
  });
});

describe('ignored words kept in the settings before the database', () => {
  it('move into the database once', async () => {
    const db = fresh();
    await settingsItem.setValue({ ...defaultSettings, ignoredWords: ['reeds', 'teneinde'] });
    expect(await moveIgnoredWordsFromSettings(db)).toBe(2);
    expect((await db.ignoredWords.toArray()).map((w) => w.word).sort()).toEqual(['reeds', 'teneinde']);
    expect((await settingsItem.getValue()).ignoredWords).toEqual([]);
    expect(await moveIgnoredWordsFromSettings(db)).toBe(0);
  });
});
