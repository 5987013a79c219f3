/**
 * Keeps the one way of styling: every component's styles sit in a CSS file next to it, which it imports
 * itself (the page layer takes its sheets with `?inline` into the closed shadow root). Inline styles only
 * carry values known at run time: positions, and a category's colour as the custom property `--c`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const walk = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
const files = ['ui', 'page', 'entrypoints'].flatMap(walk);
const code = files.filter((f) => /\.tsx?$/.test(f));
const read = (file: string) => readFileSync(join(root, file), 'utf8');

describe('one way to style', () => {
  it('sets only custom properties in inline style objects', () => {
    const wrong = code.flatMap((file) =>
      [...read(file).matchAll(/style=\{\{([^}]*)\}\}/g)]
        .filter(([, body]) => !/^\s*'--[a-z-]+':/.test(body))
        .map(([match]) => `${file}: ${match}`),
    );
    expect(wrong).toEqual([]);
  });

  it('writes no rules of CSS in TypeScript strings', () => {
    // A selector with a declaration block in a string or template, such as `.mark{position:fixed}`.
    const wrong = code.filter((file) =>
      /[.#][a-z][\w-]*(\[[^\]\n]*\])?(::?[a-z-]+)*[ \t]*\{[ \t]*[a-z-]+[ \t]*:[^;{}\n]+;/.test(read(file)),
    );
    expect(wrong).toEqual([]);
  });

  it('has every CSS file imported by code in its own folder, and no style sheets linked from the pages', () => {
    const sheets = files.filter((f) => f.endsWith('.css'));
    expect(sheets.length).toBeGreaterThan(5);
    for (const sheet of sheets) {
      const importers = code.filter((file) => {
        const ref = relative(dirname(file), sheet);
        return read(file).includes(`'./${ref}`);
      });
      expect(
        importers.map((f) => dirname(f)).filter((d) => d === dirname(sheet)),
        sheet,
      ).not.toEqual([]);
    }
    for (const page of files.filter((f) => f.endsWith('.html'))) expect(read(page), page).not.toMatch(/rel="stylesheet"/);
  });
});
