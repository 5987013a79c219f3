import { defineConfig } from 'wxt';
import { TEST_HOSTS, TEST_MATCHES, WEBMAIL_MATCHES } from './editors/sites';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Keep every import explicit: the pure layers (rules, dictionaries, engine) must not lean on auto-imported globals.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Klaretaal',
    description: 'Schrijf klare taal in je webmail en webformulieren. Alles blijft op je eigen computer.',
    // storage: settings and word lists; scripting: start the checker in a page once a field gets focus.
    permissions: ['storage', 'scripting'],
    host_permissions: WEBMAIL_MATCHES,
    // Other sites only when the user switches Klaretaal on there, from the popup.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // No network: extension pages may load only their own files.
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; connect-src 'none'",
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // Firefox asks what data an extension collects: none, everything stays on the computer.
        gecko: { id: 'klaretaal@klaretaal.be', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
  hooks: {
    // The test build must behave (and cost) exactly like the release build: React in production mode in every
    // bundle. WXT sets NODE_ENV to the mode ("test") for scripts; set it back after WXT.
    'vite:build:extendConfig': (_entrypoints, config) => {
      if (config.mode === 'test') config.define = { ...config.define, 'process.env.NODE_ENV': JSON.stringify('production') };
    },
    // `npm run build:test` (mode "test"): the same extension, also active on the pages the browser tests serve.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'test') return;
      for (const script of manifest.content_scripts ?? []) script.matches = [...(script.matches ?? []), ...TEST_MATCHES];
      if (wxt.config.manifestVersion === 3) manifest.host_permissions = [...(manifest.host_permissions ?? []), ...TEST_HOSTS];
      else manifest.permissions = [...(manifest.permissions ?? []), ...TEST_HOSTS];
    },
  },
  webExt: { disabled: true },
  // The engine with its word data is one ~700 kB chunk; that is expected, not a mistake.
  vite: () => ({ build: { chunkSizeWarningLimit: 1500 } }),
});
