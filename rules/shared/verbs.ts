/**
 * Dutch verb forms, from the conjugation table (dictionaries/verbs.json, converted from pattern; our own
 * additions in verbs-extra.json win). A verb's forms are written joined, as in a subordinate clause
 * ("dat u het formulier terugstuurt"); a separable verb splits in a main clause ("u stuurt het formulier
 * terug"), which `split` gives. A verb of two words ("laten weten") keeps its second word after the first.
 */
import { verbs as table, verbsExtra } from '../../dictionaries/index';

/** The forms we conjugate into. `second` is the form with `u` and `jij` (after the verb: with `u` only). */
export type Slot = 'inf' | 'first' | 'second' | 'third' | 'past' | 'pastPl' | 'participle';
export const SLOTS: readonly Slot[] = ['inf', 'first', 'second', 'third', 'past', 'pastPl', 'participle'];

/** Words that split off a separable verb ("terug" in terugsturen). Longest first, so "tegemoet" wins over "tegen". */
const PARTICLES = [
  'tegemoet',
  'teweeg',
  'terecht',
  'tentoon',
  'achteruit',
  'vooruit',
  'bekend',
  'binnen',
  'buiten',
  'terug',
  'samen',
  'tegen',
  'langs',
  'voort',
  'mede',
  'over',
  'onder',
  'door',
  'voor',
  'weg',
  'aan',
  'uit',
  'mee',
  'neer',
  'bij',
  'toe',
  'vast',
  'los',
  'vrij',
  'open',
  'dicht',
  'na',
  'op',
  'af',
  'in',
  'om',
].sort((a, b) => b.length - a.length);

export interface Verb {
  inf: string;
  /** The forms of the verb itself, as the table writes them (a separable verb joined: "terugstuurt"). */
  forms: Record<Slot, string>;
  /**
   * What splits off in a main clause: a separable particle ("terug"), the words before the verb of an expression
   * ("op de hoogte" in "op de hoogte brengen"), or the word after it ("weten" in "laten weten").
   */
  particle?: string;
  /** `joined`: written into the verb (terugstuurt); `before`: words before it (op de hoogte brengt); `after`: laat weten. */
  placement?: 'joined' | 'before' | 'after';
}

const byInfinitive = new Map<string, readonly string[]>();
for (const row of table) byInfinitive.set(row[0], row);
for (const row of verbsExtra) byInfinitive.set(row[0], row);

function formsOf(row: readonly string[]): Record<Slot, string> {
  const [inf, first, second, third, past, pastPl, participle] = row;
  return { inf, first, second, third, past, pastPl, participle };
}

/** The particle of a separable verb: `inf` = particle + base, and the participle puts ge- after the particle. */
function particleOf(inf: string, participle: string): string | undefined {
  for (const particle of [...PARTICLES, ...SEPARABLE_ONLY]) {
    if (!inf.startsWith(particle) || inf.length - particle.length < 3) continue;
    const base = byInfinitive.get(inf.slice(particle.length));
    if (base && participle === particle + base[6]) return particle;
  }
  return undefined;
}

/** Particles that are always separable: a verb the table lacks is that particle + a verb it knows ("terugbetalen"). */
const SEPARABLE_ONLY = [
  'aan',
  'af',
  'bij',
  'in',
  'mee',
  'na',
  'op',
  'toe',
  'uit',
  'terug',
  'weg',
  'kwijt',
  'kennis',
  'tewerk',
  'waar',
  'verder',
  'recht',
  'stop',
];

/** The table's row, or one made of a separable particle and a verb the table knows. */
function rowOf(infinitive: string): readonly string[] | undefined {
  const row = byInfinitive.get(infinitive);
  if (row) return row;
  for (const particle of SEPARABLE_ONLY) {
    const base = infinitive.startsWith(particle) ? byInfinitive.get(infinitive.slice(particle.length)) : undefined;
    if (base && !particleOf(base[0], base[6])) return base.map((form) => particle + form);
  }
  return undefined;
}

const cache = new Map<string, Verb | null>();

/** A verb by its infinitive (one word, or two: "laten weten"); undefined when the table does not know it. */
export function verb(infinitive: string): Verb | undefined {
  const cached = cache.get(infinitive);
  if (cached !== undefined) return cached ?? undefined;
  let result: Verb | undefined;
  const words = infinitive.split(' ');
  const last = rowOf(words[words.length - 1]);
  const first = rowOf(words[0]);
  if (words.length === 1 && last) {
    const particle = particleOf(last[0], last[6]);
    result = { inf: infinitive, forms: formsOf(last), ...(particle && { particle, placement: 'joined' as const }) };
  } else if (words.length === 2 && first) {
    // A verb with an infinitive after it: "laten weten", "laten zien".
    result = { inf: infinitive, forms: formsOf(first), particle: words[1], placement: 'after' };
  } else if (words.length > 1 && last) {
    // Words before the verb that split off like a particle: "op de hoogte brengen", "opnieuw bekijken".
    result = { inf: infinitive, forms: formsOf(last), particle: words.slice(0, -1).join(' '), placement: 'before' };
  }
  cache.set(infinitive, result ?? null);
  return result;
}

/** A finite form without its particle, as it stands in a main clause: "stuurt" for terugsturen. */
export function splitForm(v: Verb, slot: Slot): string {
  const form = v.forms[slot];
  if (v.placement !== 'joined') return form;
  return form.startsWith(v.particle!) ? form.slice(v.particle!.length) : form;
}

/** The form with nothing split off: "terugstuurt", "op de hoogte brengt", "laat weten", "teruggestuurd". */
export function joinedForm(v: Verb, slot: Slot): string {
  if (v.placement === 'before') return `${v.particle} ${v.forms[slot]}`;
  if (v.placement === 'after') return `${v.forms[slot]} ${v.particle}`;
  return v.forms[slot];
}

/** "te" + infinitive: "te betalen", "terug te sturen", "op de hoogte te brengen", "te laten weten". */
export function teInfinitive(v: Verb): string {
  if (v.placement === 'joined') return `${v.particle} te ${v.forms.inf.slice(v.particle!.length)}`;
  if (v.placement === 'before') return `${v.particle} te ${v.forms.inf}`;
  if (v.placement === 'after') return `te ${v.forms.inf} ${v.particle}`;
  return `te ${v.inf}`;
}

/** The slots a form stands for ("wenst": second and third; "wensen": inf and the plural). */
export function slotsOf(v: Verb, form: string, split: boolean): Slot[] {
  return SLOTS.filter((slot) => (split ? splitForm(v, slot) : v.forms[slot]) === form);
}

let byFinite: Map<string, Record<Slot, string>> | undefined;

/** The present forms of the verb a finite form belongs to ("hebt" → hebben's), or undefined. */
export function presentOf(form: string): Pick<Record<Slot, string>, 'first' | 'second' | 'third'> | undefined {
  if (!byFinite) {
    byFinite = new Map();
    for (const row of [...table, ...verbsExtra]) {
      const forms = formsOf(row);
      for (const f of [forms.first, forms.second, forms.third]) if (!byFinite.has(f)) byFinite.set(f, forms);
    }
    // Our own rows win (verbs-extra corrects the table).
    for (const row of verbsExtra) {
      const forms = formsOf(row);
      for (const f of [forms.first, forms.second, forms.third]) byFinite.set(f, forms);
    }
  }
  return byFinite.get(form);
}

let slotsByForm: Map<string, number> | undefined;

/**
 * The slots a word fills in some verb of the table, as bits (`1 << SLOTS.indexOf(slot)`), or 0. One index for the
 * rules and the tagger, built once.
 */
export function formSlots(word: string): number {
  if (!slotsByForm) {
    slotsByForm = new Map();
    for (const rows of [table, verbsExtra])
      for (const row of rows) for (let s = 0; s < row.length; s++) slotsByForm.set(row[s], (slotsByForm.get(row[s]) ?? 0) | (1 << s));
  }
  return slotsByForm.get(word) ?? 0;
}

/** A word that splits off a separable verb ("aan", "terug"). */
export const isParticle = (word: string): boolean => PARTICLES.includes(word);

/** The separable particles `word` starts with, longest first ("terugbetaalt": "terug"). */
export const particlesStarting = (word: string): string[] => PARTICLES.filter((p) => word.startsWith(p) && word.length - p.length >= 3);

export const SLOT_BIT: Readonly<Record<Slot, number>> = Object.fromEntries(SLOTS.map((slot, i) => [slot, 1 << i])) as Record<Slot, number>;

/** A form of some verb in the table, written joined ("mededeelt", "terugstuurt"). */
export const isVerbForm = (word: string): boolean => formSlots(word) !== 0;

/** `word` is the split-off particle of a verb whose finite part is `finite`: "mede" of "deelt … mede". */
const PARTICLE_SET = new Set(PARTICLES);
export const isParticleOf = (word: string, finite: string): boolean => PARTICLE_SET.has(word) && isVerbForm(word + finite);
