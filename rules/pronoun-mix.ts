/**
 * pronoun-mix: the text addresses the reader with "u" and with "je/jij" both.
 * Each paragraph reports every form of address; the whole-text step keeps the
 * forms that differ from the one the text uses most (on a tie: the user's
 * preferred form).
 */
import { BODY_KINDS, type FormOfAddress } from '../contract/index';
import { defineRule, type ReportedFix } from './define';
import { matchCase } from './shared/case';
import { replace, type Edit } from './shared/fix';
import type { Word } from './shared/paragraph';
import { presentOf } from './shared/verbs';
import { quote } from './shared/texts';

/** Form of address → what to write in the other form. */
const U_FORMS = new Map([
  ['u', ['je']],
  ['uw', ['je', 'jouw']],
  ['uzelf', ['jezelf']],
]);
const JE_FORMS = new Map([
  ['je', ['u', 'uw']],
  ['jij', ['u']],
  ['jou', ['u']],
  ['jouw', ['uw']],
  ['jezelf', ['uzelf']],
]);

/** Words after which "je" is the reader, not "your": "Kom je morgen?", "Je mag bellen". */
const AFTER_PERSONAL_JE = new Set([
  'mag',
  'kan',
  'kunt',
  'moet',
  'hebt',
  'bent',
  'krijgt',
  'wordt',
  'wil',
  'wilt',
  'zal',
  'zult',
  'morgen',
  'vandaag',
  'ook',
  'niet',
  'nog',
  'al',
  'graag',
  'zelf',
  'altijd',
  'dan',
  'het',
  'de',
  'een',
  'ons',
  'dit',
  'dat',
  'die',
  'hier',
  'daar',
  'er',
  'wel',
  'eerst',
  'even',
  'nu',
  'zo',
  'toch',
  'zeker',
  'snel',
  'op',
  'in',
  'aan',
  'af',
  'mee',
  'terug',
  'uit',
  'je',
  'jouw',
  'uw',
  'jezelf',
  'zich',
  'hem',
  'haar',
  'hen',
  'iets',
  'niets',
  'alles',
  'iemand',
  'geen',
]);
/** After these "je" starts a clause, so it is the reader: "… dat je je kaart meebrengt", "als je wil". */
const BEFORE_PERSONAL_JE = new Set([
  'dat',
  'als',
  'omdat',
  'wanneer',
  'of',
  'zodat',
  'voordat',
  'nadat',
  'tenzij',
  'hoe',
  'wat',
  'waar',
  'wie',
  'zodra',
  'terwijl',
]);
const PREPOSITIONS = new Set(['met', 'van', 'voor', 'aan', 'op', 'in', 'bij', 'naar', 'over', 'om', 'uit', 'zonder', 'door']);

/** "je" is "u" (the reader) or "uw" (your); guess which from the words around it, and offer both. */
function replacementsForJe(previous: string | undefined, next: string | undefined): string[] {
  if (previous === undefined || BEFORE_PERSONAL_JE.has(previous)) return ['u', 'uw'];
  const possessive = PREPOSITIONS.has(previous) || (next !== undefined && !AFTER_PERSONAL_JE.has(next));
  return possessive ? ['uw', 'u'] : ['u', 'uw'];
}

/** "om 14 u" and "9.30 u." mean "uur" in Flemish letters. */
function isHourAbbreviation(previous: string | undefined): boolean {
  return previous !== undefined && /^(?:\d{1,2}(?:[.:h]\d{2})?|uur)$/.test(previous);
}

/** What continues a word (as the fix labels read it): a swap next to one is labelled in full by the report. */
const WORD_CHAR = /[\p{L}\p{N}'’-]/u;

/** Subject pronouns before a verb: "ik bel je" is not an inverted "bel je". */
const SUBJECTS = new Set(['ik', 'wij', 'we', 'hij', 'zij', 'ze', 'het', 'men', 'jullie']);

/**
 * The verb that must change with the pronoun: "heb je" → "hebt u", "hebt u" → "heb je", "u heeft" → "je hebt".
 * Undefined when nothing changes, null when it is not clear (then no fix is offered).
 */
function agreement(words: readonly Word[], i: number, replacement: string): Edit | undefined | null {
  const pronoun = words[i].lower;
  if (pronoun !== 'u' && pronoun !== 'je' && pronoun !== 'jij') return undefined;
  if (replacement !== 'u' && replacement !== 'je') return undefined;
  const before = words[i - 1];
  const after = words[i + 1];
  // Inverted: the verb right before the pronoun ("hebt u", "heb je"), not after a subject ("ik bel je").
  const inverted = before && !words[i].breakBefore ? presentOf(before.lower) : undefined;
  if (before && inverted && !SUBJECTS.has(words[i - 2]?.lower ?? '')) {
    const is = (slot: 'first' | 'second' | 'third') => inverted[slot] === before.lower;
    const wanted = replacement === 'je' ? inverted.first : inverted.second;
    if (!is('first') && !is('second') && !is('third')) return undefined;
    if (wanted === before.lower) return undefined;
    // "belt u": with a regular verb the u may be the object ("de dienst belt u"); only sure at the clause start.
    if (inverted.second === inverted.third && replacement === 'je' && i - 1 > 0 && !words[i - 1].breakBefore) return null;
    return replace(before.start, before.end, matchCase(before.value, wanted));
  }
  // Subject before the verb: "u heeft" → "je hebt" (with u both "hebt" and "heeft" are right).
  const next = after ? presentOf(after.lower) : undefined;
  if (after && next && pronoun === 'u' && replacement === 'je' && next.third === after.lower && next.second !== next.third) {
    return replace(after.start, after.end, next.second);
  }
  return undefined;
}

/**
 * The fixes that swap the pronoun at `words[i]`, worked out when asked. Results stay cached, so the function keeps
 * the few words the verb agreement reads (made out here, it holds nothing else of the paragraph's index).
 */
function swapFixes(text: string, words: readonly Word[], i: number, swap: readonly string[]): () => ReportedFix[] {
  const word = words[i];
  const near = words.slice(Math.max(0, i - 2), i + 2);
  const at = Math.min(i, 2);
  return () => {
    const whole = !WORD_CHAR.test(text[word.start - 1] ?? ' ') && !WORD_CHAR.test(text[word.end] ?? ' ');
    const made: ReportedFix[] = [];
    for (const replacement of swap) {
      const verbEdit = agreement(near, at, replacement);
      if (verbEdit === null) continue; // the verb would have to change, and it is not clear how
      const written = matchCase(word.value, replacement);
      const edit = replace(word.start, word.end, written);
      // A whole word swapped alone reads as the new word.
      made.push(verbEdit ? { edits: [edit, verbEdit] } : { edits: [edit], label: whole ? written : undefined });
    }
    return made;
  };
}

export default defineRule({
  id: 'pronoun-mix',
  look: { color: '#4338ca', line: 'dash-dot' },
  texts: {
    nl: {
      title: 'U en je door elkaar',
      why: 'Wie de lezer de ene keer met u en de andere keer met je aanspreekt, verwart de lezer.',
      lesson: { before: 'U bent welkom. Breng je identiteitskaart mee.', after: 'U bent welkom. Breng uw identiteitskaart mee.' },
      options: {},
      messages: {
        mixed: (text: string, form: string) => `Hier staat ${quote(text)}, maar de tekst gebruikt ${quote(form)}. Kies één vorm.`,
      },
    },
  },
  parts: [...BODY_KINDS, 'subject', 'greeting', 'closing'],
  defaults: {},
  examples: {
    flag: [
      { text: 'U kunt [[je]] formulier afgeven aan het onthaal.', suggestion: 'uw' },
      { text: 'Wij nodigen u uit. Breng [[jouw]] identiteitskaart mee.', suggestion: 'uw' },
      { text: 'Hebt u vragen? Dan kan [[jij]] ons bellen.', suggestion: 'kunt u', fixed: 'Hebt u vragen? Dan kunt u ons bellen.' },
      { text: 'U bent welkom. Wij helpen u graag. Wij bellen [[jou]] morgen.', suggestion: 'u' },
      { text: 'Je bent welkom. Je krijgt een brief. Breng [[uw]] loonbrief mee.', suggestion: 'je' },
      { text: 'Kom je op maandag? Je mag iemand meebrengen. Bel [[u]] ons even?', suggestion: 'je' },
      {
        text: 'U kunt zich inschrijven. Schrijf [[je]] vandaag nog in.',
        suggestion: 'Schrijft u',
        fixed: 'U kunt zich inschrijven. Schrijft u vandaag nog in.',
      },
      { text: 'U hebt recht op hulp. Wij helpen [[jou]] graag.', suggestion: 'u' },
      { text: 'Uw afspraak is op maandag. Vergeet [[je]] papieren niet.', suggestion: 'uw' },
      { text: 'Jij krijgt een brief. Jij moet die lezen. Stuur [[uw]] antwoord terug.', suggestion: 'je' },
      { text: 'U bent welkom. Het is belangrijk dat [[je]] uw kaart meebrengt.', suggestion: 'u' },
    ],
    pass: [
      'U krijgt een brief. Lees die brief goed.',
      'Je krijgt een brief. Lees je brief goed.',
      'Kom om 14 u naar ons kantoor. Je mag iemand meebrengen.',
      'Jullie zijn welkom.',
      'Wij bellen u morgen om 9.30 u.',
    ],
  },
  find(paragraph, { report }) {
    const { text } = paragraph;
    for (const sentence of paragraph.sentences) {
      const words = sentence.words;
      for (let i = 0; i < words.length; i++) {
        const word = words[i];
        if (word.value.length > 6) continue; // the longest form is "jezelf"
        const uForm = U_FORMS.get(word.lower);
        const jeForm = uForm ? undefined : JE_FORMS.get(word.lower);
        if (!uForm && !jeForm) continue;
        const form = uForm ? 'u' : 'je';
        if (word.lower === 'u' && isHourAbbreviation(words[i - 1]?.lower)) continue;
        // The replacements are worked out here, where the neighbouring words are known; finalize picks the side.
        const swap = word.lower === 'je' ? replacementsForJe(words[i - 1]?.lower, words[i + 1]?.lower) : (uForm ?? jeForm)!;
        // Only the candidates finalize keeps need their fixes: worked out then (most are the text's own form).
        const fixes = swapFixes(text, words, i, swap);
        report({ start: word.start, end: word.end, message: '', fixes, key: form });
      }
    }
  },
  finalize(candidates, { settings, messages }) {
    const count = { u: 0, je: 0 };
    for (const c of candidates) count[c.key as FormOfAddress]++;
    if (count.u === 0 || count.je === 0) return [];
    const main: FormOfAddress = count.u > count.je ? 'u' : count.je > count.u ? 'je' : settings.address;
    return candidates.filter((c) => c.key !== main).map((c) => ({ ...c, message: messages.mixed(c.text, main) }));
  },
});
