/**
 * Sites beyond the built-in webmail: the user switches Klaretaal on for a site from the popup (an optional
 * host permission, asked for at that moment), and the background registers the content script for exactly
 * the sites that are on. Switching off removes the permission and the registration.
 */
import { browser } from 'wxt/browser';
import { enabledSitesItem } from '../db/settings';
import { LOADER_SCRIPT as LOADER } from './sites';

const SCRIPT_ID = 'klaretaal-sites';

/** Popup: ask for the site and switch it on. Must run in the click handler (a user gesture). */
export async function enableSite(pattern: string): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [pattern] });
  if (!granted) return false;
  const sites = await enabledSitesItem.getValue();
  if (!sites.includes(pattern)) await enabledSitesItem.setValue([...sites, pattern]);
  return true;
}

export async function disableSite(pattern: string): Promise<void> {
  const sites = await enabledSitesItem.getValue();
  await enabledSitesItem.setValue(sites.filter((s) => s !== pattern));
  // Built-in and test hosts are part of the manifest and cannot be removed; that is fine.
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}

export async function isSiteEnabled(pattern: string): Promise<boolean> {
  const sites = await enabledSitesItem.getValue();
  return sites.includes(pattern) && (await browser.permissions.contains({ origins: [pattern] }));
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
  for (const pattern of await enabledSitesItem.getValue()) {
    if (await browser.permissions.contains({ origins: [pattern] })) sites.push(pattern);
  }
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (sites.length === 0) {
    if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }
  const script = { id: SCRIPT_ID, matches: sites, js: [LOADER], allFrames: true, runAt: 'document_idle' as const, persistAcrossSessions: true };
  if (registered.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

/** Background: start the loader in the tab the user just switched on, so no reload is needed. */
export async function startInTab(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [`/${LOADER}`] }).catch(() => undefined);
}
