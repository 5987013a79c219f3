/**
 * The word data compiled for fast matching: built-in dictionaries plus the
 * user's own entries, minus what the user switched off. Built once per
 * settings change, never per keystroke.
 */
import * as data from '../../dictionaries/index';
import type { UserEntry } from '../../contract/index';
import type { AbbreviationEntry, ExplainEntry, JargonEntry, LightVerbEntry, StockPhraseEntry } from '../../dictionaries/schema';
import { PhraseIndex } from './phrases';
import { SLOTS, splitForm, teInfinitive, verb, type Slot, type Verb } from './verbs';

/** A jargon form matched as written: a noun, adjective, adverb, conjunction, preposition or phrase (or an own word). */
export interface FormHit {
  kind: 'form';
  entry: JargonEntry;
  /** The alternatives of this form; those with `…` are advice only. */
  alternatives: readonly string[];
}

/**
 * A form of a jargon verb: written as one word or "te" + infinitive (`joined`, `te`), or the finite part of a
 * separable verb whose particle must follow in the clause (`split`: "deelt" of "deelt … mede").
 */
export interface VerbHit {
  kind: 'verb';
  entry: JargonEntry;
  verb: Verb;
  /** What the form can be: "wenst" is `second` or `third`. */
  slots: readonly Slot[];
  shape: 'joined' | 'split' | 'te';
}

export type JargonHit = FormHit | VerbHit;

export interface ExplainHit {
  kind: 'explain';
  term: string;
  explanation: string;
  /** The name of a field on a bank transfer ("gestructureerde mededeling"). */
  unlessPayment?: true;
}

export interface Lexicon {
  /** Hard words: to replace (jargon) or to explain (leefloon, OCMW); one surface can be several. */
  words: PhraseIndex<(JargonHit | ExplainHit)[]>;
  stockPhrases: PhraseIndex<StockPhraseEntry>;
  /** By lower-case abbreviation as written: `o.a.`, `t/m`. */
  abbreviations: Map<string, AbbreviationEntry>;
  lightVerbsByNoun: Map<string, LightVerbEntry[]>;
  nominalizations: Map<string, string>;
  commonWords: Set<string>;
  /**
   * Names of public bodies and services, by their lower-case words (see names.ts); the payload says whether the
   * name is written in lower case itself ("itsme"), so it is a name without a capital too.
   */
  names: PhraseIndex<boolean>;
  /**
   * Every word the word data offers as the plain one (alternatives, written-out forms, words of explanations):
   * a fix or an explanation never brings a new "hard word" finding.
   */
  plainWords: ReadonlySet<string>;
  /** Built-in terms the user switched off: the user finds them fine, so no rule flags them as hard. */
  switchedOff: ReadonlySet<string>;
}

export interface LexiconOptions {
  /** The user's own words and imported lists. */
  extraEntries?: readonly UserEntry[];
  /** Built-in terms the user switched off (lower-case heads, terms, abbreviations or phrases). */
  disabledTerms?: readonly string[];
}

export function createLexicon(options: LexiconOptions = {}): Lexicon {
  const disabled = new Set(options.disabledTerms ?? []);
  const bySurface = new Map<string, (JargonHit | ExplainHit)[]>();
  const add = (surface: string, hit: JargonHit | ExplainHit) => {
    const list = bySurface.get(surface);
    if (list) list.push(hit);
    else bySurface.set(surface, [hit]);
  };
  const stockPhrases = new PhraseIndex<StockPhraseEntry>();

  // User entries go first: at the same place, the first one that applies wins.
  for (const entry of options.extraEntries ?? []) {
    const term = entry.term.trim().toLowerCase().replace(/\s+/g, ' ');
    if (!term) continue;
    if (entry.alternatives.length > 0) {
      const own: JargonEntry = { head: term, pos: 'phrase', forms: [[term, ...entry.alternatives]], note: entry.explanation };
      add(term, { kind: 'form', entry: own, alternatives: entry.alternatives });
    } else if (entry.explanation) {
      add(term, { kind: 'explain', term: entry.term.trim(), explanation: entry.explanation });
    }
  }
  for (const entry of data.jargon) {
    if (disabled.has(entry.head)) continue;
    if (entry.pos === 'verb') addVerb(entry, add, disabled);
    for (const [surface, ...alternatives] of entry.forms ?? []) {
      if (!disabled.has(surface)) add(surface, { kind: 'form', entry, alternatives });
    }
  }
  for (const entry of data.explain as readonly ExplainEntry[]) {
    if (disabled.has(entry.term.toLowerCase())) continue;
    const hit: ExplainHit = { kind: 'explain', term: entry.term, explanation: entry.explanation };
    if (entry.unlessPayment) hit.unlessPayment = true;
    for (const form of entry.forms) add(form, hit);
  }
  const words = new PhraseIndex<(JargonHit | ExplainHit)[]>();
  for (const [surface, hits] of bySurface) words.add(surface, hits);
  for (const entry of data.stockPhrases) if (!disabled.has(entry.phrase)) stockPhrases.add(entry.phrase, entry);

  const abbreviations = new Map<string, AbbreviationEntry>();
  for (const entry of data.abbreviations) if (!disabled.has(entry.abbr)) abbreviations.set(entry.abbr, entry);

  const lightVerbsByNoun = new Map<string, LightVerbEntry[]>();
  for (const entry of data.lightVerbs) {
    if (disabled.has(entry.noun)) continue;
    const list = lightVerbsByNoun.get(entry.noun) ?? [];
    list.push(entry);
    lightVerbsByNoun.set(entry.noun, list);
  }
  const nominalizations = new Map<string, string>();
  for (const entry of data.nominalizations) if (!disabled.has(entry.noun)) nominalizations.set(entry.noun, entry.verb);

  return {
    words,
    stockPhrases,
    abbreviations,
    lightVerbsByNoun,
    nominalizations,
    commonWords: new Set(data.commonWords),
    names: builtInNames(),
    plainWords: plainWordsOf(options.extraEntries ?? []),
    switchedOff: disabled,
  };
}

/** The single words of every plain alternative, written-out form and explanation (lower case). */
function plainWordsOf(extraEntries: readonly UserEntry[]): Set<string> {
  const texts: string[] = [];
  for (const entry of extraEntries) texts.push(...entry.alternatives, entry.explanation ?? '');
  for (const entry of data.jargon) {
    texts.push(...(entry.to ?? []));
    for (const [, ...alternatives] of entry.forms ?? []) texts.push(...alternatives);
  }
  for (const entry of data.explain) texts.push(entry.explanation);
  for (const entry of data.stockPhrases) texts.push(...entry.alternatives);
  for (const entry of data.abbreviations) texts.push(...entry.full, ...(entry.instead ?? []));
  const words = new Set<string>();
  for (const text of texts) for (const word of text.toLowerCase().split(/[^\p{L}-]+/u)) if (word) words.add(word);
  return words;
}

/** Every form of a jargon verb, from the verb table: one word, "te" + infinitive, and split finite forms. */
function addVerb(entry: JargonEntry, add: (surface: string, hit: VerbHit) => void, disabled: ReadonlySet<string>): void {
  const head = verb(entry.head);
  if (!head) return; // the data lint makes sure every verb is in the table
  const slotsBy = (shape: 'joined' | 'split') => {
    const by = new Map<string, Slot[]>();
    for (const slot of SLOTS) {
      const form = shape === 'joined' ? head.forms[slot] : splitForm(head, slot);
      by.set(form, [...(by.get(form) ?? []), slot]);
    }
    return by;
  };
  for (const [form, slots] of slotsBy('joined'))
    if (!disabled.has(form)) add(form, { kind: 'verb', entry, verb: head, slots, shape: 'joined' });
  if (head.placement === 'joined') {
    // Finite forms only (`inf` stands for the present plural here: "wij delen … mede"); a participle never splits.
    for (const [form, slots] of slotsBy('split')) {
      const finite = slots.filter((s) => s !== 'participle');
      if (finite.length > 0 && form !== head.forms[finite[0]])
        add(form, { kind: 'verb', entry, verb: head, slots: finite, shape: 'split' });
    }
  }
  add(teInfinitive(head), { kind: 'verb', entry, verb: head, slots: ['inf'], shape: 'te' });
}

let names: PhraseIndex<boolean> | undefined;
/** The same for every lexicon: the user's words do not change which names exist. */
function builtInNames(): PhraseIndex<boolean> {
  if (!names) {
    names = new PhraseIndex<boolean>();
    for (const name of data.names) names.add(name.toLowerCase(), name === name.toLowerCase());
  }
  return names;
}

let builtIn: Lexicon | undefined;
/** The lexicon with only the built-in data, created on first use. */
export function builtInLexicon(): Lexicon {
  builtIn ??= createLexicon();
  return builtIn;
}
