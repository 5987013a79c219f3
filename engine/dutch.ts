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

const plugins = new WeakMap<RuleDefinition<Record<string, unknown>>, (context: RuleContext<Record<string, unknown>>) => (tree: Root, file: VFile) => void>();

/**
 * The retext plugin of one rule: it runs the rule and collects its findings on
 * the file. One attacher per rule, because unified merges repeated uses of the
 * same attacher into one.
 */
export function retextRule(rule: RuleDefinition<Record<string, unknown>>) {
  let plugin = plugins.get(rule);
  if (!plugin) {
    plugin = (context) => (tree, file) => {
      const data = file.data as FileData;
      data.candidates ??= new Map();
      data.candidates.set(rule.id, rule.find(paragraphOf(tree, file), context));
    };
    plugins.set(rule, plugin);
  }
  return plugin;
}

/** Rule options from settings, keeping only known keys whose type matches the default. */
export function ruleOptions(rule: RuleDefinition<Record<string, unknown>>, settings: Settings): Record<string, unknown> {
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
  enabled: readonly RuleDefinition<Record<string, unknown>>[];
  contexts: Map<RuleId, RuleContext<Record<string, unknown>>>;
}

export function createDutchPipeline(settings: Settings, lexicon: Lexicon): DutchPipeline {
  const enabled = rules.filter((rule) => !settings.disabledRules.includes(rule.id));
  const contexts = new Map<RuleId, RuleContext<Record<string, unknown>>>();
  // Even with every rule off the tree is indexed, for the statistics.
  let processor = unified().use(retextDutch).use(indexParagraph) as unknown as Processor<Root, Root, Root>;
  for (const rule of enabled) {
    const context = { options: ruleOptions(rule, settings), lexicon, settings };
    contexts.set(rule.id, context);
    processor = processor.use(retextRule(rule), context) as unknown as Processor<Root, Root, Root>;
  }
  return { processor: processor.freeze() as Processor<Root, Root, Root>, enabled, contexts };
}

function indexParagraph() {
  return (tree: Root, file: VFile) => {
    paragraphOf(tree, file);
  };
}

export function runDutch(pipeline: DutchPipeline, file: VFile): { paragraph: Paragraph; candidates: Map<RuleId, Candidate[]> } {
  const tree = pipeline.processor.parse(file);
  pipeline.processor.runSync(tree, file);
  const data = file.data as FileData;
  return { paragraph: data.paragraph!, candidates: data.candidates ?? new Map() };
}
