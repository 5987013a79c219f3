/**
 * Sites beyond the built-in webmail. The user switches Klaretaal on for a site from the popup: the browser
 * asks for that site only (an optional host permission), and the site goes on the list of sites that are on.
 * The background follows that list: it registers the content script for exactly those sites, starts it in the
 * tabs already open there (no reload), and stops it when a site goes off. A site is on when it is on the list
 * and the permission is still there; a permission granted or removed in the browser's own settings counts too.
 */
import { browser } from 'wxt/browser';
import { enabledSitesItem } from './settings';
import type { TabMessage } from '../extension/messages';
import { isBuiltIn, LOADER_SCRIPT, matches, sitePattern } from '../extension/sites';

const SCRIPT_ID = 'klaretaal-sites';

/**
 * Popup, in the click handler: ask for the site (the browser's own prompt) and put it on the list. The popup
 * may close while the browser asks (it does in Chrome): then the background's `permissions.onAdded` puts it
 * on the list instead.
 */
export async function enableSite(pattern: string): Promise<boolean> {
  // First thing in the click handler: the browser only asks during a user gesture.
  const granted = await browser.permissions.request({ origins: [pattern] });
  if (granted) await addSites([pattern]);
  return granted;
}

export async function disableSite(pattern: string): Promise<void> {
  await removeSites([pattern]);
  // Built-in and test hosts are part of the manifest and cannot be removed; that is fine.
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}

export async function isSiteEnabled(pattern: string): Promise<boolean> {
  return (await enabledSites()).includes(pattern) && (await browser.permissions.contains({ origins: [pattern] }));
}

/** The sites on the list, as port-free patterns (older versions stored a port). */
async function enabledSites(): Promise<string[]> {
  return normalize(await enabledSitesItem.getValue());
}

function normalize(patterns: readonly unknown[]): string[] {
  const sites = patterns.map((p) => (typeof p === 'string' ? sitePattern(p.replace(/\*$/, '')) : undefined));
  return [...new Set(sites.filter((p): p is string => p !== undefined))];
}

async function addSites(patterns: readonly string[]): Promise<void> {
  const sites = await enabledSites();
  const added = patterns.filter((p) => !sites.includes(p));
  if (added.length > 0) await enabledSitesItem.setValue([...sites, ...added]);
}

async function removeSites(patterns: readonly string[]): Promise<void> {
  const sites = await enabledSites();
  if (patterns.some((p) => sites.includes(p))) await enabledSitesItem.setValue(sites.filter((s) => !patterns.includes(s)));
}

/** Site patterns among granted or removed origins, leaving out the manifest's own hosts. */
function sitesAmong(origins: readonly string[] | undefined): string[] {
  const declared = browser.runtime.getManifest().host_permissions ?? [];
  return normalize((origins ?? []).filter((o) => !declared.includes(o) && /^https?:\/\/[^*/]+\/\*$/.test(o)));
}

/** Background start: keep the registration, the open tabs and the list in step with each other. */
export function followSites(): void {
  void syncSiteScripts();
  enabledSitesItem.watch((next, previous) => {
    const now = normalize(next ?? []);
    const before = normalize(previous ?? []);
    void syncSiteScripts().then(() => startInTabs(now.filter((s) => !before.includes(s))));
    void stopInTabs(before.filter((s) => !now.includes(s)));
  });
  // Granted in the browser's prompt after the popup closed, or in the browser's extension settings.
  browser.permissions.onAdded.addListener(({ origins }) => void addSites(sitesAmong(origins)));
  browser.permissions.onRemoved.addListener(({ origins }) => {
    void removeSites(sitesAmong(origins));
    void syncSiteScripts();
  });
}

/**
 * Background: make the registered content script match the sites that are on (and still permitted). Never
 * throws: a browser without dynamic content scripts keeps working on webmail, and says why in the console.
 */
export async function syncSiteScripts(): Promise<void> {
  try {
    await registerSiteScripts();
  } catch (error) {
    console.warn('Klaretaal: could not register the content script for the sites switched on.', error);
  }
}

async function registerSiteScripts(): Promise<void> {
  const sites = [];
  for (const pattern of await enabledSites()) {
    if (await browser.permissions.contains({ origins: [pattern] })) sites.push(pattern);
  }
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (sites.length === 0) {
    if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }
  const script = { id: SCRIPT_ID, matches: sites, js: [LOADER_SCRIPT], allFrames: true, runAt: 'document_idle' as const, persistAcrossSessions: true };
  if (registered.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

/** Start the loader in the tabs already open on sites that were just switched on, so no reload is needed. */
async function startInTabs(patterns: readonly string[]): Promise<void> {
  if (patterns.length === 0) return;
  const tabs = await browser.tabs.query({ url: [...patterns] }).catch(() => []);
  for (const tab of tabs) {
    if (tab.id === undefined || !tab.url || isBuiltIn(tab.url)) continue;
    await browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: [`/${LOADER_SCRIPT}`] }).catch(() => undefined);
  }
}

/**
 * Take Klaretaal away from the tabs of sites that went off. Without the permission the background no longer
 * sees which tabs those are, so every tab hears it and the page script of that site stops itself.
 */
async function stopInTabs(patterns: readonly string[]): Promise<void> {
  if (patterns.length === 0) return;
  const message: TabMessage = { type: 'klaretaal:stop', sites: [...patterns] };
  for (const tab of await browser.tabs.query({})) {
    if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  }
}

/** Page script: does a stop message concern the page it runs in? */
export function stopsHere(message: { sites: readonly string[] }, url: string): boolean {
  return message.sites.some((pattern) => matches(pattern, url));
}
