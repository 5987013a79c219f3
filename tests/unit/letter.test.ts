/** Parts of a letter, case by case (the whole letters of tests/eval/letters*.json are held in eval.test.ts). */
import { describe, expect, it } from 'vitest';
import { splitLetter } from '../../engine/letter';

/** The part of each non-blank line. */
function partsOf(lines: string[]): string[] {
  const text = lines.join('\n');
  const blocks = splitLetter(text);
  let at = 0;
  const parts: string[] = [];
  for (const line of lines) {
    if (line.trim()) parts.push(blocks.find((b) => b.start <= at + line.search(/\S/) && at + line.search(/\S/) < b.end)?.kind ?? 'none');
    at += line.length + 1;
  }
  return parts;
}

const HEAD = ['Woonhaven Antwerpen', 'Lange Lozanastraat 250, 2018 Antwerpen', '', 'Antwerpen, 2 december 2024', ''];
const TAIL = [
  '',
  'Beste familie Mbala',
  '',
  'Vanaf januari betaalt u een nieuwe huurprijs.',
  '',
  'Met vriendelijke groeten',
  'Tom De Smet',
];

describe('a subject without "Betreft:"', () => {
  it.each([
    ['with a date in it', 'Uw huurprijs vanaf 1 januari 2025'],
    ['with a label in front', "Uitnodiging: infosessie 'Werk zoeken in Vlaanderen'"],
    ['with a colon in the middle', 'Hulp bij uw gsm en computer: elke woensdag in het LDC'],
  ])('is the subject %s', (_, subject) => {
    expect(partsOf([...HEAD, subject, ...TAIL])[3]).toBe('subject');
  });

  it.each([
    ['a place and a date', 'Antwerpen, 3 december 2024'],
    ['a reference', 'Ons kenmerk: WH/2024/118'],
    ['a number with its label', 'Huurdersnummer: 204517'],
    ['an addressee', 'Familie Mbala'],
  ])('is not %s', (_, line) => {
    expect(partsOf([...HEAD, line, ...TAIL])[3]).toBe('header');
  });
});

describe('the closing', () => {
  it('takes "Graag tot woensdag!" and what follows it as closing, signature and contact', () => {
    const parts = partsOf([
      'Beste buurtbewoner',
      '',
      'Kom gerust langs.',
      '',
      'Graag tot woensdag!',
      '',
      'Marleen Jacobs',
      'Centrumleider',
      'Tel. 03 338 90 40',
    ]);
    expect(parts).toEqual(['greeting', 'body', 'closing', 'signature', 'signature', 'contact']);
  });
});
