/**
 * Part of speech for every word of a sentence, for the rules: Brill's tagger (rules/shared/brill.ts) and then our
 * clause step, which fixes what a three-word window cannot see. A sentence is tagged the first time a rule asks
 * (`tagsOf`), so rules that need no tags cost nothing. Also what the tagger's lexicon knows about participles.
 */
import { tagger as data, taggerExtra } from '../../dictionaries/index';
import { lexiconTag, tagWords, type Tag } from './brill';
import type { Paragraph, Sentence } from './paragraph';
import { formSlots, isParticleOf, SLOT_BIT, type Slot } from './verbs';

export type { Tag } from './brill';
export { lexiconTag } from './brill';

/** An inflected adjective, as the lexicon gives it first: "de nieuwe bedragen" (not "premie", "verpleegkundige"). */
export const isInflectedAdjective = (word: string | undefined): boolean =>
  word !== undefined && word.endsWith('e') && lexiconTag(word)?.startsWith('Adj') === true;

let participles: { known: Set<string>; intransitive: Set<string> } | undefined;
/** The lexicon's participles (only its participle tags are read), and which of them take no object. */
function participleSets() {
  if (!participles) {
    participles = { known: new Set(), intransitive: new Set() };
    data.tags.forEach(([fine], tag) => {
      if (!fine.includes('verl_dw') || !data.lexicon[tag]) return;
      const intransitive = fine.startsWith('V(intrans') || fine.startsWith('V(hulp_of_kopp');
      for (const word of data.lexicon[tag].split(' ')) {
        participles!.known.add(word);
        if (intransitive) participles!.intransitive.add(word);
      }
    });
    // Our corrections win over the lexicon's tag.
    for (const [word, tag] of taggerExtra.lexicon) {
      if (tag.includes('verl_dw')) participles.known.add(word);
      else participles.known.delete(word);
    }
  }
  return participles;
}

/**
 * A past participle the data knows (Brill-NL's lexicon or the verb table), not one the tagger guessed from an
 * ending ("arbeidsongeschikt" is no participle).
 */
export const isKnownParticiple = (word: string): boolean =>
  (formSlots(word) & SLOT_BIT.participle) !== 0 || participleSets().known.has(word);

/**
 * A participle of a verb that takes no object, by Brill-NL's lexicon ("verhuisd", "gestegen", "gebeurd"): after
 * "zijn" it makes an active perfect ("wij zijn verhuisd"), never a passive.
 */
export const isIntransitiveParticiple = (word: string): boolean => participleSets().intransitive.has(word);

/** Whether a word is that form of some verb in the conjugation table. */
const isForm = (word: string, slot: Slot) => (formSlots(word) & SLOT_BIT[slot]) !== 0;

const words = (s: string) => new Set(s.split(' '));
const HEBBEN = words('heb hebt heeft hebben had hadden gehad');
const ZIJN_WORDEN = words('ben bent is zijn was waren geweest word wordt worden werd werden geworden');
/** Auxiliaries of a perfect or passive: a participle in their clause is one. */
const PERFECT_AUX = new Set([...HEBBEN, ...ZIJN_WORDEN]);
/** Modal verbs, "zullen" and "laten": auxiliaries when an infinitive goes with them ("ik wil graag een afspraak" has none). */
const MODAL = words(
  'kan kunt kunnen kon konden moet moeten moest moesten mag mogen mocht mochten wil wilt willen wou wilde wilden zal zult zullen zou zouden laat laten liet lieten',
);
const isFinite = (t: Tag) => t === 'VERB:Fin' || t === 'AUX:Fin';
const isInfinitive = (t: Tag) => t === 'VERB:Inf' || t === 'AUX:Inf';
const isVerb = (t: Tag) => t.startsWith('VERB') || t.startsWith('AUX');
/** Conjunctions that start a clause of their own ("dat" and "of" are too often something else). */
const SPLIT_AT = (t: Tag, w: string) => (t === 'SCONJ' || t === 'CCONJ') && w !== 'dat' && w !== 'of';

/**
 * Our corrections that need the whole clause, which Brill's three-word window does not see: a participle after
 * its auxiliary ("er wordt van u verwacht"), AUX only for auxiliaries, and "hebben" and modals as main verbs
 * when no participle or infinitive goes with them (as UD tags them), the finite verb of a clause the rules tagged
 * as an infinitive ("wij kunnen"), a separable verb's particle at the end of its clause, a participle after an
 * article as an adjective ("de gesloten envelop"), and a command at the start of a sentence ("Stuur het formulier").
 */
function repairClauses(sentence: Sentence, tags: Tag[]): void {
  const { words: ws, lower } = sentence;
  const n = ws.length;
  if (n > 1 && isForm(lower[0], 'first') && /^\p{Lu}/u.test(ws[0].value) && !MODAL.has(lower[0]) && !PERFECT_AUX.has(lower[0])) {
    const next = tags[1];
    if (next === 'DET' || next === 'PRON' || next === 'ADP' || next === 'ADV' || next === 'NUM' || next === 'PROPN') tags[0] = 'VERB:Fin';
  }
  let start = 0;
  for (let k = 1; k <= n; k++) {
    if (k < n && !ws[k].breakBefore && !SPLIT_AT(tags[k], lower[k])) continue;
    repairClause(lower, tags, start, k);
    start = k;
  }
  // Right after an article a participle is an adjective ("de gesloten envelop") or, guessed wrong, the noun itself.
  for (let k = 1; k < n; k++) {
    if (tags[k] === 'VERB:Part' && tags[k - 1] === 'DET' && !ws[k].breakBefore)
      tags[k] = k + 1 < n && (tags[k + 1] === 'NOUN' || tags[k + 1] === 'ADJ') ? 'ADJ' : 'NOUN';
  }
}

function repairClause(lower: readonly string[], tags: Tag[], from: number, to: number): void {
  let perfect = false;
  let modal = false;
  for (let k = from; k < to; k++) {
    if (PERFECT_AUX.has(lower[k])) perfect = true;
    if (MODAL.has(lower[k])) modal = true;
  }
  for (let k = from; k < to; k++) {
    const t = tags[k];
    const w = lower[k];
    if (PERFECT_AUX.has(w) || MODAL.has(w)) continue;
    if (perfect && (isVerb(t) || ((t === 'NOUN' || t === 'ADJ') && w.startsWith('ge'))) && t !== 'VERB:Part' && isForm(w, 'participle'))
      tags[k] = 'VERB:Part';
    // "U zult een brief ontvangen": with a modal and no perfect, a form that is both is the infinitive.
    else if (modal && !perfect && t === 'VERB:Part' && isForm(w, 'inf')) tags[k] = 'VERB:Inf';
  }
  let hasPart = false;
  let hasInf = false;
  let hasFinite = false;
  for (let k = from; k < to; k++) {
    const t = tags[k];
    if (t === 'VERB:Part' || t === 'AUX:Part') hasPart = true;
    if (isInfinitive(t) && !MODAL.has(lower[k])) hasInf = true;
    if (isFinite(t)) hasFinite = true;
  }
  if (!hasFinite) {
    // Every clause has a finite verb; the first "infinitive" not after "te" or an article is it.
    for (let k = from; k < to; k++) {
      if (!isInfinitive(tags[k]) || (k > 0 && (lower[k - 1] === 'te' || tags[k - 1] === 'DET'))) continue;
      tags[k] = tags[k] === 'AUX:Inf' ? 'AUX:Fin' : 'VERB:Fin';
      break;
    }
  }
  // A separable verb's particle closes the clause: "biedt … aan", "lees de brief goed door".
  const last = to - 1;
  if (last > from && (tags[last] === 'ADP' || tags[last] === 'ADV')) {
    for (let k = from; k < last; k++) {
      if (isFinite(tags[k]) && isParticleOf(lower[last], lower[k])) {
        tags[last] = 'ADP:prt';
        break;
      }
    }
  }
  for (let k = from; k < to; k++) {
    const t = tags[k];
    if (!isVerb(t)) continue;
    const form = t.slice(t.indexOf(':')) as ':Fin' | ':Inf' | ':Part' | ':Ger';
    const w = lower[k];
    const aux = HEBBEN.has(w) ? hasPart : MODAL.has(w) ? hasInf : ZIJN_WORDEN.has(w);
    tags[k] = `${aux ? 'AUX' : 'VERB'}${form}`;
  }
}

const cache = new WeakMap<Sentence, readonly Tag[]>();

/** The coarse tag of every word of a sentence (`sentence.words[i]` ↔ result[i]); tagged once, on first ask. */
export function tagsOf(paragraph: Paragraph, sentence: Sentence): readonly Tag[] {
  let tags = cache.get(sentence);
  if (!tags) {
    const tagged = tagWords(paragraph.text, sentence.start, sentence.end, sentence.words, sentence.lower);
    repairClauses(sentence, tagged);
    tags = tagged;
    cache.set(sentence, tags);
  }
  return tags;
}
