import { defineConfig } from 'wxt';
import { LOADER_SCRIPT, TEST_HOSTS, TEST_MATCHES, WEBMAIL_MATCHES } from './extension/sites';

/** Any web site, asked for one at a time when the user switches Klaretaal on there. */
const OPTIONAL_SITES = ['https://*/*', 'http://*/*'];

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // KLARETAAL_OUT lets two builds live side by side (e.g. a second working copy's browser tests).
  outDir: process.env.KLARETAAL_OUT ?? '.output',
  // Keep every import explicit: the pure layers (rules, dictionaries, engine) must not lean on auto-imported globals.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Klaretaal',
    description: 'Schrijf klare taal in je webmail en webformulieren. Alles blijft op je eigen computer.',
    // storage: settings and word lists; scripting: start the checker in a page once a field gets focus;
    // contextMenus: "Controleer met Klaretaal" on selected text; activeTab: the popup may read the address of
    // the tab it was opened on (no warning at install), so it can offer "Zet aan op deze site".
    // unlimitedStorage (Chrome and Edge, no warning there): exempts the word database from eviction under
    // storage pressure; Firefox gets navigator.storage.persist() instead (db/database.ts).
    permissions: ['storage', 'scripting', 'contextMenus', 'activeTab', ...(browser === 'firefox' ? [] : ['unlimitedStorage'])],
    host_permissions: WEBMAIL_MATCHES,
    // Other sites only when the user switches Klaretaal on there, from the popup: the browser asks for that
    // site only. (WXT drops these from Firefox's Manifest V2; the hook below puts them in optional_permissions.)
    optional_host_permissions: OPTIONAL_SITES,
    // No network: extension pages may load only their own files.
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; connect-src 'none'",
    },
    // An organisation's word list and default settings through enterprise policy (see README, "For IT").
    // Chrome and Edge need the schema; Firefox reads the policy without one.
    ...(browser !== 'firefox' && { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // Firefox asks what data an extension collects: none, everything stays on the computer.
        gecko: { id: 'klaretaal@klaretaal.be', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
  hooks: {
    // The loader is a plain script (see entrypoints/loader.ts); list it as the content script of the webmail hosts.
    'build:manifestGenerated': (wxt, manifest) => {
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        {
          matches: [...WEBMAIL_MATCHES, ...(wxt.config.mode === 'test' ? TEST_MATCHES : [])],
          js: [LOADER_SCRIPT],
          all_frames: true,
          match_about_blank: true,
          run_at: 'document_idle',
        },
      ];
      if (wxt.config.manifestVersion === 2) manifest.optional_permissions = [...(manifest.optional_permissions ?? []), ...OPTIONAL_SITES];
      if (wxt.config.mode !== 'test') return;
      // `npm run build:test` (mode "test"): the same extension, also allowed on the hosts the browser tests serve.
      if (wxt.config.manifestVersion === 3) manifest.host_permissions = [...(manifest.host_permissions ?? []), ...TEST_HOSTS];
      else manifest.permissions = [...(manifest.permissions ?? []), ...TEST_HOSTS];
    },
    // The test build must behave (and cost) exactly like the release build: React in production mode in every
    // bundle. WXT sets NODE_ENV to the mode ("test") for scripts; set it back after WXT.
    'vite:build:extendConfig': (_entrypoints, config) => {
      if (config.mode === 'test') config.define = { ...config.define, 'process.env.NODE_ENV': JSON.stringify('production') };
    },
  },
  webExt: { disabled: true },
  // The engine with its word data is one ~700 kB chunk; that is expected, not a mistake.
  vite: () => ({ build: { chunkSizeWarningLimit: 1500 } }),
});
