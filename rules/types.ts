import type { Finding, RuleId, Settings } from '../engine/types';
import type { Lexicon } from './shared/lexicon';
import type { Paragraph } from './shared/paragraph';

/** A finding while the engine is still working; `key` lets a rule's `finalize` compare findings across paragraphs. */
export interface Candidate extends Finding {
  key?: string;
}

export interface RuleContext<O> {
  options: O;
  lexicon: Lexicon;
  settings: Settings;
}

/**
 * An example sentence that proves the rule. `[[…]]` marks the exact span the
 * rule must flag; `suggestion` is the first suggestion it must offer.
 */
export interface FlagExample<O> {
  text: string;
  suggestion?: string;
  options?: Partial<O>;
}

export interface RuleDefinition<O extends object = Record<string, never>> {
  id: RuleId;
  /** Options with their defaults; `optionDocs` explains each one in Dutch. */
  defaults: O;
  optionDocs: { [K in keyof O]: string };
  examples: {
    /** Texts the rule must flag (at least 10). */
    flag: FlagExample<O>[];
    /** Texts the rule must leave alone (at least 5). */
    pass: string[];
  };
  /** Findings in one paragraph; offsets are paragraph offsets. */
  find(paragraph: Paragraph, context: RuleContext<O>): Candidate[];
  /** Optional whole-text step over this rule's findings of all paragraphs (e.g. keep only the first explanation). */
  finalize?(candidates: Candidate[], context: RuleContext<O>): Candidate[];
}

/** Helps TypeScript infer `O` from `defaults`. */
export function defineRule<O extends object>(rule: RuleDefinition<O>): RuleDefinition<O> {
  return rule;
}

/** Build a candidate whose `text` is always the exact slice of the paragraph. */
export function candidate(
  paragraph: Paragraph,
  fields: Omit<Candidate, 'text'>,
): Candidate {
  const { rule, start, end, message, suggestions, explanation, url, key } = fields;
  const found: Candidate = { rule, start, end, text: paragraph.text.slice(start, end), message, suggestions };
  if (explanation !== undefined) found.explanation = explanation;
  if (url !== undefined) found.url = url;
  if (key !== undefined) found.key = key;
  return found;
}
