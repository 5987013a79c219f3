import { MatchPattern } from 'wxt/utils/match-patterns';

/** Webmail where Klaretaal is on from the start; every other site only after the user switches it on there. */
export const WEBMAIL_MATCHES = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://app.fastmail.com/*',
  'https://mail.proton.me/*',
];

/** The content script file (entrypoints/loader.ts) in the built extension. */
export const LOADER_SCRIPT = 'loader.js';

/**
 * Only in the test build (`npm run build:test`): the browser tests serve their pages on 127.0.0.1, where the
 * content script runs from the start like on webmail. localhost is only allowed (host permission), not
 * matched: the tests switch it on from the popup like a user switches on any other site. Any other host name
 * (the tests use `gemeente.test`) has no permission at all, as on a user's own intranet.
 */
export const TEST_MATCHES = ['http://127.0.0.1/*'];
export const TEST_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

/** True when Klaretaal always runs on this page (a built-in webmail host, or one of `extra` match patterns). */
export function isBuiltIn(url: string, extra: readonly string[] = []): boolean {
  return [...WEBMAIL_MATCHES, ...extra].some((pattern) => matches(pattern, url));
}

export function matches(pattern: string, url: string): boolean {
  try {
    return new MatchPattern(pattern).includes(url);
  } catch {
    return false;
  }
}

/**
 * `https://example.org:8443/path` → `https://example.org/*`, the match pattern of that site, or undefined for
 * pages we never run on. Without the port: a pattern with a port never runs in Firefox, and a pattern without
 * one matches every port in both browsers.
 */
export function sitePattern(url: string): string | undefined {
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'https:' || protocol === 'http:') && hostname ? `${protocol}//${hostname}/*` : undefined;
  } catch {
    return undefined;
  }
}

/** Why the popup cannot switch Klaretaal on for a page; each has its own sentence in the locale. */
export type BlockedReason = 'browser-page' | 'store' | 'pdf' | 'file' | 'own-page' | 'other-extension' | 'unknown';

export type PageAccess = { kind: 'site'; pattern: string } | { kind: 'blocked'; reason: BlockedReason };

/** Add-on stores: browsers let no extension run there. */
const STORES = ['chromewebstore.google.com', 'chrome.google.com', 'microsoftedge.microsoft.com', 'addons.mozilla.org'];
const BROWSER_SCHEMES = new Set([
  'chrome:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'about:',
  'view-source:',
  'devtools:',
  'chrome-search:',
  'resource:',
]);
const EXTENSION_SCHEMES = new Set(['chrome-extension:', 'moz-extension:', 'extension:']);
/** Chrome's and Edge's PDF viewers are extensions with a fixed id. */
const PDF_VIEWERS = new Set(['mhjfbmdgcfjbbpaeojofohoefgiehjai', 'dgkkmdhecmdhhhdbgkopkifkbjbkclhn']);

/**
 * What the popup can do on the page with this address. `ownOrigin` is the extension's own origin
 * (`chrome-extension://<id>`), so our own pages get their own answer.
 */
export function pageAccess(url: string | undefined, ownOrigin = ''): PageAccess {
  let parsed: URL;
  try {
    parsed = new URL(url ?? '');
  } catch {
    return { kind: 'blocked', reason: 'unknown' };
  }
  const { protocol, hostname, pathname } = parsed;
  if (EXTENSION_SCHEMES.has(protocol)) {
    if (PDF_VIEWERS.has(hostname)) return { kind: 'blocked', reason: 'pdf' };
    return { kind: 'blocked', reason: ownOrigin && url!.startsWith(ownOrigin) ? 'own-page' : 'other-extension' };
  }
  if (BROWSER_SCHEMES.has(protocol)) return { kind: 'blocked', reason: 'browser-page' };
  if (protocol === 'file:') return { kind: 'blocked', reason: /\.pdf$/i.test(pathname) ? 'pdf' : 'file' };
  if (protocol !== 'http:' && protocol !== 'https:') return { kind: 'blocked', reason: 'unknown' };
  if (STORES.includes(hostname) && (hostname !== 'chrome.google.com' || pathname.startsWith('/webstore'))) {
    return { kind: 'blocked', reason: 'store' };
  }
  // A PDF opened in the browser keeps its web address, but its viewer is the browser's own: no script runs there.
  if (/\.pdf$/i.test(pathname)) return { kind: 'blocked', reason: 'pdf' };
  return { kind: 'site', pattern: sitePattern(url!)! };
}

/** Does a stop message (the sites switched off) concern the page at `url`? */
export function stopsHere(message: { sites: readonly string[] }, url: string): boolean {
  return message.sites.some((pattern) => matches(pattern, url));
}
