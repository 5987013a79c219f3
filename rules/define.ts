/**
 * What a rule is: one definition with everything about it (its id, how its findings look, its Dutch texts and
 * lesson, its options with their types, the examples that prove it, and how it finds things), and the one
 * channel through which it reports. `defineRule` turns a definition into a `Rule`, the shape the engine, the
 * registry and the views use, whatever the rule's own option and message types are.
 */
import { BODY_KINDS, type Block, type BlockKind, type Edit, type Finding, type Look, type RuleId, type Settings } from '../contract/index';
import { doublesWord, labelled } from './shared/fix';
import type { Lexicon } from './shared/lexicon';
import type { Paragraph } from './shared/paragraph';

export type { LineStyle, Look } from '../contract/index';

/** Rule options are numbers (limits), each with a default. */
export type Options = Record<string, number>;

/** The texts every rule has, in one language; its own messages (`M`) come on top. */
export interface RuleTexts<O extends Options = Options, M = unknown> {
  /** The category's name in the legend and on the card. */
  title: string;
  /** Why it matters for the reader: one sentence. */
  why: string;
  /** A before/after pair for the trainer page: the rule flags `before` and leaves `after` alone. */
  lesson: { before: string; after: string };
  /** What each option means, for the options page. */
  options: { [K in keyof O]: string };
  messages: M;
}

/** A finding while the engine is still working; `key` lets a rule's `finalize` compare findings across paragraphs. */
export interface Candidate extends Finding {
  key?: string;
  /**
   * The writer explains the term right here ("… de gezinssamenstelling: wie woont er bij u?"): never a finding, but
   * the rule's whole-text step counts it as the term's first use, so later uses get no mark either.
   */
  explained?: boolean;
  /**
   * Fixes worked out only when needed (see `Report.fixes`): until `settled`, `suggestions` and `fixes` are empty.
   */
  later?: () => Pick<Finding, 'suggestions' | 'fixes'>;
}

/** The candidate's own suggestions and fixes, worked out now if the rule left them for later. */
export const settled = (c: Candidate): Pick<Finding, 'suggestions' | 'fixes'> => (c.later ? c.later() : c);

/** One fix as a rule reports it: edits in paragraph offsets, and a label when the changed words make none. */
export interface ReportedFix {
  edits: Edit[];
  /** For a fix that only removes words: what the button says. */
  label?: string;
}

/**
 * What a rule reports: the rule id and the text are filled in, and the rule's `why` unless it gives its own;
 * each fix becomes a suggestion (its label) and a fix (its edits).
 */
export type Report = Omit<Candidate, 'rule' | 'text' | 'suggestions' | 'fixes' | 'later'> & {
  /**
   * A function when most candidates never reach the user (u/je: the whole-text step drops the form the text uses
   * most): the engine calls it only for the candidates it keeps, once.
   */
  fixes?: ReportedFix[] | (() => ReportedFix[]);
};

/** What a rule gets when it looks at a paragraph. */
export interface RuleContext<O extends Options, M> {
  options: Readonly<O>;
  lexicon: Lexicon;
  settings: Settings;
  messages: M;
  /** The one way to report a finding. */
  report(found: Report): void;
}

/** The settings and word data a check runs with (the same for every rule). */
export interface RuleEnv {
  lexicon: Lexicon;
  settings: Settings;
}

/** The whole text and its parts, for a rule's whole-text step (who sends the letter: its letterhead, its signature). */
export interface Letter {
  text: string;
  blocks: readonly Block[];
}

/**
 * An example text that proves the rule. `[[…]]` marks the exact span the rule must flag; `suggestion` is the label
 * of the first fix, `fixed` the whole text after that fix, and `advice` says the finding must have no fix at all.
 */
export interface FlagExample<O extends Options = Options> {
  text: string;
  suggestion?: string;
  fixed?: string;
  advice?: true;
  options?: Partial<O>;
}

export interface RuleDefinition<Id extends RuleId, O extends Options, M> {
  id: Id;
  look: Look;
  /** Keyed by language, so an English locale can follow. */
  texts: { nl: RuleTexts<O, M> };
  /** Options with their defaults. */
  defaults: O;
  /**
   * The parts of a letter the rule reads (default: the body and its lists). A sentence rule makes no sense in an
   * address block; quoted mail is never checked.
   */
  parts?: readonly Exclude<BlockKind, 'quote'>[];
  examples: {
    /** Texts the rule must flag (at least 10). */
    flag: FlagExample<O>[];
    /** Texts the rule must leave alone (at least 5). */
    pass: string[];
  };
  /** Report what is in one paragraph (offsets into the paragraph). */
  find(paragraph: Paragraph, context: RuleContext<O, M>): void;
  /** A whole-text step over this rule's findings of all paragraphs (e.g. keep only the first explanation). */
  finalize?(candidates: Candidate[], context: Omit<RuleContext<O, M>, 'report'> & { letter: Letter }): Candidate[];
}

/** A rule as everything outside its file sees it. */
export interface Rule<Id extends RuleId = RuleId> {
  id: Id;
  look: Look;
  texts: { nl: RuleTexts };
  defaults: Readonly<Options>;
  parts: readonly BlockKind[];
  examples: { flag: FlagExample[]; pass: string[] };
  /** The candidates of one paragraph. */
  find(paragraph: Paragraph, env: RuleEnv): Candidate[];
  /** The whole-text step (returns the candidates as they are when the rule has none). */
  finalize(candidates: Candidate[], env: RuleEnv, letter: Letter): Candidate[];
}

export function defineRule<Id extends RuleId, O extends Options, M>(definition: RuleDefinition<Id, O, M>): Rule<Id> {
  const { id, texts } = definition;
  // Options from the settings, checked against the defaults, once per settings object.
  const resolved = new WeakMap<Settings, O>();
  const optionsFor = (settings: Settings): O => {
    let options = resolved.get(settings);
    if (!options) {
      options = resolveOptions(definition.defaults, settings.ruleOptions[id]);
      resolved.set(settings, options);
    }
    return options;
  };
  const context = (env: RuleEnv) => ({
    options: optionsFor(env.settings),
    lexicon: env.lexicon,
    settings: env.settings,
    messages: texts.nl.messages,
  });
  return {
    id,
    look: definition.look,
    texts,
    defaults: definition.defaults,
    parts: definition.parts ?? BODY_KINDS,
    examples: definition.examples,
    find(paragraph, env) {
      const found: Candidate[] = [];
      definition.find(paragraph, {
        ...context(env),
        report(found_) {
          const { start, end, message, fixes = [] } = found_;
          const made = typeof fixes === 'function' ? { suggestions: [], fixes: [] } : madeFixes(paragraph.text, fixes);
          const candidate: Candidate = {
            rule: id,
            start,
            end,
            text: paragraph.text.slice(start, end),
            message,
            explanation: found_.explanation ?? texts.nl.why,
            suggestions: made.suggestions,
            fixes: made.fixes,
          };
          if (typeof fixes === 'function') candidate.later = fixesLater(paragraph.text, fixes);
          if (found_.url !== undefined) candidate.url = found_.url;
          if (found_.key !== undefined) candidate.key = found_.key;
          if (found_.explained) candidate.explained = true;
          found.push(candidate);
        },
      });
      return found;
    },
    finalize(candidates, env, letter) {
      return definition.finalize ? definition.finalize(candidates, { ...context(env), letter }) : candidates;
    },
  };
}

/**
 * Worked out once, when asked. Made out here, so the function holds the text and the rule's own function only: a
 * closure made inside `find` would hold the whole paragraph index alive in the cache.
 */
function fixesLater(text: string, fixes: () => ReportedFix[]): () => Pick<Finding, 'suggestions' | 'fixes'> {
  let memo: Pick<Finding, 'suggestions' | 'fixes'> | undefined;
  return () => (memo ??= madeFixes(text, fixes()));
}

/** Each reported fix as a button label and its edits; a fix that would double a word, or reads like another, is left out. */
function madeFixes(text: string, fixes: readonly ReportedFix[]): Pick<Finding, 'suggestions' | 'fixes'> {
  const suggestions: string[] = [];
  const made: Finding['fixes'] = [];
  for (const fix of fixes) {
    const one = doublesWord(text, fix.edits)
      ? undefined
      : fix.edits.length === 1 && fix.label !== undefined && fix.label === fix.edits[0].text
        ? { label: fix.label, fix: { edits: fix.edits } } // a whole word swapped: its label is the new word
        : labelled(text, fix.edits);
    const label = fix.label ?? one?.label;
    // The same change twice (two alternatives that read the same) is offered once.
    if (!one || !label || suggestions.includes(label)) continue;
    suggestions.push(label);
    made.push(one.fix);
  }
  return { suggestions, fixes: made };
}

/** The defaults, with each given value that is a positive finite number in place of its default. */
export function resolveOptions<O extends Options>(defaults: O, given: Record<string, unknown> | undefined): O {
  const options = { ...defaults };
  for (const key of Object.keys(defaults) as (keyof O & string)[]) {
    const value = given?.[key];
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) options[key] = value as O[keyof O & string];
  }
  return options;
}
