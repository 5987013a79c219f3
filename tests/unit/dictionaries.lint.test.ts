/** The word data is linted like code: canonical format, sorted, unique, complete. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as data from '../../dictionaries/index';
import { compareDutch, formatDictionary } from '../../dictionaries/format';
import { applyFix, check } from '../../engine/index';
import { verb } from '../../rules/shared/verbs';

const dir = join(import.meta.dirname, '..', '..', 'dictionaries');
const isSorted = (keys: string[]) => keys.every((k, i) => i === 0 || compareDutch(keys[i - 1], k) <= 0);
const duplicates = (keys: string[]) => keys.filter((k, i) => keys.indexOf(k) !== i);
const lowerSurface = /^[\p{Ll}\p{N}'’\-/.&]+(?: [\p{Ll}\p{N}'’\-/.&…]+)*$/u;
/** Messages about the text stay neutral: the user picks u or je. */
const pronoun = /\b(?:u|uw|je|jij|jouw|jou)\b/i;

describe.each(Object.entries(data.dictionaryFiles))('%s', (file, entries) => {
  it('is in canonical form (one entry per line, no CR, ends with a newline)', () => {
    const text = readFileSync(join(dir, file), 'utf8');
    expect(text).toBe(formatDictionary(entries as unknown[]));
  });
});

describe('jargon.json', () => {
  const surfaces = data.jargon.flatMap((e) => (e.forms ?? []).map((f) => f[0]));
  const verbs = data.jargon.filter((e) => e.pos === 'verb');
  const nouns = data.jargon.filter((e) => e.pos === 'noun');
  it('has at least 400 headwords, sorted and unique', () => {
    expect(data.jargon.length).toBeGreaterThanOrEqual(400);
    expect(isSorted(data.jargon.map((e) => e.head))).toBe(true);
    expect(duplicates(data.jargon.map((e) => e.head))).toEqual([]);
  });
  it('matches a surface form in two entries only as two senses, each with the context that picks it', () => {
    const conditioned = (e: (typeof data.jargon)[number]) => Boolean(e.unlessPrev ?? e.unlessNext ?? e.ifNext);
    for (const surface of duplicates(surfaces)) {
      const senses = data.jargon.filter((e) => e.forms?.some((f) => f[0] === surface));
      expect(senses.every(conditioned), surface).toBe(true);
    }
    for (const s of surfaces) expect(s).toMatch(lowerSurface);
  });
  it('gives every non-verb form a non-empty alternative, never the form itself', () => {
    for (const entry of data.jargon.filter((e) => e.pos !== 'verb')) {
      expect(entry.forms?.length, entry.head).toBeGreaterThan(0);
      for (const [surface, ...alternatives] of entry.forms!) {
        expect(alternatives.length, surface).toBeGreaterThan(0);
        for (const a of alternatives) {
          expect(a.trim(), surface).toBe(a);
          expect(a.length, surface).toBeGreaterThan(0);
          expect(a, surface).not.toBe(surface);
        }
      }
    }
  });
  it('gives every noun its gender, and every plain alternative of a noun its own article', () => {
    for (const entry of nouns) {
      expect(['de', 'het'], entry.head).toContain(entry.gender);
      for (const [surface, ...alternatives] of entry.forms!) {
        for (const a of alternatives.filter((x) => !x.includes('…'))) expect(a, surface).toMatch(/^(?:de|het) \S/);
      }
    }
  });
  it('knows every verb and every verb alternative in the conjugation table, and what it governs', () => {
    for (const entry of verbs) {
      expect(entry.forms, entry.head).toBeUndefined();
      expect(verb(entry.head), entry.head).toBeDefined();
      expect(entry.to?.length, entry.head).toBeGreaterThan(0);
      for (const to of entry.to!) expect(verb(to), `${entry.head} → ${to}`).toBeDefined();
      if (entry.becomes !== undefined) expect(entry.governs, entry.head).toBeDefined();
      if (entry.governs === 'te') expect(['', 'te'], entry.head).toContain(entry.becomes ?? 'te');
    }
    for (const entry of data.jargon.filter((e) => e.pos !== 'verb')) {
      expect(entry.to ?? entry.governs ?? entry.becomes, entry.head).toBeUndefined();
    }
  });
  it('writes every row of the conjugation tables with seven lower-case forms', () => {
    for (const row of [...data.verbs, ...data.verbsExtra]) {
      expect(row, row[0]).toHaveLength(7);
      for (const form of row) expect(form, row[0]).toMatch(/^[\p{Ll}' -]+$/u);
    }
    expect(duplicates(data.verbsExtra.map((r) => r[0]))).toEqual([]);
  });
  it('keeps notes short and neutral', () => {
    for (const entry of data.jargon.filter((e) => e.note)) {
      expect(entry.note!.length, entry.head).toBeLessThan(160);
      expect(entry.note!, entry.head).not.toMatch(pronoun);
    }
  });
  it('handles inflections and context named in the brief', () => {
    const forms = new Map(data.jargon.flatMap((e) => (e.forms ?? []).map((f) => [f[0], f.slice(1)] as const)));
    expect(data.jargon.find((e) => e.head === 'verzoeken')?.to).toContain('vragen');
    expect(forms.has('uw schrijven')).toBe(true);
    expect(forms.has('schrijven')).toBe(false);
    expect(data.jargon.find((e) => e.head === 'voldoen')?.unlessNext).toContain('aan');
    expect(data.jargon.find((e) => e.head === 'dienen')).toMatchObject({ governs: 'te', becomes: '' });
    expect(data.jargon.find((e) => e.head === 'aanslagbiljet')).toMatchObject({ gender: 'het' });
  });
});

describe('explain.json', () => {
  it('has at least 40 terms with a short, neutral explanation and no clash with jargon', () => {
    expect(data.explain.length).toBeGreaterThanOrEqual(40);
    expect(isSorted(data.explain.map((e) => e.term.toLowerCase()))).toBe(true);
    const jargonSurfaces = new Set(data.jargon.flatMap((e) => (e.forms ?? []).map((f) => f[0])));
    const forms = data.explain.flatMap((e) => e.forms);
    expect(duplicates(forms)).toEqual([]);
    for (const entry of data.explain) {
      expect(entry.explanation.length, entry.term).toBeLessThan(120);
      expect(entry.explanation, entry.term).not.toMatch(pronoun);
      for (const form of entry.forms) {
        expect(form).toMatch(lowerSurface);
        expect(jargonSurfaces.has(form), form).toBe(false);
      }
    }
    for (const term of ['leefloon', 'ocmw', 'vdab', 'inburgering', 'verblijfsvergunning', 'rijksregisternummer', 'huurwaarborg']) {
      expect(forms, term).toContain(term);
    }
  });
});

describe('applying a suggestion never creates a new finding', () => {
  // What the engine itself flags in the words (jargon in context, with the rule's own conditions, and abbreviations).
  const flaggedWords = (text: string) =>
    check(text, { lang: 'nl' })
      .findings.filter((f) => f.rule === 'jargon' || f.rule === 'abbreviation')
      .map((f) => f.text.toLowerCase());
  it('explanations use no term that is itself jargon or needs explaining', () => {
    const offenders = data.explain.flatMap((e) => flaggedWords(e.explanation).map((w) => `${e.term}: ${w}`));
    expect(offenders).toEqual([]);
  });
  it('jargon alternatives are not jargon themselves', () => {
    const offenders = data.jargon.flatMap((e) =>
      (e.forms ?? [['', ...(e.to ?? [])] as const]).flatMap(([, ...alternatives]) =>
        alternatives.flatMap((a) => flaggedWords(a.replace('…', ' ')).map((w) => `${e.head} → ${a}: ${w}`)),
      ),
    );
    expect(offenders).toEqual([]);
  });
});

describe('every abbreviation and stock phrase, written out by its first fix, brings no new finding', () => {
  const findingsIn = (text: string) => check(text, { lang: 'nl' }).findings;
  it.each(data.abbreviations.map((e) => [e.abbr] as const))('%s', (abbr) => {
    const text = `Wij bellen u ${abbr} morgen.`;
    const before = findingsIn(text);
    const finding = before.find((f) => f.rule === 'abbreviation');
    if (!finding?.fixes[0]) return; // advice only: nothing is written
    const after = applyFix(text, finding.fixes[0]);
    expect(findingsIn(after).length, after).toBeLessThan(before.length);
  });
  it.each(data.stockPhrases.map((e) => [e.phrase] as const))('%s', (phrase) => {
    const text = `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)} het formulier.`;
    const before = findingsIn(text);
    const finding = before.find((f) => f.rule === 'stock-phrase');
    if (!finding?.fixes[0]) return;
    const after = applyFix(text, finding.fixes[0]);
    expect(findingsIn(after).length, after).toBeLessThan(before.length);
  });
});

describe('abbreviations.json', () => {
  it('has at least 80 abbreviations, sorted, unique, each written out', () => {
    expect(data.abbreviations.length).toBeGreaterThanOrEqual(80);
    const keys = data.abbreviations.map((e) => e.abbr);
    expect(isSorted(keys)).toBe(true);
    expect(duplicates(keys)).toEqual([]);
    for (const e of data.abbreviations) {
      expect(e.abbr).toBe(e.abbr.toLowerCase());
      expect(e.full.length, e.abbr).toBeGreaterThan(0);
      for (const full of e.full) expect(full.length, e.abbr).toBeGreaterThan(e.abbr.replace(/\W/g, '').length);
    }
    for (const abbr of ['o.a.', 'bv.', 'm.b.t.', 'i.v.m.', 't.e.m.', 'a.u.b.', 'z.s.m.', 'enz.']) expect(keys).toContain(abbr);
  });
});

describe('stock-phrases.json', () => {
  it('has at least 40 phrases, sorted, unique, with neutral advice', () => {
    expect(data.stockPhrases.length).toBeGreaterThanOrEqual(40);
    const keys = data.stockPhrases.map((e) => e.phrase);
    expect(isSorted(keys)).toBe(true);
    expect(duplicates(keys)).toEqual([]);
    for (const e of data.stockPhrases) {
      expect(e.phrase).toMatch(lowerSurface);
      expect(e.advice).toMatch(/^\p{Lu}.*[.!?]$/u);
      for (const a of e.alternatives) expect(a.length, e.phrase).toBeGreaterThan(0);
    }
  });
});

describe('light-verbs.json and nominalizations.json', () => {
  it('are sorted and unique, and name the infinitive first', () => {
    const keys = data.lightVerbs.map((e) => `${e.noun} ${e.verbForms[0]}`);
    expect(isSorted(keys)).toBe(true);
    expect(duplicates(keys)).toEqual([]);
    for (const e of data.lightVerbs) {
      expect(e.verbForms[0], e.noun).toMatch(/en$/);
      expect(e.verb, e.noun).toMatch(/en$/);
    }
    const nouns = data.nominalizations.map((e) => e.noun);
    expect(isSorted(nouns)).toBe(true);
    expect(duplicates(nouns)).toEqual([]);
  });
});

describe('common-words.json', () => {
  it('lists long everyday words, sorted and unique', () => {
    expect(data.commonWords.length).toBeGreaterThanOrEqual(200);
    expect(isSorted([...data.commonWords])).toBe(true);
    expect(duplicates([...data.commonWords])).toEqual([]);
    for (const w of data.commonWords) expect(w).toMatch(/^\p{Ll}{13,}$/u);
  });
  it('has no word that jargon.json calls officialese', () => {
    const officialese = new Set(data.jargon.flatMap((e) => [e.head, ...(e.forms ?? []).map((f) => f[0])]));
    expect(data.commonWords.filter((w) => officialese.has(w))).toEqual([]);
  });
});

describe('names.json', () => {
  it('lists names of bodies and services as written, sorted and unique, without acronyms', () => {
    expect(data.names.length).toBeGreaterThanOrEqual(50);
    expect(isSorted(data.names.map((n) => n.toLowerCase()))).toBe(true);
    expect(duplicates(data.names)).toEqual([]);
    for (const name of data.names) {
      // As the body writes it: with a capital, or in lower case where that is the name ("itsme", "eBox").
      expect(name).toMatch(/^\p{L}[\p{L}&' -]+$/u);
      expect(name, 'acronyms get their explanation instead').not.toMatch(/^\p{Lu}+$/u);
    }
  });
});

describe('flemish-common.json', () => {
  it('lists base forms in lower case, sorted and unique', () => {
    expect(isSorted([...data.flemishCommon])).toBe(true);
    expect(duplicates([...data.flemishCommon])).toEqual([]);
    // Three letters at least: a Flemish word counts as an everyday part of a compound ("bib·kaart").
    for (const w of data.flemishCommon) expect(w).toMatch(/^\p{Ll}{3,}$/u);
  });
});

describe('participles.json', () => {
  const words = data.participles.map((e) => e.word);
  it('lists each word once, sorted, in lower case, with a known kind', () => {
    expect(isSorted(words)).toBe(true);
    expect(duplicates(words)).toEqual([]);
    for (const e of data.participles) {
      expect(e.word).toMatch(/^\p{Ll}+$/u);
      expect(['not-participle', 'state', 'perfect-with-zijn']).toContain(e.kind);
    }
  });
});
