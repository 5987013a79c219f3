/**
 * The Dutch pipeline: unified + retext-dutch, then the enabled rules. Every rule is a real retext plugin
 * (`retextRule`): it reads the paragraph index and reports into one typed collector on the file. The engine runs
 * all enabled rules as one plugin, so the tree is indexed once however many rules run (nine separate plugins cost
 * a fifth of the check in unified's per-plugin plumbing).
 */
import type { Root } from 'nlcst';
import retextDutch from 'retext-dutch';
import { unified, type Processor } from 'unified';
import type { VFile } from 'vfile';
import type { BlockKind, RuleId, Settings } from '../contract/index';
import { rules, settled, type Candidate, type Rule, type RuleEnv } from '../rules/index';
import type { Lexicon } from '../rules/shared/lexicon';
import { toParagraph, type Paragraph } from '../rules/shared/paragraph';

declare module 'vfile' {
  interface DataMap {
    /** Which part of a letter the file is (default: body). */
    klaretaalPart: BlockKind;
    /** The paragraph index, built by the first rule that runs on the file. */
    klaretaalParagraph: Paragraph;
    /** What the rules found, per rule (paragraph offsets). */
    klaretaalCandidates: globalThis.Map<RuleId, Candidate[]>;
  }
}

export function paragraphOf(tree: Root, file: VFile): Paragraph {
  file.data.klaretaalParagraph ??= toParagraph(String(file.value), tree, file.data.klaretaalPart);
  return file.data.klaretaalParagraph;
}

/** What the rules reported on a file. */
export const candidatesOf = (file: VFile): Map<RuleId, Candidate[]> => (file.data.klaretaalCandidates ??= new Map());

function runRule(rule: Rule, env: RuleEnv, tree: Root, file: VFile): void {
  candidatesOf(file).set(rule.id, rule.find(paragraphOf(tree, file), env));
}

const plugins = new WeakMap<Rule, (env: RuleEnv) => (tree: Root, file: VFile) => void>();

/**
 * One rule as a standalone retext plugin (`unified().use(retextDutch).use(retextRule(jargon), env)`); its
 * findings land in `candidatesOf(file)`. One attacher per rule, because unified merges repeated uses of the same
 * attacher into one.
 */
export function retextRule(rule: Rule) {
  let plugin = plugins.get(rule);
  if (!plugin) {
    plugin = (env) => (tree, file) => {
      runRule(rule, env, tree, file);
      // On its own (no engine to keep or drop candidates), every candidate gets its fixes now; a place that explains
      // its term is no finding.
      const candidates = candidatesOf(file)
        .get(rule.id)!
        .filter((c) => !c.explained);
      for (const c of candidates) Object.assign(c, settled(c), { later: undefined });
      candidatesOf(file).set(rule.id, candidates);
    };
    plugins.set(rule, plugin);
  }
  return plugin;
}

/** All enabled rules as one retext plugin: the paragraph is indexed once and every rule reads that index. */
function retextKlaretaal(options: { rules: readonly Rule[]; env: RuleEnv }) {
  return (tree: Root, file: VFile) => {
    paragraphOf(tree, file);
    for (const rule of options.rules) runRule(rule, options.env, tree, file);
  };
}

export interface DutchPipeline {
  processor: Processor<Root, Root, Root>;
  enabled: readonly Rule[];
  env: RuleEnv;
}

/** The pipeline for one part of a letter: the enabled rules that read that part. */
export function createDutchPipeline(settings: Settings, lexicon: Lexicon, part: BlockKind = 'body'): DutchPipeline {
  const enabled = rules.filter((rule) => !settings.disabledRules.includes(rule.id) && rule.parts.includes(part));
  const env: RuleEnv = { lexicon, settings };
  // Even with every rule off the paragraph is indexed, for the statistics.
  const processor = unified().use(retextDutch).use(retextKlaretaal, { rules: enabled, env }).freeze();
  return { processor: processor as unknown as Processor<Root, Root, Root>, enabled, env };
}

export function runDutch(pipeline: DutchPipeline, file: VFile): { paragraph: Paragraph; candidates: Map<RuleId, Candidate[]> } {
  const tree = pipeline.processor.parse(file);
  pipeline.processor.runSync(tree, file);
  return { paragraph: paragraphOf(tree, file), candidates: candidatesOf(file) };
}
