/** Any string: no throw, offsets in bounds, `text` is the exact slice, every finding inside its own part. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, createChecker } from '../../engine/index';
import type { CheckResult } from '../../contract/index';

function assertWellFormed(input: string, result: CheckResult) {
  for (const f of result.findings) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(input.length);
    expect(f.text).toBe(input.slice(f.start, f.end));
    expect(typeof f.message).toBe('string');
    expect(Array.isArray(f.suggestions)).toBe(true);
  }
  // The parts: in order, apart, within the text; each finding inside one part that is not quoted mail.
  let previousEnd = 0;
  for (const block of result.blocks) {
    expect(block.start).toBeGreaterThanOrEqual(previousEnd);
    expect(block.end).toBeGreaterThan(block.start);
    expect(block.end).toBeLessThanOrEqual(input.length);
    previousEnd = block.end;
  }
  for (const f of result.findings) {
    const home = result.blocks.find((b) => b.start <= f.start && f.end <= b.end);
    expect(home, `${f.rule} "${f.text}" lies in one part`).toBeDefined();
    expect(home!.kind).not.toBe('quote');
  }
  // Sentences and parts are both in text order: one walk over the parts (a search per sentence made this quadratic).
  let at = 0;
  for (const s of result.sentences) {
    while (at < result.blocks.length && result.blocks[at].end < s.end) at++;
    expect(at < result.blocks.length && result.blocks[at].start <= s.start && s.end <= result.blocks[at].end).toBe(true);
  }
  for (const value of [result.stats.words, result.stats.sentences, result.stats.syllables]) {
    expect(Number.isInteger(value) && value >= 0).toBe(true);
  }
  expect(Number.isFinite(result.stats.fleschDouma)).toBe(true);
  expect(Number.isFinite(result.stats.brouwer)).toBe(true);
}

// Pieces that make real trouble: officialese, abbreviations, line breaks of every kind, emoji,
// right-to-left text, combining marks, non-breaking spaces, lone surrogates and pasted HTML.
const pieces = [
  'Gelieve',
  'het formulier',
  'te retourneren',
  'teneinde',
  'o.a.',
  'bv.',
  'enz.',
  'U',
  'je',
  'wordt',
  'behandeld',
  'niet onmogelijk',
  'leefloon',
  'OCMW',
  'toegankelijkheidsonderzoek',
  'hierbij delen wij u mee dat',
  '.',
  ',',
  '?',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '\u2028',
  '\u00A0',
  '\t',
  ' ',
  '😀',
  '👩🏽‍💻',
  'שלום',
  'مرحبا',
  'e\u0301',
  'ï',
  '\uD800',
  '\uDC00',
  '<p>Beste <b>mevrouw</b></p>',
  '&nbsp;',
  '"',
  '(',
  ')',
  '…',
  '–',
  '9.30 u',
  '14 u',
  '\u200B',
  '\uFEFF',
  'The form',
  'is sent',
  // Letter parts: greeting, closing, signature delimiter, quoted mail, list items, contact data.
  'Geachte mevrouw,',
  'Beste Ali,',
  'Met vriendelijke groeten',
  'Groetjes,',
  '-- ',
  '> ',
  'Op 2 mei 2026 schreef Ali <ali@example.be>:',
  '---------- Doorgestuurd bericht ---------',
  'Van: Sara',
  'Aan: Ali',
  'Onderwerp:',
  'Betreft:',
  '- ',
  '1. ',
  'a) ',
  'Neem mee:',
  'Tel. 03 338 12 34',
  'BE68 5390 0754 7034',
  '2000 Antwerpen',
  'Mechelsesteenweg 27 bus 2',
];
const textArb = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string(), fc.string({ unit: 'binary' })), { maxLength: 40 })
  .map((parts) => parts.join(' '));
/** Text cut into lines, the way letters are: the letter pieces land at the start of lines. */
const letterArb = fc.array(textArb, { minLength: 1, maxLength: 12 }).map((lines) => lines.join('\n'));

describe('engine properties', () => {
  it('never throws and keeps offsets exact on generated text', () => {
    fc.assert(
      fc.property(textArb, fc.constantFrom('nl', 'en', 'auto') as fc.Arbitrary<'nl' | 'en' | 'auto'>, (input, lang) => {
        assertWellFormed(input, check(input, { lang }));
      }),
      { numRuns: 400 },
    );
  });

  it('puts every finding inside its own part of a letter', () => {
    fc.assert(
      fc.property(letterArb, (input) => {
        assertWellFormed(input, check(input));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same findings from the cache as from a fresh check, after any edit', () => {
    const checker = createChecker();
    fc.assert(
      fc.property(fc.array(textArb, { minLength: 1, maxLength: 6 }), fc.nat(), textArb, (paragraphs, which, replacement) => {
        const before = paragraphs.join('\n\n');
        checker.check(before);
        const edited = paragraphs.map((p, i) => (i === which % paragraphs.length ? replacement : p)).join('\n\n');
        const cached = checker.check(edited);
        assertWellFormed(edited, cached);
        expect(cached).toEqual(check(edited));
      }),
      { numRuns: 150 },
    );
  });

  it('handles the empty string and whitespace', () => {
    for (const input of ['', ' ', '\n\n\n', '\r\n', '\u00A0\u00A0', '.', '😀']) {
      const result = check(input);
      assertWellFormed(input, result);
      expect(result.findings).toEqual([]);
    }
  });

  // The 2 MB case is in `npm run bench:large`.
  it('handles a 200 KB text', () => {
    const paragraph =
      'Gelieve het formulier te retourneren teneinde uw dossier te kunnen behandelen. Uw aanvraag wordt door ons behandeld, o.a. uw leefloon. 😀 שלום\r\n';
    let input = '';
    while (input.length < 200_000) input += paragraph + (input.length % 3 === 0 ? '\n' : '');
    const result = check(input, { lang: 'auto' });
    assertWellFormed(input, result);
    expect(result.findings.length).toBeGreaterThan(100);
  });

  // Patterns tried from every letter of one long line once took seconds (an unbounded e-mail pattern in the letter
  // parts: 25 s for this line; "… Dat betekent:" in the explanations: 40 s for the next one; "… Dat is een" after a
  // word: 24 s for both). These checks take under a second; the time limit is a guard against a hang, which the
  // file's 60 s limit let through once.
  it.each([
    ['one 200,000-letter line', 'x'.repeat(200_000)],
    ['one 200,000-letter word in a sentence', `Wij sturen u reeds de brief. ${'abcdefghij'.repeat(20_000)} Gelieve te bellen.`],
    // Too short for a language each: every one looked for the next known language again (28 s).
    ['36,000 short lines', `Wat doet u?\n${'Kijk hier. Dan daar.\n'.repeat(5)}`.repeat(6_000)],
  ])(
    'handles %s',
    (_, input) => {
      const result = check(input);
      assertWellFormed(input, result);
      expect(result.blocks.length).toBeGreaterThan(0);
    },
    10_000,
  );
});
