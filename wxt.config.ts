import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Keep every import explicit: the pure layers (rules, dictionaries, engine) must not lean on auto-imported globals.
  imports: false,
  manifest: {
    name: 'Klaretaal',
    description: 'Schrijf klare taal in je webmail en webformulieren. Alles blijft op je eigen computer.',
    default_locale: undefined,
    // No network: extension pages may load only their own files.
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; connect-src 'none'",
    },
  },
  webExt: { disabled: true },
});
