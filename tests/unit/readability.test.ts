/** Counts worked out by hand (syllables split as in the Woordenlijst). */
import { describe, expect, it } from 'vitest';
import { check } from '../../engine/index';
import { brouwer, readingLevel, fleschDouma } from '../../engine/readability';
import { countSyllables } from '../../engine/syllables';

describe('syllables', () => {
  it.each([
    ['zee', 1],
    ['ook', 1],
    ['bellen', 2],
    ['idee', 2],
    ['eiland', 2],
    ['België', 3],
    ['ziekenhuis', 3],
    ['formulier', 3],
    ['beïnvloeden', 4],
    ['retourneren', 4],
    ['maatschappelijk', 4],
    ['identiteitskaart', 5],
    ['verblijfsvergunning', 5],
    ['rijksregisternummer', 6],
    ['geïnformeerd', 4],
    ['OCMW', 4],
    ['2026', 1],
    ['Gelieve', 3],
  ])('%s has %i', (word, n) => {
    expect(countSyllables(word)).toBe(n);
  });
});

describe('formulas', () => {
  it('Flesch-Douma and Brouwer follow the published coefficients', () => {
    // 100 words, 5 sentences, 150 syllables.
    expect(fleschDouma(100, 5, 150)).toBeCloseTo(206.84 - 0.77 * 150 - 0.93 * 20, 6);
    expect(brouwer(100, 5, 150)).toBeCloseTo(195 - 2 * 20 - 67 * 1.5, 6);
  });

  it.each([
    [99, 'B1'],
    [80, 'B1'],
    [79.9, 'B2'],
    [60, 'B2'],
    [59.9, 'C1'],
    [-20, 'C1'],
  ])('Flesch-Douma %d needs %s', (score, level) => {
    expect(readingLevel(score)).toBe(level);
  });
});

describe('statistics of a text', () => {
  it('a short plain sentence: 4 words, 6 syllables', () => {
    // Wij(1) bel-len(2) u(1) mor-gen(2)
    const { stats } = check('Wij bellen u morgen.');
    expect(stats).toEqual({ words: 4, sentences: 1, syllables: 6, fleschDouma: 87.6, brouwer: 86.5, level: 'B1' });
  });

  it('officialese: 9 words, 19 syllables, 2 sentences', () => {
    // Ge-lie-ve(3) het(1) for-mu-lier(3) te(1) re-tour-ne-ren(4) | Uw(1) aan-vraag(2) wordt(1) be-han-deld(3)
    const { stats, sentences } = check('Gelieve het formulier te retourneren. Uw aanvraag wordt behandeld.');
    expect(stats).toEqual({ words: 9, sentences: 2, syllables: 19, fleschDouma: 40.1, brouwer: 44.6, level: 'C1' });
    expect(sentences.map((s) => [s.words, s.syllables])).toEqual([
      [5, 12],
      [4, 7],
    ]);
    // 206.84 − 0.77 × 240 − 0.93 × 5 = 17.39
    expect(sentences[0].fleschDouma).toBe(17.4);
  });

  it('counts the body only: not the greeting, the signature or quoted mail', () => {
    const { stats } = check(
      'Beste mevrouw,\nWij bellen u morgen.\n\nMet vriendelijke groeten\nSara Peeters\n\nOp 2 mei 2026 schreef Ali:\n> Wanneer belt u mij?',
    );
    expect(stats.sentences).toBe(1);
    expect(stats.words).toBe(4);
  });

  it('counts each list item as a sentence of its own', () => {
    const { stats } = check('Neem mee:\n- uw identiteitskaart\n- uw loonbrief van maart\n- een attest van de school');
    expect(stats.sentences).toBe(4);
    expect(stats.words).toBe(13);
  });

  it('an empty text has no scores', () => {
    expect(check('').stats).toEqual({ words: 0, sentences: 0, syllables: 0, fleschDouma: 0, brouwer: 0, level: '' });
  });
});
