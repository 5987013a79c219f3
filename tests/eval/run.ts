/**
 * `npm run eval`: recall and false alarms per rule on the development set and on the held-out set.
 * Add `--verbose` to list misses and false alarms of the development set.
 */
import { evaluate, loadSentences, MAX_FALSE_ALARMS_PER_25_CLEAN, RECALL_TARGETS, type EvalSet } from './evaluate';

let ok = true;
for (const set of ['sentences', 'holdout'] as EvalSet[]) ok = report(set) && ok;
process.exitCode = ok ? 0 : 1;

function report(set: EvalSet): boolean {
const result = evaluate(loadSentences(set));
const pad = (s: string | number, n: number) => String(s).padEnd(n);
console.log(`\n== ${set === 'sentences' ? 'development set (tests/eval/sentences.json)' : 'held-out set (tests/eval/holdout.json)'}: ${result.sentences} sentences, ${result.clean} clean\n`);
console.log(`${pad('rule', 17)}${pad('labelled', 10)}${pad('found', 7)}${pad('recall', 8)}${pad('target', 8)}false alarms`);
let ok = true;
for (const r of result.rules) {
  const target = RECALL_TARGETS[r.rule];
  const pass = r.recall >= target;
  ok &&= pass;
  console.log(`${pad(r.rule, 17)}${pad(r.labelled, 10)}${pad(r.found, 7)}${pad(r.recall.toFixed(2), 8)}${pad(`≥${target}${pass ? '' : ' ✗'}`, 8)}${r.falseAlarms}`);
}
const alarmsOk = result.falseAlarmsPer25Clean <= MAX_FALSE_ALARMS_PER_25_CLEAN;
ok &&= alarmsOk;
console.log(
  `\nfindings on clean sentences: ${result.cleanFalseAlarms} = ${result.falseAlarmsPer25Clean.toFixed(2)} per 25 clean (target ≤ ${MAX_FALSE_ALARMS_PER_25_CLEAN})${alarmsOk ? '' : ' ✗'}`,
);
if (set === 'sentences' && process.argv.includes('--verbose')) {
  console.log('\nmisses:\n' + result.misses.join('\n'));
  console.log('\nfalse alarms:\n' + result.alarms.join('\n'));
}
return ok;
}
