import { describe, expect, it } from 'vitest';
import { changedStretch, splitText } from '../../page/positions';

describe('the stretch that changed while the user typed', () => {
  it('is the one place where the texts differ', () => {
    expect(changedStretch('Wij sturen u de brief.', 'Wij sturen u reeds de brief.')).toEqual({ start: 13, beforeEnd: 13, afterEnd: 19 });
    expect(changedStretch('abc', 'abc')).toEqual({ start: 3, beforeEnd: 3, afterEnd: 3 });
    expect(changedStretch('aaa', 'aaaa')).toEqual({ start: 3, beforeEnd: 3, afterEnd: 4 });
    expect(changedStretch('abcdef', 'abXYef')).toEqual({ start: 2, beforeEnd: 4, afterEnd: 4 });
    expect(changedStretch('', 'x')).toEqual({ start: 0, beforeEnd: 0, afterEnd: 1 });
  });
});

describe('a long text in parts', () => {
  it('joins back to the text and never splits an emoji', () => {
    const text = `${'a'.repeat(9)}😀${'b'.repeat(20)}`;
    for (const size of [3, 5, 10, 11, 100]) {
      const parts = splitText(text, size);
      expect(parts.join('')).toBe(text);
      for (const p of parts) {
        expect(p.length).toBeLessThanOrEqual(size);
        expect(/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(p)).toBe(false);
      }
    }
    expect(splitText('', 5)).toEqual(['']);
  });
});
