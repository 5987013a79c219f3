/** The quality targets of the engine issue, on our labelled sentences (tests/eval): development and held-out set. */
import { describe, expect, it } from 'vitest';
import { evaluate, loadSentences, MAX_FALSE_ALARMS_PER_25_CLEAN, RECALL_TARGETS } from '../eval/evaluate';

describe.each(['sentences', 'holdout'] as const)('evaluation set %s', (set) => {
  const result = evaluate(loadSentences(set));
  it('is big enough: at least 150 sentences, 50 of them clean', () => {
    expect(result.sentences).toBeGreaterThanOrEqual(150);
    expect(result.clean).toBeGreaterThanOrEqual(50);
  });
  it.each(result.rules.map((r) => [r.rule, r] as const))('%s reaches its recall target', (rule, score) => {
    expect(score.recall).toBeGreaterThanOrEqual(RECALL_TARGETS[rule]);
  });
  it(`raises at most ${MAX_FALSE_ALARMS_PER_25_CLEAN} false alarm per 25 clean sentences`, () => {
    expect(result.falseAlarmsPer25Clean).toBeLessThanOrEqual(MAX_FALSE_ALARMS_PER_25_CLEAN);
  });
});
