/**
 * Tiny static server for the browser-test fixture pages.
 *
 *   /<name>.html, /<name>.js, /<name>.css  → tests/browser/fixtures/<file>
 *   /vendor/<package>/<path>               → node_modules/<package>/<path> (whitelisted packages only)
 *   /bundles/<name>.js                     → esbuild bundles built once into tests/browser/.artifacts/bundles/
 *
 * Everything else is a 404. Binds to 127.0.0.1 on a random free port and never
 * needs the network.
 */
import http from 'node:http';
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const fixturesDir = path.join(here, 'fixtures');
const nodeModules = path.join(root, 'node_modules');
export const artifactsDir = path.join(here, '.artifacts');

/** The editor pages of the fixtures: plain text fields, then rich-text editors. */
export const TEXT_FIELD_PAGES = ['textarea', 'input', 'react-textarea'];
export const RICH_EDITOR_PAGES = [
  'contenteditable',
  'iframe',
  'srcdoc',
  'shadow',
  'quill',
  'tinymce',
  'ckeditor5',
  'prosemirror',
  'squire',
  'roosterjs',
];
export const EDITOR_PAGES = [...TEXT_FIELD_PAGES, ...RICH_EDITOR_PAGES];
const bundlesDir = path.join(artifactsDir, 'bundles');

/** Packages that may be served raw under /vendor/<package>/. */
const VENDOR = new Set([
  'quill',
  'tinymce',
  'ckeditor5',
  'squire-rte',
  'dompurify',
  'roosterjs',
  'prosemirror-view', // for style/prosemirror.css
]);

/** Entry points bundled at start-up, served as /bundles/<name>.js. */
const BUNDLES: Record<string, string> = {
  prosemirror: path.join(fixturesDir, 'prosemirror.entry.js'),
  'react-textarea': path.join(fixturesDir, 'react-textarea.entry.tsx'),
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
};

/**
 * Optional modules: when a package is not installed, resolve it to a stub so the
 * bundle still builds (prosemirror-commands provides baseKeymap, which is optional).
 */
const OPTIONAL_STUBS: Record<string, string> = {
  'prosemirror-commands': 'export const baseKeymap = null;',
};

const optionalModules: esbuild.Plugin = {
  name: 'optional-modules',
  setup(build) {
    const filter = new RegExp(`^(${Object.keys(OPTIONAL_STUBS).join('|')})$`);
    build.onResolve({ filter }, (args) =>
      existsSync(path.join(nodeModules, args.path, 'package.json')) ? undefined : { path: args.path, namespace: 'optional-stub' },
    );
    build.onLoad({ filter: /.*/, namespace: 'optional-stub' }, (args) => ({
      contents: OPTIONAL_STUBS[args.path],
      loader: 'js',
    }));
  },
};

let bundling: Promise<void> | undefined;

/** Bundles once per process; later servers reuse the output. */
function buildBundles(): Promise<void> {
  bundling ??= (async () => {
    await mkdir(bundlesDir, { recursive: true });
    await esbuild.build({
      entryPoints: Object.fromEntries(Object.entries(BUNDLES)),
      outdir: bundlesDir,
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'chrome120',
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"development"' },
      sourcemap: 'linked',
      logLevel: 'warning',
      nodePaths: [nodeModules],
      absWorkingDir: root,
      external: ['/common.js'], // served as-is by this server
      plugins: [optionalModules],
    });
  })();
  bundling.catch(() => (bundling = undefined));
  return bundling;
}

/** Resolve `rel` inside `base`, or null when it would escape `base`. */
function inside(base: string, rel: string): string | null {
  if (rel.includes('\0') || rel.includes('\\')) return null;
  if (rel.split('/').some((part) => part === '..' || part === '.')) return null;
  const full = path.resolve(base, rel);
  return full.startsWith(base + path.sep) ? full : null;
}

function resolveRequest(pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('..')) return null;

  const vendor = /^\/vendor\/([^/]+)\/(.+)$/.exec(decoded);
  if (vendor) {
    const [, pkg, rest] = vendor;
    if (!VENDOR.has(pkg)) return null;
    return inside(path.join(nodeModules, pkg), rest);
  }
  const bundle = /^\/bundles\/([\w-]+\.js(?:\.map)?)$/.exec(decoded);
  if (bundle) return inside(bundlesDir, bundle[1]);

  const fixture = /^\/([\w-]+\.(?:html|js|css))$/.exec(decoded);
  if (fixture) return inside(fixturesDir, fixture[1]);
  return null;
}

export interface FixtureServer {
  url: string;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  await buildBundles();

  const server = http.createServer(async (req, res) => {
    const send = (status: number, body: string | Buffer, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, {
        'Content-Type': type,
        'Content-Length': Buffer.byteLength(body),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method Not Allowed');

    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = resolveRequest(pathname);
    const type = file ? TYPES[path.extname(file).toLowerCase()] : undefined;
    if (!file || !type) return send(404, 'Not Found');
    try {
      if (!(await stat(file)).isFile()) return send(404, 'Not Found');
      send(200, await readFile(file), type);
    } catch {
      send(404, 'Not Found');
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as { port: number };

  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

// `npx tsx tests/browser/server.ts` serves the fixtures for manual inspection.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { url } = await startFixtureServer();
  console.log(`Fixture server on ${url}/ (Ctrl+C to stop)`);
}
