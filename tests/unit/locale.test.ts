import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../locales/nl';

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
