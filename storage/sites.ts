/**
 * The sites beyond the built-in webmail where Klaretaal is on. The user switches a site on from the popup: the
 * browser asks for that site only (an optional host permission), and the site goes on this list. A site is on when
 * it is on the list and the permission is still there. The background follows the list (background/sites.ts).
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { sitePattern } from '../extension/sites';

/** Site patterns (`https://example.org/*`) where the user switched Klaretaal on, beyond the built-in webmail hosts. */
export const enabledSitesItem = storage.defineItem<string[]>('local:enabledSites', { fallback: [], version: 1 });

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
export async function enabledSites(): Promise<string[]> {
  return normalize(await enabledSitesItem.getValue());
}

export function normalize(patterns: readonly unknown[]): string[] {
  const sites = patterns.map((p) => (typeof p === 'string' ? sitePattern(p.replace(/\*$/, '')) : undefined));
  return [...new Set(sites.filter((p): p is string => p !== undefined))];
}

export async function addSites(patterns: readonly string[]): Promise<void> {
  const sites = await enabledSites();
  const added = patterns.filter((p) => !sites.includes(p));
  if (added.length > 0) await enabledSitesItem.setValue([...sites, ...added]);
}

export async function removeSites(patterns: readonly string[]): Promise<void> {
  const sites = await enabledSites();
  if (patterns.some((p) => sites.includes(p))) await enabledSitesItem.setValue(sites.filter((s) => !patterns.includes(s)));
}
