/** The part-of-speech tagger: its accuracy on both halves of tests/eval/tagged.json, and the tags rules rely on. */
import fc from 'fast-check';
import retextDutch from 'retext-dutch';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { tagger as data, taggerExtra as extra } from '../../dictionaries/index';
import { CONTEXT_TAG_ARGUMENTS } from '../../dictionaries/schema';
import { toParagraph } from '../../rules/shared/paragraph';
import { tagsOf } from '../../rules/shared/tagger';
import { evaluateTagger, loadTagged, TAGGER_FLOOR } from '../eval/tagger';

const parser = unified().use(retextDutch);
function tags(text: string): string[] {
  const paragraph = toParagraph(text, parser.parse(text));
  return paragraph.sentences.flatMap((s) => s.words.map((w, i) => `${w.value}/${tagsOf(paragraph, s)[i]}`));
}

describe('tagger accuracy on tests/eval/tagged.json', () => {
  it('has at least 1,000 tokens', () => {
    const all = loadTagged();
    expect(all.reduce((n, s) => n + s.tokens.length, 0)).toBeGreaterThanOrEqual(1000);
  });
  it.each(['development', 'held-out'] as const)(`tags at least ${TAGGER_FLOOR * 100}%% of the %s half right`, (half) => {
    const e = evaluateTagger(loadTagged(half));
    expect(e.aligned / e.tokens).toBeGreaterThan(0.98);
    expect(e.accuracy).toBeGreaterThanOrEqual(TAGGER_FLOOR);
  });
});

describe('tags the rules use', () => {
  it('finds participles without ge-, with ge- inside, and far from their auxiliary', () => {
    expect(tags('Aan alle voorwaarden is voldaan.')).toContain('voldaan/VERB:Part');
    expect(tags('Wij hebben nagegaan of u recht hebt.')).toContain('nagegaan/VERB:Part');
    expect(tags('Er wordt van u verwacht dat u komt.')).toContain('verwacht/VERB:Part');
  });
  it('tells auxiliaries from main verbs', () => {
    expect(tags('Ik heb een vraag.')).toContain('heb/VERB:Fin');
    expect(tags('Ik heb de brief gelezen.')).toContain('heb/AUX:Fin');
    expect(tags('Wij kunnen uw aanvraag behandelen.')).toContain('kunnen/AUX:Fin');
  });
  it('tags names, numbers and a command at the start', () => {
    expect(tags('U gaat naar het OCMW van Deurne.')).toEqual(expect.arrayContaining(['OCMW/PROPN', 'Deurne/PROPN']));
    expect(tags('Betaal 12,50 euro.')).toEqual(expect.arrayContaining(['Betaal/VERB:Fin', '12,50/NUM']));
  });
  it('is the same for the same sentence, asked twice', () => {
    const text = 'Het formulier werd door u ingevuld.';
    const paragraph = toParagraph(text, parser.parse(text));
    expect(tagsOf(paragraph, paragraph.sentences[0])).toBe(tagsOf(paragraph, paragraph.sentences[0]));
  });
});

describe('any text', () => {
  const pieces = [
    'Uw',
    'aanvraag',
    'werd',
    'goedgekeurd',
    'vóór',
    'op.',
    'OCMW',
    '€',
    '12,50',
    '😀',
    '\u00AD',
    '\n',
    ', ',
    '. ',
    ' en ',
    ' ',
    'ge',
    '-',
    "'s",
    '(',
    ')',
  ];
  it('gets one tag per word, and tagging never throws', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string()), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const paragraph = toParagraph(text, parser.parse(text));
        for (const sentence of paragraph.sentences) expect(tagsOf(paragraph, sentence)).toHaveLength(sentence.words.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('tagger data', () => {
  const tags = new Set(data.tags.map(([fine]) => fine));
  it('has a coarse tag for every Brill-NL tag, from our tag set', () => {
    const ours = new Set(['NOUN', 'PROPN', 'ADJ', 'ADV', 'ADP', 'ADP:prt', 'DET', 'PRON', 'NUM', 'CCONJ', 'SCONJ', 'PART']);
    for (const t of ['INTJ', 'PUNCT', 'SYM', 'X']) ours.add(t);
    for (const pos of ['VERB', 'AUX']) for (const form of ['Fin', 'Inf', 'Part', 'Ger']) ours.add(`${pos}:${form}`);
    expect(data.tags.filter(([, coarse]) => !ours.has(coarse))).toEqual([]);
  });
  it('keeps our corrections sorted, once each, in known tags and commands', () => {
    const words = extra.lexicon.map(([w]) => w);
    expect(words).toEqual([...words].sort((a, b) => a.localeCompare(b, 'nl')));
    expect(new Set(words).size).toBe(words.length);
    expect(extra.lexicon.filter(([, tag]) => !tags.has(tag))).toEqual([]);
    for (const [from, to, command, x, y] of extra.context) {
      expect(tags.has(from) && tags.has(to), `${from} → ${to}`).toBe(true);
      const args = CONTEXT_TAG_ARGUMENTS[command];
      expect(args, command).toBeDefined();
      if (args[0]) expect(tags.has(x), x).toBe(true);
      if (args[1]) expect(tags.has(y), y).toBe(true);
    }
  });
});
