/**
 * Which folder may import which: the design's direction, written once and checked in `npm test` (`npm run
 * lint:deps`). The core (contract ← dictionaries ← rules ← engine) knows nothing of browsers, React, Dexie,
 * storage or UI strings; adapters use the core through its entrances; nothing imports the entrypoints.
 * See README, "How it is built".
 */
const CORE = '^(contract|dictionaries|rules|engine)/';
const ADAPTERS = '^(page|background|ui|storage|db|files|extension|cli)/';

module.exports = {
  forbidden: [
    {
      name: 'contract-is-a-leaf',
      comment: 'contract/ holds the shapes everyone shares; it imports nothing.',
      severity: 'error',
      from: { path: '^contract/' },
      to: { pathNot: '^contract/' },
    },
    {
      name: 'dictionaries-are-data',
      comment: 'dictionaries/ is word data with its schema: it may use the contract, nothing else.',
      severity: 'error',
      from: { path: '^dictionaries/' },
      to: { pathNot: '^(dictionaries|contract)/' },
    },
    {
      name: 'rules-do-not-know-the-engine',
      comment: 'The direction is dictionaries ← rules ← engine.',
      severity: 'error',
      from: { path: '^rules/' },
      to: { path: '^engine/' },
    },
    {
      name: 'core-stays-in-the-core',
      comment: 'The core runs the same in node, the CLI and every extension context: no adapter, no UI strings.',
      severity: 'error',
      from: { path: CORE },
      to: { path: ['^(page|background|ui|storage|db|files|extension|cli|locales|entrypoints|tests|scripts)/'] },
    },
    {
      name: 'core-has-no-platform',
      comment: 'No browser API, React, Dexie or extension framework in the core.',
      severity: 'error',
      from: { path: CORE },
      to: { path: 'node_modules/(wxt|@wxt-dev|react|react-dom|dexie|dexie-react-hooks|papaparse|diff)/' },
    },
    {
      name: 'core-through-its-entrances',
      comment:
        'Outside the core: the engine through engine/index.ts, the rules through rules/index.ts, the word data through dictionaries/index.ts and its schema.',
      severity: 'error',
      from: { path: [ADAPTERS, '^(entrypoints|locales)/'] },
      to: {
        path: ['^engine/(?!index\\.ts$)', '^rules/(?!index\\.ts$)', '^dictionaries/(?!(index|schema)\\.ts$)'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'page-script-stays-small',
      comment:
        'The page script (page/) runs in every web page the user writes in: no React, no Dexie, no rules or word data (the background checks), no views but the plain-DOM card and the line patterns.',
      severity: 'error',
      from: { path: '^page/' },
      to: {
        path: [
          'node_modules/(react|react-dom|dexie|dexie-react-hooks)/',
          '^(rules|dictionaries|db|background)/',
          '^ui/(?!(card\\.(ts|css)|lines\\.css)$)',
        ],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'background-has-no-views',
      severity: 'error',
      from: { path: '^background/' },
      to: { path: ['^(page|ui)/', 'node_modules/(react|react-dom)/'] },
    },
    {
      name: 'views-do-not-run-in-pages-or-the-background',
      severity: 'error',
      from: { path: '^ui/' },
      to: { path: '^(page|background)/' },
    },
    {
      name: 'views-use-hooks-for-the-database',
      comment: 'React views get the word database through ui/hooks (types may be imported).',
      severity: 'error',
      from: { path: '^ui/(?!hooks/)' },
      to: { path: ['^db/(?!database\\.ts$)', 'node_modules/(dexie|dexie-react-hooks)/'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'storage-and-db-are-not-views',
      severity: 'error',
      from: { path: '^(storage|db|files|extension)/' },
      to: { path: ['^(page|background|ui)/', 'node_modules/(react|react-dom)/'] },
    },
    {
      name: 'nothing-imports-entrypoints',
      comment: 'Entrypoints wire things together; nothing depends on them.',
      severity: 'error',
      from: { pathNot: '^entrypoints/' },
      to: { path: '^entrypoints/' },
    },
    {
      name: 'product-code-does-not-import-tests',
      severity: 'error',
      from: { pathNot: '^tests/' },
      to: { path: '^tests/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true, dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.output|\\.wxt|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.json'],
    },
  },
};
