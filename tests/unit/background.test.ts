/**
 * The background's security boundary and its site switch: messages from pages are parsed strictly and only
 * our own content scripts in a tab, on a site where Klaretaal runs, are answered; a site granted in the
 * browser (also after the popup closed) goes on, gets the content script and starts in its open tabs; a site
 * taken away goes off everywhere.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { currentChecker } from '../../background/check-service';
import { handlePageMessage, parsePageMessage, trustedSender } from '../../background/page-messages';
import { defaultSettings } from '../../engine/index';
import { wordsRevisionItem } from '../../storage/revision';
import { settingsItem } from '../../storage/settings';
import { followSites } from '../../background/sites';
import { stopsHere, WEBMAIL_MATCHES } from '../../extension/sites';
import { TEXT_PART } from '../../extension/messages';
import { enabledSitesItem, isSiteEnabled } from '../../storage/sites';

type Listener = (p: { origins?: string[] }) => void;

/** The parts of the browser that WXT's fake browser leaves out: permissions, scripting, the manifest. */
function fakePlatform(granted: string[] = []) {
  const origins = new Set(granted);
  const added: Listener[] = [];
  const removed: Listener[] = [];
  const registered: { id: string; matches: string[] }[] = [];
  const injected: number[] = [];
  const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  b.runtime.getManifest = () => ({ host_permissions: WEBMAIL_MATCHES, content_scripts: [{ matches: WEBMAIL_MATCHES, js: ['loader.js'] }] });
  b.permissions = {
    contains: async ({ origins: asked = [] }: { origins?: string[] }) => asked.every((o) => origins.has(o)),
    request: async ({ origins: asked = [] }: { origins?: string[] }) => {
      for (const o of asked) origins.add(o);
      return true;
    },
    remove: async ({ origins: gone = [] }: { origins?: string[] }) => {
      for (const o of gone) origins.delete(o);
      return true;
    },
    onAdded: { addListener: (l: Listener) => added.push(l) },
    onRemoved: { addListener: (l: Listener) => removed.push(l) },
  };
  b.scripting = {
    getRegisteredContentScripts: async () => registered.map((s) => ({ ...s })),
    registerContentScripts: async (scripts: { id: string; matches: string[] }[]) => void registered.push(...scripts),
    updateContentScripts: async (scripts: { id: string; matches: string[] }[]) => void registered.splice(0, registered.length, ...scripts),
    unregisterContentScripts: async () => void registered.splice(0),
    executeScript: async ({ target }: { target: { tabId: number } }) => {
      injected.push(target.tabId);
      return [];
    },
  };
  return {
    origins,
    registered,
    injected,
    /** The user grants or removes a site in the browser itself. */
    grant: (o: string) => (origins.add(o), added.forEach((l) => l({ origins: [o] }))),
    revoke: (o: string) => (origins.delete(o), removed.forEach((l) => l({ origins: [o] }))),
  };
}

const settle = () => new Promise((r) => setTimeout(r, 20));
const sender = (url: string | undefined, extra: object = {}) => ({
  id: fakeBrowser.runtime.id,
  tab: { id: 7 } as never,
  frameId: 0,
  url,
  ...extra,
});

beforeEach(() => fakeBrowser.reset());

describe('parsing a page message', () => {
  it('keeps only known shapes, with words and rules checked', () => {
    expect(parsePageMessage({ type: 'klaretaal:activate', extra: 'x' })).toEqual({ type: 'klaretaal:activate' });
    expect(parsePageMessage({ type: 'klaretaal:ignore-word', word: '  Reeds ' })).toEqual({ type: 'klaretaal:ignore-word', word: 'reeds' });
    expect(parsePageMessage({ type: 'klaretaal:ignore-word', word: '   ' })).toBeUndefined();
    expect(parsePageMessage({ type: 'klaretaal:ignore-word', word: 'x'.repeat(81) })).toBeUndefined();
    expect(parsePageMessage({ type: 'klaretaal:ignore-word', word: 42 })).toBeUndefined();
    expect(parsePageMessage({ type: 'klaretaal:disable-rule', rule: 'jargon' })).toEqual({
      type: 'klaretaal:disable-rule',
      rule: 'jargon',
    });
    expect(parsePageMessage({ type: 'klaretaal:disable-rule', rule: 'everything' })).toBeUndefined();
    expect(parsePageMessage({ type: 'klaretaal:open-options' })).toBeUndefined();
    for (const junk of [null, undefined, 'klaretaal:activate', 3, [], { type: ['klaretaal:activate'] }])
      expect(parsePageMessage(junk)).toBeUndefined();
  });

  it('takes a text to check only in parts of a known size, numbered within their count', () => {
    const check = { type: 'klaretaal:check', text: 'Gelieve te betalen.', field: 'f1', part: 0, parts: 1 };
    expect(parsePageMessage({ ...check, extra: true })).toEqual(check);
    expect(parsePageMessage({ ...check, text: 'x'.repeat(TEXT_PART) })).toMatchObject({ parts: 1 });
    for (const bad of [
      { text: 'x'.repeat(TEXT_PART + 1) },
      { text: 42 },
      { field: 'f'.repeat(41) },
      { field: undefined },
      { part: 1, parts: 1 },
      { part: -1 },
      { part: 0.5 },
      { parts: '1' },
      { parts: 1_000_000 },
    ])
      expect(parsePageMessage({ ...check, ...bad }), JSON.stringify(bad).slice(0, 60)).toBeUndefined();
  });
});

describe('who may send a message', () => {
  it('only our own script, in a tab, in a frame on a site where Klaretaal runs; no address means no', async () => {
    const platform = fakePlatform(['https://forms.antwerpen.be/*']);
    expect(await trustedSender(sender('https://mail.google.com/mail/u/0/'))).toBe(true);
    expect(await trustedSender(sender(undefined))).toBe(false);
    expect(await trustedSender(sender('https://mail.google.com/', { id: 'another-extension' }))).toBe(false);
    expect(await trustedSender(sender('https://mail.google.com/', { tab: undefined }))).toBe(false);
    // Permitted but not switched on (e.g. granted for another reason): no.
    expect(await trustedSender(sender('https://forms.antwerpen.be/aanvraag'))).toBe(false);
    await enabledSitesItem.setValue(['https://forms.antwerpen.be/*']);
    expect(await trustedSender(sender('https://forms.antwerpen.be/aanvraag'))).toBe(true);
    // On the list, but the permission was taken away in the browser: no.
    platform.origins.delete('https://forms.antwerpen.be/*');
    expect(await trustedSender(sender('https://forms.antwerpen.be/aanvraag'))).toBe(false);
  });

  it('answers nothing to an untrusted sender and stores nothing for it', async () => {
    fakePlatform();
    expect(await handlePageMessage({ type: 'klaretaal:get-words' }, sender('https://evil.example/'))).toBeUndefined();
    expect(await handlePageMessage({ type: 'klaretaal:disable-rule', rule: 'jargon' }, sender('https://evil.example/'))).toBeUndefined();
    expect(await handlePageMessage({ type: 'klaretaal:disable-rule', rule: 'jargon' }, sender(undefined))).toBeUndefined();
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
    // The same message from a trusted sender is stored, and says so.
    expect(await handlePageMessage({ type: 'klaretaal:disable-rule', rule: 'jargon' }, sender('https://mail.google.com/'))).toEqual({
      stored: true,
    });
    expect(((await fakeBrowser.storage.local.get('settings')).settings as { disabledRules: string[] }).disabledRules).toEqual(['jargon']);
  });
});

describe('switching a site on and off', () => {
  it('a site granted in the browser goes on, gets the content script and starts in its open tabs', async () => {
    const platform = fakePlatform();
    const tab = await fakeBrowser.tabs.create({ url: 'http://intranet:8080/dossier' });
    fakeBrowser.tabs.query = (async () => [tab]) as never;
    followSites();
    await settle();
    // As when Chrome's prompt closed the popup: only the browser's event says the user allowed it.
    platform.grant('http://intranet/*');
    await settle();
    expect(await enabledSitesItem.getValue()).toEqual(['http://intranet/*']);
    expect(await isSiteEnabled('http://intranet/*')).toBe(true);
    expect(platform.registered.map((s) => s.matches)).toEqual([['http://intranet/*']]);
    expect(platform.injected).toEqual([tab.id]);
    // Removed in the browser's own settings: off, unregistered, and every tab hears it.
    const heard: unknown[] = [];
    fakeBrowser.tabs.sendMessage = (async (_id: number, message: unknown) => void heard.push(message)) as never;
    platform.revoke('http://intranet/*');
    await settle();
    expect(await enabledSitesItem.getValue()).toEqual([]);
    expect(platform.registered).toEqual([]);
    expect(heard).toEqual([{ type: 'klaretaal:stop', sites: ['http://intranet/*'] }]);
  });

  it('a manifest host or a grant for every site does not put anything on the list', async () => {
    const platform = fakePlatform();
    followSites();
    platform.grant('https://mail.google.com/*');
    platform.grant('https://*/*');
    await settle();
    expect(await enabledSitesItem.getValue()).toEqual([]);
  });

  it('reads sites stored with a port by an older version as the site without the port', async () => {
    fakePlatform(['http://intranet/*']);
    await enabledSitesItem.setValue(['http://intranet:8080/*']);
    expect(await isSiteEnabled('http://intranet/*')).toBe(true);
  });

  it('a stop message stops only the page script of the sites it names', () => {
    expect(stopsHere({ sites: ['http://intranet/*'] }, 'http://intranet:8080/dossier')).toBe(true);
    expect(stopsHere({ sites: ['http://intranet/*'] }, 'https://intranet/dossier')).toBe(false);
    expect(stopsHere({ sites: ['https://forms.antwerpen.be/*'] }, 'https://mail.google.com/')).toBe(false);
  });
});

describe('the checker for pages', () => {
  it('is built once, and again only when the settings or the words change', async () => {
    fakePlatform();
    const first = await currentChecker();
    expect(await currentChecker()).toBe(first);
    await settingsItem.setValue({ ...defaultSettings, disabledRules: ['jargon'] });
    const second = await currentChecker();
    expect(second).not.toBe(first);
    expect(await currentChecker()).toBe(second);
    expect(second.check('Gelieve te betalen.').findings.some((f) => f.rule === 'jargon')).toBe(false);
    await wordsRevisionItem.setValue(((await wordsRevisionItem.getValue()) ?? 0) + 1);
    const third = await currentChecker();
    expect(third).not.toBe(second);
    expect(await currentChecker()).toBe(third);
  });
});
