/** The trainer page's logic: pieces to mark, hardest sentences, before/after, presentation keys and the category cycle. */
import { describe, expect, it } from 'vitest';
import { check } from '../../engine/index';
import { RULE_IDS, Finding, RuleId } from '../../contract/index';
import { afterParts, beforeParts, changedPlaces, summarize, wordDiff } from '../../ui/trainer/compare';
import { EXAMPLE_LETTERS } from '../../ui/trainer/example-letters';
import { endsLikeSentence, hardestSentences, preview } from '../../ui/trainer/hardest';
import { originalAfterEdit } from '../../ui/trainer/original';
import { actionFor, cycleCategory, soloCategory, step } from '../../ui/trainer/presentation';
import { inReadingOrder, segments } from '../../ui/trainer/segments';

const finding = (rule: RuleId, text: string, start: number, end: number): Finding => ({
  rule,
  start,
  end,
  text: text.slice(start, end),
  message: '',
  suggestions: [],
  fixes: [],
});

describe('segments', () => {
  const text = 'Wij sturen u reeds de brief teneinde alles te regelen.';
  const sentence = finding('long-sentence', text, 0, text.length);
  const reeds = finding('jargon', text, 13, 18);

  it('covers the text exactly, in order, and marks each piece with the shortest finding', () => {
    const pieces = segments(text, [sentence, reeds]);
    expect(pieces.map((p) => text.slice(p.start, p.end)).join('')).toBe(text);
    expect(pieces.find((p) => text.slice(p.start, p.end) === 'reeds')?.finding).toBe(reeds);
    expect(pieces.filter((p) => p.finding === sentence).length).toBe(2);
  });

  it('lets the preferred finding win where it covers a piece', () => {
    const pieces = segments(text, [sentence, reeds], { prefer: sentence });
    expect(pieces.every((p) => p.finding === sentence)).toBe(true);
  });

  it('cuts at extra places, so a sentence can be pointed at', () => {
    const pieces = segments(text, [], { cuts: [4, 10, 0, 999] });
    expect(pieces.map((p) => [p.start, p.end])).toEqual([
      [0, 4],
      [4, 10],
      [10, text.length],
    ]);
  });

  it('covers every example letter exactly with what the engine finds', () => {
    for (const letter of EXAMPLE_LETTERS) {
      const { findings } = check(letter.text);
      const pieces = segments(letter.text, findings);
      expect(pieces.map((p) => letter.text.slice(p.start, p.end)).join(''), letter.id).toBe(letter.text);
      // Every finding shows somewhere when it is the one being shown.
      for (const f of findings) expect(segments(letter.text, findings, { prefer: f }).some((p) => p.finding === f)).toBe(true);
    }
  });

  it('orders findings by where they start, the longer first', () => {
    const order = inReadingOrder([reeds, sentence]);
    expect(order).toEqual([sentence, reeds]);
  });
});

describe('hardest sentences', () => {
  it('puts the lowest Flesch-Douma first and keeps at most the limit', () => {
    for (const letter of EXAMPLE_LETTERS) {
      const result = check(letter.text);
      const hardest = hardestSentences(letter.text, result.sentences, 5);
      const candidates = result.sentences.filter((s) => s.words > 0 && endsLikeSentence(letter.text.slice(s.start, s.end)));
      expect(candidates.length, letter.id).toBeGreaterThan(0);
      expect(hardest.length).toBe(Math.min(5, candidates.length));
      const lowest = Math.min(...candidates.map((s) => s.fleschDouma));
      expect(hardest[0].fleschDouma, letter.id).toBe(lowest);
      for (let i = 1; i < hardest.length; i++) expect(hardest[i].fleschDouma).toBeGreaterThanOrEqual(hardest[i - 1].fleschDouma);
      for (const s of hardest) expect(letter.text.slice(s.start, s.end).trim()).toBe(s.text);
    }
  });

  it('breaks a tie with the longer sentence', () => {
    const sentences = [
      { start: 0, end: 5, words: 2, syllables: 4, fleschDouma: 40, brouwer: 50 },
      { start: 6, end: 20, words: 9, syllables: 18, fleschDouma: 40, brouwer: 50 },
    ];
    expect(hardestSentences('x'.repeat(20), sentences).map((s) => s.number)).toEqual([2, 1]);
  });

  it('leaves out greetings and signatures, unless nothing else is left', () => {
    expect(endsLikeSentence('Geachte heer,')).toBe(false);
    expect(endsLikeSentence('Karim El Amrani, maatschappelijk werker OCMW Antwerpen')).toBe(false);
    expect(endsLikeSentence('Kom je ook?')).toBe(true);
    expect(endsLikeSentence('Hij zei: ‘Kom maar.’')).toBe(true);
    const text = 'Geachte heer,\nKom morgen.';
    const sentences = [
      { start: 0, end: 13, words: 2, syllables: 5, fleschDouma: 10, brouwer: 10 },
      { start: 14, end: 25, words: 2, syllables: 3, fleschDouma: 90, brouwer: 90 },
    ];
    expect(hardestSentences(text, sentences).map((s) => s.text)).toEqual(['Kom morgen.']);
    expect(hardestSentences(text, sentences.slice(0, 1)).map((s) => s.text)).toEqual(['Geachte heer,']);
  });

  it('shortens a long sentence for the list', () => {
    expect(preview('een twee drie', 12)).toBe('een twee drie');
    expect(preview('een twee drie vier', 2)).toBe('een twee …');
  });
});

describe('before and after', () => {
  it('marks the replaced word as deleted and the new word as inserted', () => {
    const parts = wordDiff('Wij sturen u reeds de brief.', 'Wij sturen u al de brief.');
    expect(parts.filter((p) => p.kind === 'deleted').map((p) => p.text.trim())).toEqual(['reeds']);
    expect(parts.filter((p) => p.kind === 'inserted').map((p) => p.text.trim())).toEqual(['al']);
  });

  it('counts the places that changed, not the pieces', () => {
    const parts = wordDiff('Met betrekking tot uw vraag: wij sturen het z.s.m. op.', 'Over uw vraag: wij sturen het zo snel mogelijk op.');
    expect(changedPlaces(parts)).toBe(2);
    expect(changedPlaces(wordDiff('Zelfde tekst.', 'Zelfde tekst.'))).toBe(0);
  });

  it('reads back both texts exactly', () => {
    const before = EXAMPLE_LETTERS[1].text;
    const after = before.replace('derhalve', 'daarom').replace('Met betrekking tot', 'Over');
    const parts = wordDiff(before, after);
    expect(
      beforeParts(parts)
        .map((p) => p.text)
        .join(''),
    ).toBe(before);
    expect(
      afterParts(parts)
        .map((p) => p.text)
        .join(''),
    ).toBe(after);
  });

  it('sums up the scores of a result', () => {
    const result = check(EXAMPLE_LETTERS[0].text);
    const summary = summarize(result);
    expect(summary.words).toBe(result.stats.words);
    expect(summary.fleschDouma).toBe(result.stats.fleschDouma);
    expect(summary.findings).toBe(result.findings.length);
    expect(summary.average).toBeCloseTo(result.stats.words / result.stats.sentences, 1);
    const long = result.sentences.filter((s) => s.words > 20).length;
    expect(summary.longShare).toBe(Math.round((long / result.stats.sentences) * 100));
    expect(summarize(check('')).average).toBe(0);
  });
});

describe('the original', () => {
  it('is a text pasted into an empty box', () => {
    expect(originalAfterEdit('', '', 'Geachte heer,', 'insertFromPaste')).toBe('Geachte heer,');
    expect(originalAfterEdit('oud', ' ', 'Geachte heer,', 'insertFromDrop')).toBe('Geachte heer,');
  });
  it('does not change by typing, nor by pasting into a text', () => {
    expect(originalAfterEdit('oud', '', 'G', 'insertText')).toBe('oud');
    expect(originalAfterEdit('oud', 'Geachte', 'Geachte heer,', 'insertFromPaste')).toBe('oud');
    // Select all, then paste: a new letter, so a new original.
    expect(originalAfterEdit('oud', 'Geachte', 'Beste Karim,', 'insertFromPaste', true)).toBe('Beste Karim,');
    expect(originalAfterEdit('oud', 'Geachte', 'Beste Karim,', 'insertText', true)).toBe('oud');
  });
});

describe('presentation keys', () => {
  it('maps the keys shown on screen', () => {
    expect(actionFor({ key: 'ArrowRight' })).toBe('next');
    expect(actionFor({ key: 'ArrowLeft' })).toBe('previous');
    expect(actionFor({ key: 'v' })).toBe('apply');
    expect(actionFor({ key: 'c' })).toBe('nextCategory');
    expect(actionFor({ key: 'C' })).toBe('previousCategory');
    expect(actionFor({ key: 'a' })).toBe('allCategories');
    expect(actionFor({ key: 'Escape' })).toBe('leave');
    expect(actionFor({ key: 'x' })).toBeUndefined();
  });
  it('leaves typing and browser shortcuts alone', () => {
    expect(actionFor({ key: 'c', target: { tagName: 'TEXTAREA' } })).toBeUndefined();
    expect(actionFor({ key: 'ArrowRight', target: { tagName: 'input' } })).toBeUndefined();
    expect(actionFor({ key: 'v', target: { tagName: 'DIV', isContentEditable: true } })).toBeUndefined();
    expect(actionFor({ key: 'c', ctrlKey: true })).toBeUndefined();
    expect(actionFor({ key: 'c', target: { tagName: 'MARK' } })).toBe('nextCategory');
    // A checkbox of the legend takes no typing: the keys still work there.
    expect(actionFor({ key: 'ArrowRight', target: { tagName: 'INPUT', type: 'checkbox' } })).toBe('next');
    expect(actionFor({ key: 'v', target: { tagName: 'INPUT', type: 'search' } })).toBeUndefined();
  });
  it('steps round through the findings', () => {
    expect(step(undefined, 3, 1)).toBe(0);
    expect(step(undefined, 3, -1)).toBe(2);
    expect(step(2, 3, 1)).toBe(0);
    expect(step(0, 3, -1)).toBe(2);
    expect(step(0, 0, 1)).toBeUndefined();
  });
});

describe('the category cycle', () => {
  const present: RuleId[] = ['jargon', 'passive-voice', 'abbreviation'];
  it('goes all → each category alone → all', () => {
    let hidden: Set<RuleId> = new Set();
    const seen: (RuleId | undefined)[] = [];
    for (let i = 0; i < present.length + 1; i++) {
      hidden = cycleCategory(present, hidden);
      seen.push(soloCategory(present, hidden));
    }
    expect(seen).toEqual(['jargon', 'passive-voice', 'abbreviation', undefined]);
    expect(hidden.size).toBe(0);
  });
  it('goes backwards too, and shows only the one category', () => {
    const last = cycleCategory(present, new Set(), -1);
    expect(soloCategory(present, last)).toBe('abbreviation');
    expect(RULE_IDS.filter((r) => !last.has(r))).toEqual(['abbreviation']);
  });
  it('starts with the first category when some were switched off by hand', () => {
    expect(soloCategory(present, cycleCategory(present, new Set<RuleId>(['jargon'])))).toBe('jargon');
  });
});
