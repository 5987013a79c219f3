/**
 * The background follows the sites switched on (storage/sites.ts): it registers the content script for exactly
 * those sites, starts it in the tabs already open there (no reload), and stops it when a site goes off. A
 * permission granted or removed in the browser itself (its prompt after Chrome closed the popup, or its extension
 * settings) switches the site on or off too.
 */
import { browser } from 'wxt/browser';
import { askTab } from '../extension/messages';
import { isBuiltIn, LOADER_SCRIPT } from '../extension/sites';
import { addSites, enabledSites, enabledSitesItem, normalize, removeSites } from '../storage/sites';

const SCRIPT_ID = 'klaretaal-sites';

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
  const script = {
    id: SCRIPT_ID,
    matches: sites,
    js: [LOADER_SCRIPT],
    allFrames: true,
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  if (registered.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

/** Start the loader in the tabs already open on sites that were just switched on, so no reload is needed. */
async function startInTabs(patterns: readonly string[]): Promise<void> {
  if (patterns.length === 0) return;
  const tabs = await browser.tabs.query({ url: [...patterns] }).catch(() => []);
  for (const tab of tabs) {
    if (tab.id === undefined || !tab.url || isBuiltIn(tab.url)) continue;
    await browser.scripting
      .executeScript({ target: { tabId: tab.id, allFrames: true }, files: [`/${LOADER_SCRIPT}`] })
      .catch(() => undefined);
  }
}

/**
 * Take Klaretaal away from the tabs of sites that went off. Without the permission the background no longer
 * sees which tabs those are, so every tab hears it and the page script of that site stops itself.
 */
async function stopInTabs(patterns: readonly string[]): Promise<void> {
  if (patterns.length === 0) return;
  for (const tab of await browser.tabs.query({})) {
    if (tab.id !== undefined) void askTab(tab.id, { type: 'klaretaal:stop', sites: [...patterns] });
  }
}
