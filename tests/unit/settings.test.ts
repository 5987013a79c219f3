/**
 * Settings come back from storage, an older version or an organisation's policy: old, partial or damaged.
 * Sanitising keeps what is valid and never throws; the rules then read only the options they know.
 */
import { describe, expect, it } from 'vitest';
import { check, defaultSettings, sanitizeSettings } from '../../engine/index';
import { resolveOptions } from '../../rules/define';

const LONG =
  'Wij vragen u om het formulier dat u van ons kreeg voor het einde van de maand volledig ingevuld en ondertekend terug te sturen.';

describe('sanitizeSettings', () => {
  it('gives the defaults for nothing, junk and the wrong types', () => {
    for (const raw of [undefined, null, 42, 'u', [], { disabledRules: 'jargon', address: 3, ignoredWords: [1, 2] }])
      expect(sanitizeSettings(raw), JSON.stringify(raw)).toEqual(defaultSettings);
  });

  it('keeps valid values and drops unknown rules', () => {
    expect(
      sanitizeSettings({
        disabledRules: ['jargon', 'no-such-rule', 'long-word'],
        ruleOptions: { 'long-sentence': { maxWords: 15 }, 'no-such-rule': { x: 1 }, jargon: 'loud' },
        address: 'je',
        ignoredWords: ['Reeds', 'OCMW'],
        somethingNew: true,
      }),
    ).toEqual({
      disabledRules: ['jargon', 'long-word'],
      ruleOptions: { 'long-sentence': { maxWords: 15 } },
      address: 'je',
      ignoredWords: ['reeds', 'ocmw'],
    });
  });

  it('falls back to "u" for any form of address but "je"', () => {
    expect(sanitizeSettings({ address: 'jij' }).address).toBe('u');
    expect(sanitizeSettings({ address: 'je' }).address).toBe('je');
  });

  it('returns a copy: changing the result does not change what was read', () => {
    const raw = { ruleOptions: { 'long-sentence': { maxWords: 15 } } };
    const settings = sanitizeSettings(raw);
    settings.ruleOptions['long-sentence']!.maxWords = 99;
    expect(raw.ruleOptions['long-sentence'].maxWords).toBe(15);
  });
});

describe('rule options', () => {
  it('take only positive finite numbers for the options a rule has', () => {
    const defaults = { maxWords: 20, minLetters: 13 };
    expect(resolveOptions(defaults, { maxWords: 15, minLetters: '9', other: 4 })).toEqual({ maxWords: 15, minLetters: 13 });
    for (const bad of [0, -5, Number.NaN, Infinity, null, '15', [15]])
      expect(resolveOptions(defaults, { maxWords: bad }).maxWords).toBe(20);
    expect(resolveOptions(defaults, undefined)).toEqual(defaults);
  });

  it('a damaged option leaves the rule working with its default, a valid one is used', () => {
    const flagged = (options: Record<string, unknown>) =>
      check(LONG, { settings: sanitizeSettings({ ruleOptions: { 'long-sentence': options } }) }).findings.some(
        (f) => f.rule === 'long-sentence',
      );
    expect(flagged({ maxWords: 'veel' })).toBe(true);
    expect(flagged({ maxWords: 40 })).toBe(false);
  });
});
