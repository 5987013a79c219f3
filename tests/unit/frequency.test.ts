/** Word frequency, compound parts and the rare-word rule around them. */
import { describe, expect, it } from 'vitest';
import * as data from '../../dictionaries/index';
import type { UserEntry } from '../../contract/index';
import { applyProfile, check, createUserChecker, defaultSettings, type Checker } from '../../engine/index';
import { compoundParts } from '../../rules/shared/compounds';
import { formsOf, zipfOf, zipfOfForm } from '../../rules/shared/frequency';

const rare = (text: string, settings = {}) =>
  check(text, { lang: 'nl', settings })
    .findings.filter((f) => f.rule === 'rare-word')
    .map((f) => f.text);

describe('frequency.json', () => {
  const [header, ...bands] = data.frequency;
  it('names its source and licence, and keeps its bands in order, each sorted, unique and lower case', () => {
    expect(header.licence).toBe('CC BY-SA 4.0');
    expect(header.source).toContain('wordfreq');
    expect(bands.map((b) => b[0])).toEqual([...bands.map((b) => b[0])].sort((a, b) => b - a));
    expect(bands.at(-1)![0]).toBeGreaterThanOrEqual(header.floor * 10);
    const all: string[] = [];
    for (const [, stems, other] of bands) {
      for (const list of [stems, other]) {
        const words = list ? list.split(' ') : [];
        expect(words.join(' ')).toBe([...words].sort((a, b) => a.localeCompare(b, 'nl')).join(' '));
        all.push(...words);
      }
    }
    expect(new Set(all).size).toBe(all.length);
    for (const w of all) expect(w).toMatch(/^\p{Ll}{3,}$/u);
  });
});

describe('how common a word is', () => {
  it('judges a word by its most frequent obvious form', () => {
    expect(zipfOf('aanvragen')).toBeGreaterThanOrEqual(zipfOfForm('aanvraag'));
    expect(zipfOf('uitkeringen')).toBeGreaterThanOrEqual(zipfOfForm('uitkering'));
    expect(zipfOf('ingediende')).toBeGreaterThanOrEqual(zipfOfForm('indienen'));
    expect(zipfOf('woordje')).toBeGreaterThanOrEqual(zipfOfForm('woord'));
    expect(zipfOf('brieven')).toBeGreaterThanOrEqual(zipfOfForm('brief'));
    expect(zipfOf('voorwaarden')).toBeGreaterThanOrEqual(zipfOfForm('voorwaarde'));
    // A separable verb written joined, after "er", and a superlative.
    expect(zipfOf('terugbetaalt')).toBeGreaterThanOrEqual(zipfOfForm('terugbetalen'));
    expect(zipfOf('eruitzag')).toBeGreaterThanOrEqual(zipfOfForm('uitzien'));
    expect(zipfOf('dringendste')).toBeGreaterThanOrEqual(zipfOfForm('dringend'));
    // A stem or a past as the whole word, by its verb.
    expect(zipfOf('verleng')).toBeGreaterThanOrEqual(zipfOfForm('verlengen'));
    expect(zipfOf('meega')).toBeGreaterThanOrEqual(zipfOfForm('meegaan'));
    // "mee" before a verb adds what it says; a diminutive of a plural-only noun.
    expect(zipfOf('meetrainen')).toBeGreaterThanOrEqual(zipfOfForm('trainen'));
    expect(zipfOf('kleertjes')).toBeGreaterThanOrEqual(zipfOfForm('kleren'));
    // Only a particle comes off: "erkende" is not "kende".
    expect(formsOf('erkende')).not.toContain('kennen');
    expect(formsOf('eruitzag')).toContain('uitzien');
  });

  it('splits compounds into known words, with linking letters', () => {
    const written = (w: string) => compoundParts(w)?.map((p) => p.written);
    expect(written('werkloosheidsuitkering')).toEqual(['werkloosheids', 'uitkering']);
    expect(written('verblijfskaart')).toEqual(['verblijfs', 'kaart']);
    expect(written('boekenkast')).toEqual(['boeken', 'kast']);
    expect(written('jobdag')).toEqual(['job', 'dag']);
    // The last part inflects, also a plural in -n: not "voorwaar·den".
    expect(written('inkomensvoorwaarden')).toEqual(['inkomens', 'voorwaarden']);
    // A rare part ("staving"), a prefix ("on-") or a particle ("aan-") is no way out of being rare.
    expect(compoundParts('stavingsstukken')).toBeUndefined();
    expect(compoundParts('onontvankelijk')).toBeUndefined();
    expect(compoundParts('aanmaak')).toBeUndefined();
    // A verb's stem before a noun, but not before a verb form ("voorlegging" is "voorleggen" with -ing).
    expect(written('inleverbus')).toEqual(['inlever', 'bus']);
    expect(compoundParts('voorlegging')).toBeUndefined();
    // A past is no last part: "verstrekkende" is not "vers·trek·kende".
    expect(compoundParts('verstrekkende')).toBeUndefined();
  });
});

describe('rare-word', () => {
  it('flags a word once per text', () => {
    expect(rare('Er zijn stavingsstukken nodig. Stuur de stavingsstukken snel.')).toEqual(['stavingsstukken']);
  });

  it('follows the reader profile: A2 is stricter than B1, a general public looser', () => {
    // Zipf values: bijscholing 3.0–3.1, uittreksel 2.7; short enough for long-word at every level.
    const text = 'U volgt een bijscholing. Breng een uittreksel mee.';
    const at = (p: 'nt2-a2' | 'b1' | 'general') => rare(text, applyProfile(defaultSettings, p));
    expect(at('nt2-a2')).toEqual(['bijscholing', 'uittreksel']);
    expect(at('b1')).toEqual(['uittreksel']);
    expect(at('general')).toEqual([]);
  });

  it("leaves the user's own words, ignored words and switched-off terms alone", () => {
    const text = 'Uw huurpremie is een laagdrempelig aanbod.';
    const words = (extra: UserEntry[], disabledTerms: string[] = []) => ({ extraEntries: extra, disabledTerms, ignoredWords: [] });
    const found = (checker: Checker) => checker.check(text).findings.map((f) => `${f.rule}:${f.text}`);
    expect(found(createUserChecker(defaultSettings, undefined))).toEqual(['jargon:huurpremie', 'rare-word:laagdrempelig']);
    expect(found(createUserChecker({ ...defaultSettings, ignoredWords: ['laagdrempelig'] }, undefined))).toEqual(['jargon:huurpremie']);
    const own = createUserChecker(defaultSettings, words([{ term: 'laagdrempelig', alternatives: ['voor iedereen'] }]));
    expect(found(own)).toEqual(['jargon:huurpremie', 'jargon:laagdrempelig']);
    // Switched off: the user finds "huurpremie" fine, so it is no rare word either (its Zipf value is below 3).
    expect(zipfOf('huurpremie')).toBeLessThan(3);
    expect(found(createUserChecker(defaultSettings, words([], ['huurpremie'])))).toEqual(['rare-word:laagdrempelig']);
  });

  it('takes the everyday words of Flanders as common, in their other forms too', () => {
    // Rare in the corpora, everyday in Antwerp (dictionaries/flemish-common.json).
    expect(zipfOf('uitstap')).toBeGreaterThanOrEqual(4);
    expect(zipfOf('uitstappen')).toBeGreaterThanOrEqual(4);
    const found = check('De klas gaat op uitstap. Breng je boekentas en een pamper voor de kleinste mee.').findings;
    expect(found.filter((f) => f.rule === 'rare-word')).toEqual([]);
  });

  it('names the plainer word of the word data for another form of the word, as advice', () => {
    // "klusjesmannen" counts as "klusjesman", Zipf 3.0: rare for 15 per ten million (Zipf 3.18), too short for long-word.
    const own = createUserChecker(
      { ...defaultSettings, ruleOptions: { 'rare-word': { perTenMillion: 15 } } },
      {
        extraEntries: [{ term: 'klusjesman', alternatives: ['vakman'] }],
        disabledTerms: [],
        ignoredWords: [],
      },
    );
    const [finding] = own.check('Wij zoeken klusjesmannen.').findings;
    expect(finding).toMatchObject({ rule: 'rare-word', text: 'klusjesmannen', fixes: [], suggestions: [] });
    expect(finding.message).toContain('‘vakman’');
  });

  it('leaves a word to long-word when that rule flags it, and flags it when that rule is off', () => {
    const text = 'Stuur ons de stavingsstukken.';
    const a2 = applyProfile(defaultSettings, 'nt2-a2');
    const rules = (settings: object) => check(text, { lang: 'nl', settings }).findings.map((f) => f.rule);
    expect(rules(a2)).toEqual(['long-word']);
    expect(rules({ ...a2, disabledRules: ['long-word'] })).toEqual(['rare-word']);
  });
});
