/**
 * `npm run eval`: recall and false alarms per rule on the development set and on the held-out set.
 * Add `--verbose` to list the misses and false alarms of the development set.
 */
import { evaluate, loadSentences, MAX_FALSE_ALARMS_PER_25_CLEAN, RECALL_TARGETS, type EvalSet } from './evaluate';

const TITLES: Record<EvalSet, string> = {
  sentences: 'development set (tests/eval/sentences.json)',
  holdout: 'held-out set (tests/eval/holdout.json)',
};
const pad = (s: string | number, n: number) => String(s).padEnd(n);

function report(set: EvalSet): boolean {
  const result = evaluate(loadSentences(set));
  console.log(`\n== ${TITLES[set]}: ${result.sentences} sentences, ${result.clean} clean\n`);
  console.log(`${pad('rule', 17)}${pad('labelled', 10)}${pad('found', 7)}${pad('recall', 8)}${pad('target', 8)}false alarms`);
  let ok = true;
  for (const r of result.rules) {
    const target = RECALL_TARGETS[r.rule];
    const pass = r.recall >= target;
    ok &&= pass;
    console.log(
      `${pad(r.rule, 17)}${pad(r.labelled, 10)}${pad(r.found, 7)}${pad(r.recall.toFixed(2), 8)}${pad(`≥${target}${pass ? '' : ' ✗'}`, 8)}${r.falseAlarms}`,
    );
  }
  const alarmsOk = result.falseAlarmsPer25Clean <= MAX_FALSE_ALARMS_PER_25_CLEAN;
  ok &&= alarmsOk;
  console.log(
    `\nfindings on clean sentences: ${result.cleanFalseAlarms} = ${result.falseAlarmsPer25Clean.toFixed(2)} per 25 clean (target ≤ ${MAX_FALSE_ALARMS_PER_25_CLEAN})${alarmsOk ? '' : ' ✗'}`,
  );
  if (set === 'sentences' && process.argv.includes('--verbose')) {
    console.log(`\nmisses:\n${result.misses.join('\n')}`);
    console.log(`\nfalse alarms:\n${result.alarms.join('\n')}`);
  }
  return ok;
}

const results = (['sentences', 'holdout'] as EvalSet[]).map(report);
process.exitCode = results.every(Boolean) ? 0 : 1;
