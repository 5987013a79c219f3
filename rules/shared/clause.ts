/**
 * Clauses inside a sentence, as far as fixes need them: where a clause ends (to put a separable verb's particle
 * there), whether a verb stands last (a subordinate clause: "als u het formulier terugstuurt"), and what the
 * subject of a finite verb is (u/je or someone else).
 */
import type { Sentence } from './paragraph';
import type { Tag } from './tagger';

/** Words that start a new clause. */
const CLAUSE_STARTERS = new Set([
  'en',
  'maar',
  'of',
  'want',
  'dus',
  'omdat',
  'als',
  'wanneer',
  'indien',
  'zodat',
  'terwijl',
  'nadat',
  'voordat',
  'zodra',
  'tenzij',
  'hoewel',
  'doordat',
  'om',
  'waar',
  'waarin',
  'waarop',
  'waarmee',
  'waarvoor',
  'wat',
  'wie',
  'welke',
]);

/** Words that start a subject or object right after a relative "dat"/"die" ("… dat u …", "… die het …"). */
const AFTER_RELATIVE = new Set([
  'u',
  'je',
  'jij',
  'wij',
  'we',
  'hij',
  'zij',
  'ze',
  'het',
  'de',
  'een',
  'er',
  'ik',
  'jullie',
  'uw',
  'ons',
  'onze',
]);

/** "dat"/"die" start a clause before a subject ("de brief die u kreeg"), not before a noun ("die brief"). */
function startsClause(sentence: Sentence, k: number): boolean {
  const word = sentence.lower[k];
  if (CLAUSE_STARTERS.has(word)) return true;
  return (word === 'dat' || word === 'die') && AFTER_RELATIVE.has(sentence.lower[k + 1]);
}

/** The index of the last word of the clause that contains word `i`. */
export function clauseEnd(sentence: Sentence, i: number): number {
  const { words } = sentence;
  for (let k = i + 1; k < words.length; k++) {
    if (words[k].breakBefore || startsClause(sentence, k)) return k - 1;
  }
  return words.length - 1;
}

/**
 * Where a separable verb's particle goes: the end of the clause of word `i`, also across "en"/"of" that join two
 * noun phrases ("u stuurt het formulier en de bijlagen terug"), by the part-of-speech tags. After "en"/"of" with a
 * finite verb a new clause starts ("… terug en belt ons"); with another verb form it is not clear: undefined.
 */
export function particleEnd(sentence: Sentence, i: number, tags: readonly Tag[]): number | undefined {
  let end = clauseEnd(sentence, i);
  for (;;) {
    const joiner = sentence.lower[end + 1];
    if ((joiner !== 'en' && joiner !== 'of') || sentence.words[end + 1].breakBefore) return end;
    const next = clauseEnd(sentence, end + 2);
    let verbs = 0;
    for (let k = end + 2; k <= next; k++) {
      const t = tags[k];
      if (t === 'VERB:Fin' || t === 'AUX:Fin') return end;
      if (t.startsWith('VERB') || t.startsWith('AUX')) verbs++;
    }
    if (verbs > 0 || next < end + 2) return undefined;
    end = next;
  }
}

/** The index of the first word of the clause that contains word `i`. */
export function clauseStart(sentence: Sentence, i: number): number {
  const { words } = sentence;
  for (let k = i; k > 0; k--) {
    if (words[k].breakBefore) return k;
    if (startsClause(sentence, k - 1)) return k;
  }
  return 0;
}

/** The first index in the clause of `i` (after it, or before it with `before`) whose word is `word`. */
export function findInClause(sentence: Sentence, i: number, word: string, direction: 'after' | 'before' | 'both'): number {
  const lower = sentence.lower;
  if (direction !== 'before') {
    const end = clauseEnd(sentence, i);
    for (let k = i + 1; k <= end; k++) if (lower[k] === word) return k;
  }
  if (direction !== 'after') {
    const start = clauseStart(sentence, i);
    for (let k = i - 1; k >= start; k--) if (lower[k] === word) return k;
  }
  return -1;
}

/**
 * Who a finite verb at `i` goes with, when it is the reader: "u hebt", "hebt u", "je hebt", and in a subordinate
 * clause the pronoun right after the conjunction: "als u over andere inkomsten beschikt".
 */
export function addressedSubject(sentence: Sentence, i: number): 'u' | 'je' | undefined {
  const of = (word: string | undefined) => (word === 'u' ? 'u' : word === 'je' || word === 'jij' ? 'je' : undefined);
  const before = sentence.lower[i - 1];
  const after = sentence.lower[i + 1];
  if (before === 'u' || after === 'u') return 'u';
  if (before === 'je' || before === 'jij' || after === 'jij') return 'je';
  const start = clauseStart(sentence, i);
  if (start > 0 && CLAUSE_STARTERS.has(sentence.lower[start - 1])) return of(sentence.lower[start]);
  return undefined;
}
