/** Debian's Chromium, as the browser tests, benchmarks and the icon script start it (headless, on a closed network). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // gemeente.test: this machine under a name the test build has no permission for (a user's own intranet).
  '--host-resolver-rules=MAP gemeente.test 127.0.0.1 , MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost',
];
