/** One place, one underline: the most important finding is drawn where boxes overlap on a line. */
import { describe, expect, it } from 'vitest';
import { MARK_PRIORITY, RULE_IDS, type RuleId } from '../../contract/index';
import type { Mark } from '../../page/overlay';
import { oneMarkPerPlace } from '../../page/one-mark';

const mark = (rule: RuleId, left: number, width: number, top = 100, active = false): Mark => ({
  rule,
  look: { color: '#000', line: 'solid' },
  box: { left, top, width, height: 18 },
  active,
});
const spans = (marks: Mark[]) => marks.map((m) => `${m.rule} ${m.box.left}-${m.box.left + m.box.width}`).sort();

describe('one mark per place', () => {
  it('cuts a long sentence around the hard word inside it', () => {
    const out = oneMarkPerPlace([mark('long-sentence', 0, 300), mark('jargon', 100, 60)]);
    expect(spans(out)).toEqual(['jargon 100-160', 'long-sentence 0-100', 'long-sentence 160-300']);
  });

  it('draws overlapping words in the style of the most important rule only', () => {
    // "in behandeling genomen kan worden": jargon over all, nominalization and passive inside it.
    const out = oneMarkPerPlace([mark('passive-voice', 120, 80), mark('nominalization', 20, 80), mark('jargon', 0, 140)]);
    expect(spans(out)).toEqual(['jargon 0-140', 'passive-voice 140-200']);
  });

  it('keeps marks on other lines, and the finding the card is on wins', () => {
    const out = oneMarkPerPlace([mark('long-sentence', 0, 300, 100), mark('jargon', 0, 50, 130), mark('long-word', 10, 40, 100, true)]);
    expect(spans(out)).toEqual(['jargon 0-50', 'long-sentence 0-10', 'long-sentence 50-300', 'long-word 10-50']);
  });

  it('has a fixed order with every rule in it once', () => {
    expect([...MARK_PRIORITY].sort()).toEqual([...RULE_IDS].sort());
  });
});
