import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatNumber, nl } from '../../locales/nl';

describe('numbers the Dutch way', () => {
  it('groups thousands with a dot and writes decimals after a comma, without trailing zeros', () => {
    expect(formatNumber(50_000)).toBe('50.000');
    expect(formatNumber(1_234_567)).toBe('1.234.567');
    expect(formatNumber(42.56)).toBe('42,6');
    expect(formatNumber(42)).toBe('42');
    expect(formatNumber(42.04)).toBe('42');
    expect(formatNumber(0.5)).toBe('0,5');
    expect(formatNumber(-3.25, 2)).toBe('-3,25');
    expect(formatNumber(999)).toBe('999');
  });
});

describe('the locale module', () => {
  it('holds no string that nothing uses', () => {
    const root = join(import.meta.dirname, '..', '..');
    const code = ['page', 'background', 'ui', 'storage', 'db', 'files', 'extension', 'cli', 'entrypoints']
      .flatMap((dir) => readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).map((f) => join(root, dir, f)))
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    // Tables keyed by a contract type (every key is demanded by the type checker, looked up by value).
    const keyedByType = new Set(['ui.options.profiles']);
    const unused: string[] = [];
    const walk = (value: object, path: string[]) => {
      for (const [key, child] of Object.entries(value)) {
        if (keyedByType.has([...path, key].join('.'))) continue;
        if (child && typeof child === 'object' && !Array.isArray(child)) walk(child, [...path, key]);
        // Used as `.key`, `key:` in a lookup table, or `'key'` as an index.
        else if (!new RegExp(`[.'"\\s]${key}\\b`).test(code)) unused.push([...path, key].join('.'));
      }
    };
    walk(nl, []);
    expect(unused).toEqual([]);
  });
});
