/**
 * `npm run eval`: recall and false alarms per rule on the development set and on the held-out set, then the
 * one-click fixes against the gold fixes, then whole letters (parts, names, false alarms) and what rare-word
 * flags on them. Add `--verbose` to list the misses, false alarms and wrong fixes of the development sets. Last,
 * the part-of-speech tagger against tests/eval/tagged.json, per half.
 */
import { DEFAULT_PROFILE, READER_PROFILES } from '../../engine/index';
import { evaluate, loadSentences, MAX_FALSE_ALARMS_PER_25_CLEAN, RECALL_TARGETS, type EvalSet } from './evaluate';
import { evaluateFixes, FIX_TARGETS, loadGold, type GoldSet } from './fixes';
import { evaluateLetters, LETTER_SETS, LETTER_TARGETS, loadJudgements, loadLetters, type LetterSet } from './letters';
import { scoreLetters } from './rare-words';
import { evaluateTagger, loadTagged, TAGGER_FLOOR, type TaggedHalf } from './tagger';

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

const FIX_TITLES: Record<GoldSet, string> = {
  'gold-fixes': 'gold fixes, development (tests/eval/gold-fixes.json)',
  'gold-fixes-holdout': 'gold fixes, held out (tests/eval/gold-fixes-holdout.json)',
};

function reportFixes(set: GoldSet): boolean {
  const e = evaluateFixes(loadGold(set));
  const share = (n: number, of: number) => `${n}/${of} = ${(of ? n / of : 0).toFixed(3)}`;
  console.log(`\n== ${FIX_TITLES[set]}: ${e.sentences} sentences, ${e.spots} places to change\n`);
  console.log(`first fixes in the gold set:          ${share(e.right, e.fixes)}`);
  console.log(`first fixes right with blind judging: ${share(e.right + e.judgedRight, e.fixes)} (target ≥ ${FIX_TARGETS.judgedAccuracy})`);
  console.log(`advice without a fix at a place:      ${share(e.advice, e.atSpots)} (target ≤ ${FIX_TARGETS.adviceShare})`);
  console.log(
    `  of which terms to explain:          ${e.explainAdvice}; without them ${share(e.advice - e.explainAdvice, e.atSpots - e.explainAdvice)}`,
  );
  console.log(`places found:                         ${share(e.coveredSpots, e.spots)}`);
  if (set === 'gold-fixes' && process.argv.includes('--verbose')) {
    console.log(`\nwrong or not yet judged:\n${e.wrong.map((w) => `${w.id} ${w.rule} "${w.found}" → ${w.result}`).join('\n')}`);
  }
  return e.judgedAccuracy >= FIX_TARGETS.judgedAccuracy && e.adviceShare <= FIX_TARGETS.adviceShare;
}

const LETTER_TITLES: Record<LetterSet, string> = {
  letters: 'letters, development (tests/eval/letters.json)',
  'letters-holdout': 'letters, held out (tests/eval/letters-holdout.json)',
  'letters-fresh': 'letters, fresh (tests/eval/letters-fresh.json)',
  'letters-fresh2': 'letters, fresh, second set (tests/eval/letters-fresh2.json)',
  'letters-fresh3': 'letters, fresh, third set (tests/eval/letters-fresh3.json)',
  'letters-fresh4': 'letters, fresh, fourth set (tests/eval/letters-fresh4.json)',
  'letters-fresh5': 'letters, fresh, fifth set (tests/eval/letters-fresh5.json)',
  'letters-fresh6': 'letters, fresh, sixth set (tests/eval/letters-fresh6.json)',
  'letters-fresh7': 'letters, fresh, seventh set (tests/eval/letters-fresh7.json)',
  'letters-fresh8': 'letters, fresh, eighth set (tests/eval/letters-fresh8.json)',
  'letters-fresh9': 'letters, fresh, ninth set (tests/eval/letters-fresh9.json)',
  'letters-fresh10': 'letters, fresh, tenth set (tests/eval/letters-fresh10.json)',
  'letters-fresh11': 'letters, fresh, eleventh set (tests/eval/letters-fresh11.json)',
  'letters-fresh12': 'letters, fresh, twelfth set (tests/eval/letters-fresh12.json)',
  'letters-fresh13': 'letters, fresh, thirteenth set (tests/eval/letters-fresh13.json)',
  'letters-fresh14': 'letters, fresh, fourteenth set (tests/eval/letters-fresh14.json)',
  'letters-fresh15': 'letters, fresh, fifteenth set (tests/eval/letters-fresh15.json)',
  'letters-fresh16': 'letters, fresh, sixteenth set (tests/eval/letters-fresh16.json)',
  'letters-fresh17': 'letters, fresh, seventeenth set (tests/eval/letters-fresh17.json)',
  'letters-fresh18': 'letters, fresh, eighteenth set (tests/eval/letters-fresh18.json)',
  'letters-fresh19': 'letters, fresh, nineteenth set (tests/eval/letters-fresh19.json)',
  'letters-fresh20': 'letters, fresh, twentieth set (tests/eval/letters-fresh20.json)',
  'letters-fresh21': 'letters, fresh, twenty-first set (tests/eval/letters-fresh21.json)',
  'letters-fresh22': 'letters, fresh, twenty-second set (tests/eval/letters-fresh22.json)',
  'letters-fresh23': 'letters, fresh, twenty-third set (tests/eval/letters-fresh23.json)',
  'letters-fresh24': 'letters, fresh, twenty-fourth set (tests/eval/letters-fresh24.json)',
  'letters-fresh25': 'letters, fresh, twenty-fifth set (tests/eval/letters-fresh25.json)',
  'letters-fresh26': 'letters, fresh, twenty-sixth set (tests/eval/letters-fresh26.json)',
  'letters-fresh27': 'letters, fresh, twenty-seventh set (tests/eval/letters-fresh27.json)',
  'letters-fresh28': 'letters, fresh, twenty-eighth set (tests/eval/letters-fresh28.json)',
  'letters-fresh29': 'letters, fresh, twenty-ninth set (tests/eval/letters-fresh29.json)',
  'letters-fresh30': 'letters, fresh, thirtieth set (tests/eval/letters-fresh30.json)',
  'letters-fresh31': 'letters, fresh, thirty-first set (tests/eval/letters-fresh31.json)',
  'letters-fresh32': 'letters, fresh, thirty-second set (tests/eval/letters-fresh32.json)',
  'letters-fresh33': 'letters, fresh, thirty-third set (tests/eval/letters-fresh33.json)',
  'letters-fresh34': 'letters, fresh, thirty-fourth set (tests/eval/letters-fresh34.json)',
  'letters-fresh35': 'letters, fresh, thirty-fifth set (tests/eval/letters-fresh35.json)',
  'letters-fresh36': 'letters, fresh, thirty-sixth set (tests/eval/letters-fresh36.json)',
  'letters-fresh37': 'letters, fresh, thirty-seventh set (tests/eval/letters-fresh37.json)',
  'letters-fresh38': 'letters, fresh, thirty-eighth set (tests/eval/letters-fresh38.json)',
  'letters-fresh39': 'letters, fresh, thirty-ninth set (tests/eval/letters-fresh39.json)',
  'letters-fresh40': 'letters, fresh, fortieth set (tests/eval/letters-fresh40.json)',
  'letters-fresh41': 'letters, fresh, forty-first set (tests/eval/letters-fresh41.json)',
  'letters-fresh42': 'letters, fresh, forty-second set (tests/eval/letters-fresh42.json)',
  'letters-fresh43': 'letters, fresh, forty-third set (tests/eval/letters-fresh43.json)',
  'letters-fresh44': 'letters, fresh, forty-fourth set (tests/eval/letters-fresh44.json)',
  'letters-fresh45': 'letters, fresh, forty-fifth set (tests/eval/letters-fresh45.json)',
  'letters-fresh46': 'letters, fresh, forty-sixth set (tests/eval/letters-fresh46.json)',
  'letters-fresh47': 'letters, fresh, forty-seventh set (tests/eval/letters-fresh47.json)',
  'letters-fresh48': 'letters, fresh, forty-eighth set (tests/eval/letters-fresh48.json)',
  'letters-fresh49': 'letters, fresh, forty-ninth set (tests/eval/letters-fresh49.json)',
  'letters-fresh50': 'letters, fresh, fiftieth set (tests/eval/letters-fresh50.json)',
  'letters-fresh51': 'letters, fresh, fifty-first set (tests/eval/letters-fresh51.json)',
  'letters-fresh52': 'letters, fresh, fifty-second set (tests/eval/letters-fresh52.json)',
  'letters-fresh53': 'letters, fresh, fifty-third set (tests/eval/letters-fresh53.json)',
  'letters-fresh54': 'letters, fresh, fifty-fourth set (tests/eval/letters-fresh54.json)',
  'letters-fresh55': 'letters, fresh, fifty-fifth set (tests/eval/letters-fresh55.json)',
  'letters-fresh56': 'letters, fresh, fifty-sixth set (tests/eval/letters-fresh56.json)',
  'letters-fresh57': 'letters, fresh, fifty-seventh set (tests/eval/letters-fresh57.json)',
  'letters-fresh58': 'letters, fresh, fifty-eighth set (tests/eval/letters-fresh58.json)',
  'letters-fresh59': 'letters, fresh, fifty-ninth set (tests/eval/letters-fresh59.json)',
  'letters-fresh60': 'letters, fresh, sixtieth set (tests/eval/letters-fresh60.json)',
  'letters-fresh61': 'letters, fresh, sixty-first set (tests/eval/letters-fresh61.json)',
  'letters-fresh62': 'letters, fresh, sixty-second set (tests/eval/letters-fresh62.json)',
  'letters-fresh63': 'letters, fresh, sixty-third set (tests/eval/letters-fresh63.json)',
};

/** All letter sets together: the false alarms and the useful findings the judges saw. */
const pooled = { words: 0, falseAlarms: 0, usefulJudged: 0, usefulLost: 0 };

function reportLetters(set: LetterSet): boolean {
  const r = evaluateLetters(loadLetters(set), loadJudgements());
  pooled.words += r.plainWords;
  pooled.falseAlarms += r.falseAlarms.length;
  pooled.usefulJudged += r.usefulJudged;
  pooled.usefulLost += r.usefulLost.length;
  const mark = (ok: boolean) => (ok ? '' : ' ✗');
  const partsOk = r.partAccuracy >= LETTER_TARGETS.partAccuracy;
  const namesOk = r.nameFindings.length <= LETTER_TARGETS.nameFindings;
  const alarmsOk = r.falseAlarmsPer400 <= LETTER_TARGETS.falseAlarmsPer400;
  console.log(`\n== ${LETTER_TITLES[set]}: ${r.letters} letters, ${r.lines} lines\n`);
  console.log(
    `lines in the right part:         ${r.rightLines}/${r.lines} = ${r.partAccuracy.toFixed(3)} (target ≥ ${LETTER_TARGETS.partAccuracy})${mark(partsOk)}`,
  );
  console.log(`findings on names:               ${r.nameFindings.length} (target ${LETTER_TARGETS.nameFindings})${mark(namesOk)}`);
  const perRule = Object.entries(r.plainByRule)
    .map(([rule, n]) => `${rule} ${n}`)
    .join(', ');
  console.log(
    `plain letters: findings per 100 words: ${r.plainFindings}/${r.plainWords} = ${r.findingsPer100.toFixed(2)} (${perRule || 'none'})`,
  );
  console.log(
    `plain letters: false alarms per 400 words: ${r.falseAlarms.length} = ${r.falseAlarmsPer400.toFixed(2)} (target ≤ ${LETTER_TARGETS.falseAlarmsPer400})${mark(alarmsOk)}`,
  );
  if (process.argv.includes('--verbose')) {
    for (const [title, list] of [
      ['wrong parts', r.wrongParts],
      ['on names', r.nameFindings],
      ['false alarms', r.falseAlarms],
      ['useful findings no longer made', r.usefulLost],
    ] as const) {
      if (list.length) console.log(`\n${title}:\n${list.join('\n')}`);
    }
  }
  return partsOk && namesOk && alarmsOk;
}

/** rare-word on whole letters per reader profile: on plain letters every flag is worth reading as a false alarm. */
function reportRareWords(): void {
  const letters = loadLetters('letters');
  console.log('\n== rare-word on the body lines of tests/eval/letters.json (findings per 100 words)\n');
  for (const profile of READER_PROFILES) {
    const scores = (['plain', 'reply', 'formal'] as const).map((kind) => [kind, scoreLetters(letters, kind, profile)] as const);
    console.log(
      `${pad(profile, 9)}${scores.map(([kind, s]) => `${kind} ${s.flagged.length}/${s.words} = ${s.per100.toFixed(2)}`).join('   ')}`,
    );
    const plain = scores[0][1];
    if (plain.flagged.length > 0) console.log(`${pad('', 9)}plain: ${plain.flagged.join(', ')}`);
    if (profile === DEFAULT_PROFILE || process.argv.includes('--verbose')) {
      console.log(`${pad('', 9)}formal: ${scores[2][1].flagged.join(', ')}`);
    }
  }
}

function reportTagger(half: TaggedHalf): boolean {
  const e = evaluateTagger(loadTagged(half));
  const share = (n: number, of: number) => `${n}/${of} = ${(of ? n / of : 0).toFixed(3)}`;
  console.log(`\n== part-of-speech tagger, ${half} half of tests/eval/tagged.json: ${e.sentences} sentences, ${e.tokens} tokens\n`);
  console.log(`tokens aligned with ours:        ${share(e.aligned, e.tokens)}`);
  console.log(`accuracy on aligned tokens:      ${e.accuracy.toFixed(3)} (floor ${TAGGER_FLOOR})`);
  console.log(`accuracy, unaligned as wrong:    ${e.accuracyAll.toFixed(3)}`);
  console.log(`words (no punctuation):          ${share(e.words.right, e.words.tokens)}`);
  console.log(`  known to the lexicon:          ${share(e.known.right, e.known.tokens)}`);
  console.log(`  unknown (guessed):             ${share(e.unknown.right, e.unknown.tokens)}`);
  console.log(`\n${pad('tag', 11)}${pad('tokens', 8)}accuracy`);
  for (const [tag, c] of [...e.perTag].sort((a, b) => b[1].tokens - a[1].tokens))
    console.log(`${pad(tag, 11)}${pad(c.tokens, 8)}${(c.right / c.tokens).toFixed(2)}`);
  if (e.unaligned.length) console.log(`unaligned: ${e.unaligned.map((u) => u.split('  ←  ')[0]).join(' | ')}`);
  // Only the development half's errors are shown: the held-out half is not for reading (nor for tuning on).
  if (half === 'development') {
    const top = [...e.confusions].sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.log(`most frequent errors (theirs → ours): ${top.map(([k, n]) => `${k} ×${n}`).join(', ')}`);
    if (process.argv.includes('--verbose')) console.log(`\nerrors:\n${e.errors.join('\n')}`);
  }
  return e.accuracy >= TAGGER_FLOOR;
}

const results = [
  ...(['sentences', 'holdout'] as EvalSet[]).map(report),
  ...(['gold-fixes', 'gold-fixes-holdout'] as GoldSet[]).map(reportFixes),
  ...LETTER_SETS.map(reportLetters),
];
const kept = pooled.usefulJudged - pooled.usefulLost;
console.log(`\n== all ${LETTER_SETS.length} letter sets together (tuned on: not blind)\n`);
console.log(
  `plain letters: false alarms per 400 words: ${pooled.falseAlarms}/${pooled.words} words = ${((pooled.falseAlarms / pooled.words) * 400).toFixed(2)}`,
);
console.log(`findings a judge called useful, still made: ${kept}/${pooled.usefulJudged} = ${(kept / pooled.usefulJudged).toFixed(2)}`);
results.push(...(['development', 'held-out'] as TaggedHalf[]).map(reportTagger));
reportRareWords();
process.exitCode = results.every(Boolean) ? 0 : 1;
