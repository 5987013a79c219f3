/**
 * The Dutch pipeline: unified + retext-dutch, then one retext plugin per
 * enabled rule. The first rule to run builds the paragraph index and leaves
 * it on the file, so the tree is walked once however many rules run.
 */
import type { Root } from 'nlcst';
import retextDutch from 'retext-dutch';
import { unified, type Processor } from 'unified';
import type { VFile } from 'vfile';
import { rules } from '../rules/index';
import type { Lexicon } from '../rules/shared/lexicon';
import { toParagraph, type Paragraph } from '../rules/shared/paragraph';
import type { Candidate, RuleContext, RuleDefinition } from '../rules/types';
import type { RuleId, Settings } from './types';

interface FileData {
  paragraph?: Paragraph;
  candidates?: Map<RuleId, Candidate[]>;
}

export function paragraphOf(tree: Root, file: VFile): Paragraph {
  const data = file.data as FileData;
  data.paragraph ??= toParagraph(String(file.value), tree);
  return data.paragraph;
}

type AnyRule = RuleDefinition<Record<string, unknown>>;
type AnyContext = RuleContext<Record<string, unknown>>;

function runRule(rule: AnyRule, context: AnyContext, tree: Root, file: VFile): void {
  const data = file.data as FileData;
  data.candidates ??= new Map();
  data.candidates.set(rule.id, rule.find(paragraphOf(tree, file), context));
}

const plugins = new WeakMap<AnyRule, (context: AnyContext) => (tree: Root, file: VFile) => void>();

/**
 * One rule as a standalone retext plugin (`unified().use(retextDutch).use(retextRule(jargon), context)`); its
 * findings land in `file.data.candidates`. One attacher per rule, because unified merges repeated uses of the
 * same attacher into one.
 */
export function retextRule(rule: AnyRule) {
  let plugin = plugins.get(rule);
  if (!plugin) {
    plugin = (context) => (tree, file) => runRule(rule, context, tree, file);
    plugins.set(rule, plugin);
  }
  return plugin;
}

/**
 * All enabled rules as one retext plugin: the paragraph is indexed once and every rule reads that index.
 * (Nine separate plugins cost a fifth of the check in unified's per-plugin plumbing.)
 */
function retextKlaretaal(options: { rules: readonly AnyRule[]; contexts: Map<RuleId, AnyContext> }) {
  return (tree: Root, file: VFile) => {
    paragraphOf(tree, file);
    for (const rule of options.rules) runRule(rule, options.contexts.get(rule.id)!, tree, file);
  };
}

/** Rule options from settings, keeping only known keys whose type matches the default. */
export function ruleOptions(rule: AnyRule, settings: Settings): Record<string, unknown> {
  const given = settings.ruleOptions[rule.id] ?? {};
  const options: Record<string, unknown> = { ...rule.defaults };
  for (const [key, fallback] of Object.entries(rule.defaults)) {
    const value = given[key];
    if (typeof value !== typeof fallback) continue;
    if (typeof value === 'number' && !(Number.isFinite(value) && value > 0)) continue;
    options[key] = value;
  }
  return options;
}

export interface DutchPipeline {
  processor: Processor<Root, Root, Root>;
  enabled: readonly AnyRule[];
  contexts: Map<RuleId, AnyContext>;
}

export function createDutchPipeline(settings: Settings, lexicon: Lexicon): DutchPipeline {
  const enabled = rules.filter((rule) => !settings.disabledRules.includes(rule.id));
  const contexts = new Map<RuleId, AnyContext>();
  for (const rule of enabled) contexts.set(rule.id, { options: ruleOptions(rule, settings), lexicon, settings });
  // Even with every rule off the paragraph is indexed, for the statistics.
  const processor = unified().use(retextDutch).use(retextKlaretaal, { rules: enabled, contexts }).freeze();
  return { processor: processor as unknown as Processor<Root, Root, Root>, enabled, contexts };
}

export function runDutch(pipeline: DutchPipeline, file: VFile): { paragraph: Paragraph; candidates: Map<RuleId, Candidate[]> } {
  const tree = pipeline.processor.parse(file);
  pipeline.processor.runSync(tree, file);
  const data = file.data as FileData;
  return { paragraph: data.paragraph!, candidates: data.candidates ?? new Map() };
}
