/** An organisation's policy: a shared word list staff cannot delete, and default settings they can still change. */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDatabase } from '../../db/database';
import { applyPolicy, readManagedStorage, readPolicy } from '../../background/policy';
import { managedSettings } from '../../db/policy';
import { readerProfileItem, settingsItem } from '../../storage/settings';
import { deleteOwnEntry, setEntryEnabled, snapshot } from '../../db/words';
import { defaultSettings } from '../../engine/settings';

const fresh = () => openDatabase(`managed-${Math.random()}`);
const example = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../docs/policy-example.json'), 'utf8')) as Record<string, unknown>;

beforeEach(() => fakeBrowser.reset());

describe('reading a policy', () => {
  it('keeps what is valid and skips the rest, never throws', () => {
    expect(readPolicy(undefined)).toEqual({ words: [], skipped: 0, settings: {} });
    expect(readPolicy('nonsense')).toEqual({ words: [], skipped: 0, settings: {} });
    const policy = readPolicy({
      words: [
        { term: 'GPMI', explanation: 'afspraken over je inburgering' },
        { term: 'activeringstraject', alternatives: ['hulp bij werk zoeken', 3] },
        { term: '<script>alert(1)</script>', alternatives: ['x'] },
        { term: 'gpmi', explanation: 'dubbel' },
        { alternatives: ['geen woord'] },
        'geen object',
      ],
      readerProfile: 'nt2-a2',
      address: 'jij',
      disabledRules: ['long-word', 'bestaat-niet'],
      maxSentenceWords: 14,
      minLongWordLetters: 2,
    });
    expect(policy.words).toEqual([
      { term: 'gpmi', alternatives: [], explanation: 'afspraken over je inburgering' },
      { term: 'activeringstraject', alternatives: ['hulp bij werk zoeken'] },
    ]);
    expect(policy.skipped).toBe(4);
    expect(policy.settings).toEqual({ readerProfile: 'nt2-a2', disabledRules: ['long-word'], maxSentenceWords: 14 });
  });

  it('the example policy in the README is valid as a whole', () => {
    const policy = readPolicy(example);
    expect(policy.skipped).toBe(0);
    expect(policy.words.length).toBe((example.words as unknown[]).length);
    expect(Object.keys(policy.settings).sort()).toEqual(
      Object.keys(example)
        .filter((k) => k !== 'words')
        .sort(),
    );
  });

  it('reads nothing when the browser has no policy', async () => {
    expect(await readManagedStorage()).toEqual({});
  });
});

describe('applying a policy', () => {
  it('adds the words "van je organisatie": used by the engine, not deletable, not switchable', async () => {
    const db = fresh();
    await applyPolicy(db, readPolicy(example));
    const managed = await db.entries.where('origin').equals('managed').toArray();
    expect(managed.length).toBe((example.words as unknown[]).length);
    expect((await snapshot(db)).extraEntries.map((e) => e.term)).toEqual(managed.map((e) => e.term));
    expect(await deleteOwnEntry(db, managed[0].id!)).toMatchObject({ ok: false });
    expect(await setEntryEnabled(db, managed[0].id!, false)).toMatchObject({ ok: false });
    expect(await db.entries.get(managed[0].id!)).toEqual(managed[0]);
  });

  it('replaces the words when IT changes the policy, and leaves them when it does not', async () => {
    const db = fresh();
    await applyPolicy(
      db,
      readPolicy({
        words: [
          { term: 'a', alternatives: ['b'] },
          { term: 'c', alternatives: ['d'] },
        ],
      }),
    );
    const first = await db.entries.where('origin').equals('managed').toArray();
    expect(
      await applyPolicy(
        db,
        readPolicy({
          words: [
            { term: 'a', alternatives: ['b'] },
            { term: 'c', alternatives: ['d'] },
          ],
        }),
      ),
    ).toEqual({
      wordsChanged: false,
      settingsChanged: false,
    });
    expect(await db.entries.where('origin').equals('managed').toArray()).toEqual(first);
    await applyPolicy(db, readPolicy({ words: [{ term: 'e', alternatives: ['f'] }] }));
    expect((await db.entries.where('origin').equals('managed').toArray()).map((e) => e.term)).toEqual(['e']);
    await applyPolicy(db, readPolicy({}));
    expect(await db.entries.where('origin').equals('managed').count()).toBe(0);
  });

  it('sets default settings once per policy change; the user may change them afterwards', async () => {
    const db = fresh();
    await applyPolicy(db, readPolicy({ readerProfile: 'nt2-a2', address: 'je', disabledRules: ['long-word'] }));
    let settings = await settingsItem.getValue();
    expect(settings).toMatchObject({ address: 'je', disabledRules: ['long-word'], ruleOptions: { 'long-sentence': { maxWords: 12 } } });
    expect(await readerProfileItem.getValue()).toBe('nt2-a2');
    expect(await managedSettings(db)).toEqual({ readerProfile: 'nt2-a2', address: 'je', disabledRules: ['long-word'] });

    // The user prefers u; the next browser start applies the same policy again: the user's choice stays.
    await settingsItem.setValue({ ...settings, address: 'u' });
    await applyPolicy(db, readPolicy({ readerProfile: 'nt2-a2', address: 'je', disabledRules: ['long-word'] }));
    expect((await settingsItem.getValue()).address).toBe('u');

    // IT changes the policy: its new defaults apply.
    await applyPolicy(db, readPolicy({ address: 'je', maxSentenceWords: 18 }));
    settings = await settingsItem.getValue();
    expect(settings.address).toBe('je');
    expect(settings.ruleOptions['long-sentence']).toEqual({ maxWords: 18 });
  });

  it("a policy without settings leaves the user's settings alone", async () => {
    const db = fresh();
    await settingsItem.setValue({ ...defaultSettings, address: 'je' });
    await applyPolicy(db, readPolicy({ words: [{ term: 'a', alternatives: ['b'] }] }));
    expect((await settingsItem.getValue()).address).toBe('je');
  });
});
