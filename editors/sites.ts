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
 * matched: the tests switch it on from the popup like a user switches on any other site.
 */
export const TEST_MATCHES = ['http://127.0.0.1/*'];
export const TEST_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

/** True when Klaretaal always runs on this page (a built-in webmail host, or one of `extra` match patterns). */
export function isBuiltIn(url: string, extra: readonly string[] = []): boolean {
  return [...WEBMAIL_MATCHES, ...extra].some((pattern) => {
    try {
      return new MatchPattern(pattern).includes(url);
    } catch {
      return false;
    }
  });
}

/** `https://example.org/path` → the match pattern for that site, or undefined for pages we never run on. */
export function sitePattern(url: string): string | undefined {
  try {
    const { protocol, host } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? `${protocol}//${host}/*` : undefined;
  } catch {
    return undefined;
  }
}
