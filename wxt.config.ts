import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Keep every import explicit: the pure layers (rules, dictionaries, engine) must not lean on auto-imported globals.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Klaretaal',
    description: 'Schrijf klare taal in je webmail en webformulieren. Alles blijft op je eigen computer.',
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
  webExt: { disabled: true },
  // The engine with its word data is one ~700 kB chunk; that is expected, not a mistake.
  vite: () => ({ build: { chunkSizeWarningLimit: 1500 } }),
});
