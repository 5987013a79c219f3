/** Webmail where Klaretaal is on from the start; every other site only after the user switches it on there. */
export const WEBMAIL_MATCHES = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://app.fastmail.com/*',
  'https://mail.proton.me/*',
];

/** Only in the test build (`npm run build:test`): the browser tests serve their pages here. */
export const TEST_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

/** `https://example.org/path` → the match pattern for that site, or undefined for pages we never run on. */
export function sitePattern(url: string): string | undefined {
  try {
    const { protocol, host } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? `${protocol}//${host}/*` : undefined;
  } catch {
    return undefined;
  }
}
