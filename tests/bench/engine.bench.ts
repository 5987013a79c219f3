/**
 * `npm run bench`: engine speed against the bare retext-dutch parse and the
 * English reference pipeline (retext-english + readability + simplify +
 * passive) on text of equal size, in one run. Medians of interleaved runs,
 * because this machine is shared and noisy. Each timed run is a block of the
 * same operation done several times: one run at a time, a run pays for the
 * garbage the run before it left (a bare parse right after two checks took
 * 12 ms instead of 4.4). Not a test: it prints numbers.
 */
import retextDutch from 'retext-dutch';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { check, createChecker } from '../../engine/index';
import { englishProcessor } from '../../engine/english';
import { toParagraph } from '../../rules/shared/paragraph';
import { tagsOf } from '../../rules/shared/tagger';
import { countWords, dutchText, englishText } from './corpus';

const bare = unified().use(retextDutch).freeze();
const reference = englishProcessor();

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** The time of one `fn`, from a block of `times` in a row: each block pays for most of its own garbage. */
const block = (fn: () => void, times: number) =>
  time(() => {
    for (let i = 0; i < times; i++) fn();
  }) / times;

/** How many runs make a block: enough to be longer than the pause a collection takes. */
const blockSize = (size: number) => (size <= 500 ? 20 : size <= 5000 ? 5 : 1);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

interface Row {
  size: number;
  words: number;
  parse: number;
  full: number;
  english: number;
}

function measure(size: number, runs: number): Row {
  const nl = dutchText(size);
  const en = englishText(size);
  const t = { parse: [] as number[], full: [] as number[], english: [] as number[] };
  // The pipeline is built once per settings change in the product; the paragraph cache is emptied before every
  // run, so nothing is served from it.
  const checker = createChecker();
  // Warm up every pipeline (JIT, syllable memo) before measuring.
  for (let i = 0; i < 3; i++) {
    check(nl);
    bare.runSync(bare.parse(nl), new VFile(nl));
    reference.runSync(reference.parse(en), new VFile(en));
  }
  const times = blockSize(size);
  for (let i = 0; i < runs; i++) {
    t.parse.push(block(() => bare.runSync(bare.parse(nl), new VFile(nl)), times));
    t.full.push(
      block(() => {
        checker.clearCache();
        checker.check(nl);
      }, times),
    );
    t.english.push(block(() => reference.runSync(reference.parse(en), new VFile(en)), times));
  }
  return { size, words: countWords(nl), parse: median(t.parse), full: median(t.full), english: median(t.english) };
}

function incremental(size: number, runs: number): { full: number; edit: number } {
  const text = dutchText(size);
  const paragraphs = text.split('\n\n');
  const checker = createChecker();
  const fresh = createChecker();
  checker.check(text);
  const edits: number[] = [];
  const fulls: number[] = [];
  const middle = Math.floor(paragraphs.length / 2);
  for (let i = 0; i < runs; i++) {
    // A new edit each time (a typed word), so the edited paragraph is never in the cache.
    const edited = [...paragraphs];
    edited[middle] = `${paragraphs[middle]} Extra woord ${i}.`;
    const next = edited.join('\n\n');
    edits.push(time(() => checker.check(next)));
    fulls.push(time(() => fresh.check(next)));
    fresh.clearCache();
  }
  return { full: median(fulls), edit: median(edits) };
}

/**
 * The part-of-speech tagger alone: every sentence of the text tagged (a check tags only the sentences a rule asks
 * about), against the bare parse of the same text. Fresh paragraph indexes each run, so no sentence is cached.
 */
function tagging(size: number, runs: number): { all: number; parse: number; sentences: number } {
  const text = dutchText(size);
  const paragraphs = text.split('\n\n');
  const trees = paragraphs.map((p) => bare.parse(p));
  const all: number[] = [];
  const parse: number[] = [];
  let sentences = 0;
  for (let i = 0; i < runs + 3; i++) {
    const index = paragraphs.map((p, k) => toParagraph(p, trees[k]));
    const t = time(() => {
      for (const paragraph of index) for (const sentence of paragraph.sentences) tagsOf(paragraph, sentence);
    });
    const p = time(() => bare.runSync(bare.parse(text), new VFile(text)));
    sentences = index.reduce((n, paragraph) => n + paragraph.sentences.length, 0);
    // The first runs build the tagger's model and warm up.
    if (i >= 3) {
      all.push(t);
      parse.push(p);
    }
  }
  return { all: median(all), parse: median(parse), sentences };
}

/**
 * What the word-frequency parts add: the full check against one without rare-word (the frequency table and the
 * compound splitter are only asked by it and by long-word's card), each against the bare parse in the same run.
 */
function withoutRareWord(size: number, runs: number): { full: number; without: number; parse: number } {
  const text = dutchText(size);
  const full = createChecker();
  const without = createChecker({ settings: { disabledRules: ['rare-word'] } });
  const t = { full: [] as number[], without: [] as number[], parse: [] as number[] };
  const times = blockSize(size);
  const fresh = (checker: ReturnType<typeof createChecker>) => () => {
    checker.clearCache();
    checker.check(text);
  };
  for (let i = 0; i < runs + 3; i++) {
    const f = block(fresh(full), times);
    const w = block(fresh(without), times);
    const p = block(() => bare.runSync(bare.parse(text), new VFile(text)), times);
    if (i < 3) continue;
    t.full.push(f);
    t.without.push(w);
    t.parse.push(p);
  }
  return { full: median(t.full), without: median(t.without), parse: median(t.parse) };
}

const ms = (n: number) => `${n.toFixed(2)} ms`;
const per1000 = (n: number, words: number) => ((n / words) * 1000).toFixed(2);

const rows = [measure(500, 60), measure(5000, 20), measure(50000, 6)];
console.log(
  'size      words   bare parse   full check   english ref   full/parse   full/english   ms per 1,000 words (parse/full/english)',
);
for (const r of rows) {
  console.log(
    `${String(r.size).padEnd(10)}${String(r.words).padEnd(8)}${ms(r.parse).padEnd(13)}${ms(r.full).padEnd(13)}${ms(r.english).padEnd(14)}` +
      `${(r.full / r.parse).toFixed(2).padEnd(13)}${(r.full / r.english).toFixed(2).padEnd(15)}` +
      `${per1000(r.parse, r.words)} / ${per1000(r.full, r.words)} / ${per1000(r.english, r.words)}`,
  );
}
const inc = incremental(5000, 30);
const [small, mid, big] = rows;
console.log(
  `\nincremental re-check of one edited paragraph in ${mid.words} words: ${ms(inc.edit)} (full check of the same text: ${ms(inc.full)})`,
);
const tags = tagging(5000, 20);
console.log(
  `part-of-speech tagging of all ${tags.sentences} sentences of the ${mid.words}-word text: ${ms(tags.all)} (bare parse: ${ms(tags.parse)}, ratio ${(tags.all / tags.parse).toFixed(2)})`,
);
const parts = withoutRareWord(5000, 20);
console.log(
  `with and without rare-word at ${mid.words} words: ${ms(parts.full)} / ${ms(parts.without)} (bare parse ${ms(parts.parse)}; ratios ${(parts.full / parts.parse).toFixed(2)} / ${(parts.without / parts.parse).toFixed(2)})`,
);
console.log(`500-word letter, full check: ${ms(small.full)}`);
console.log(`50,000-word time / 500-word time: ${(big.full / small.full).toFixed(1)}×`);
console.log(`ratio full/parse: ${(mid.full / mid.parse).toFixed(2)}  ratio full/english-reference: ${(mid.full / mid.english).toFixed(2)}`);
