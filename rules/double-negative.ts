/**
 * double-negative: "niet onmogelijk" → "mogelijk", "niet uitgesloten" → "mogelijk"; the reader has to compute two
 * negations. The tagger's lexicon tells whether "geen onnodige kosten" can become "een …" (not before a plural:
 * advice only).
 */
import { defineRule } from './define';
import { replace } from './shared/fix';
import { matchCase } from './shared/case';
import { lexiconTag } from './shared/tagger';
import type { Sentence } from './shared/paragraph';
import { quote } from './shared/texts';

const NEGATIONS = new Set(['niet', 'geen', 'nooit', 'niemand', 'niets', 'nergens']);
/** Words that may stand between the negation and the negative word: "niet zo onbelangrijk". */
const DEGREE = new Set(['zo', 'erg', 'heel', 'helemaal', 'echt', 'geheel', 'zomaar']);
/** Words in on- that do not negate an adjective ("ongerust" is worried, not the opposite of "gerust"). */
const NOT_NEGATIVE = /^(?:on(?:der|t|s|ze|langs|geveer|line|kosten|thaal|danks|middellijk|zin|geluk|weer|rust|recht|derwijs|gemak|gerust))/;

/**
 * Words that are a negation in themselves, with their positive and the word that must follow for the fix to be
 * right ("het is niet uitgesloten dat" → "het is mogelijk dat"; "u bent niet uitgesloten van" has no fix).
 */
const NEGATIVE_WORDS = new Map([['uitgesloten', { positive: 'mogelijk', ifNext: 'dat' }]]);

/**
 * A noun in the singular: the tagger's lexicon says so, or a word it does not know ends unlike a plural (-en, -s);
 * "geen onnodige kosten" and unknown words in -en or -s get advice only.
 */
function isSingularNoun(word: string): boolean {
  const tag = lexiconTag(word);
  if (tag !== undefined) return tag.startsWith('N(soort,ev');
  return /^\p{L}+$/u.test(word) && !/(?:en|s)$/.test(word);
}

function negatedWord(word: string): string | undefined {
  if (word.length < 6 || !word.startsWith('on') || NOT_NEGATIVE.test(word)) return undefined;
  return word.slice(2);
}

const HOEVEN = new Set(['hoef', 'hoeft', 'hoeven', 'hoefde', 'hoefden', 'hoefje']);

/** A form of "hoeven" earlier in the clause of word `i`. */
function hoevenBefore(sentence: Sentence, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    if (HOEVEN.has(sentence.lower[k])) return true;
    if (sentence.words[k + 1].breakBefore) return false;
  }
  return false;
}

export default defineRule({
  id: 'double-negative',
  look: { color: '#b91c1c', line: 'thick' },
  texts: {
    nl: {
      title: 'Dubbele ontkenning',
      why: 'Twee ontkenningen na elkaar moet de lezer omrekenen. Zeg het positief.',
      lesson: { before: 'Het is niet onbelangrijk dat u op tijd komt.', after: 'Het is belangrijk dat u op tijd komt.' },
      options: {},
      messages: {
        doubled: (text: string) => `${quote(text)} is een dubbele ontkenning. Zeg het positief.`,
      },
    },
  },
  defaults: {},
  examples: {
    flag: [
      { text: 'Het is [[niet onmogelijk]] dat u geld terugkrijgt.', suggestion: 'mogelijk' },
      { text: 'Dit is [[niet onbelangrijk]] voor uw dossier.', suggestion: 'belangrijk' },
      { text: 'Het is [[niet ongewoon]] dat de aanvraag lang duurt.', suggestion: 'gewoon' },
      { text: 'Het is [[niet onwaarschijnlijk]] dat de huur stijgt.', suggestion: 'waarschijnlijk' },
      { text: 'De taal speelt [[geen onbelangrijke]] rol.', suggestion: 'een belangrijke' },
      { text: 'Dit gebeurt [[niet zonder]] reden.' },
      { text: 'Het is [[niet onredelijk]] om uitstel te vragen.', suggestion: 'redelijk' },
      { text: 'Uw vraag is [[niet onbegrijpelijk]].', suggestion: 'begrijpelijk' },
      { text: 'Het bedrag is [[niet zo onbelangrijk]].', suggestion: 'zo belangrijk' },
      { text: 'Een taalcursus is [[nooit onnuttig]].', suggestion: 'altijd nuttig' },
      { text: 'Het is [[niet ondenkbaar]] dat u moet verhuizen.', suggestion: 'denkbaar' },
      { text: 'Het is [[niet uitgesloten]] dat de premie stijgt.', suggestion: 'mogelijk', fixed: 'Het is mogelijk dat de premie stijgt.' },
      // Only "niet uitgesloten dat" becomes "mogelijk dat": "U bent mogelijk van de premie" is wrong Dutch.
      { text: 'U bent [[niet uitgesloten]] van de premie.', advice: true },
      // "een nodige kosten" is wrong: before a plural, advice only.
      { text: 'U maakt [[geen onnodige]] kosten.', advice: true },
      // "U hoeft geduldig te zijn" is wrong Dutch: "hoeven" keeps its "niet". Advice only.
      { text: 'U hoeft [[niet ongeduldig]] te zijn.', advice: true },
      { text: 'Zo een brief is voor ons [[geen onbekende]].', suggestion: 'een bekende' },
      { text: 'Het is [[geen onredelijke]] huurverhoging.', suggestion: 'een redelijke' },
    ],
    pass: [
      'U hoeft niet ongerust te zijn: uw zoon is in goede handen.',
      'Wij kunnen niet onmiddellijk antwoorden.',
      'Wij hebben uw brief niet ontvangen.',
      'U hoeft niet onder de 18 jaar te zijn.',
      'Het is niet ons kantoor.',
      'Het is mogelijk dat u geld terugkrijgt.',
      'Wij hebben geen onkosten gemaakt.',
      'Het is uitgesloten dat u de premie twee keer krijgt.',
    ],
  },
  find(paragraph, { messages, report }) {
    for (const sentence of paragraph.sentences) {
      const words = sentence.words;
      for (let i = 0; i < words.length; i++) {
        const negation = words[i].lower;
        if (!NEGATIONS.has(negation)) continue;
        let j = i + 1;
        if (j < words.length && DEGREE.has(words[j].lower)) j++;
        if (j >= words.length || words[j].breakBefore) continue;
        const target = words[j].lower;
        const start = words[i].start;
        const end = words[j].end;
        const text = paragraph.text.slice(start, end);
        if (negation === 'niet' && target === 'zonder') {
          report({ start, end, message: messages.doubled(text) });
          continue;
        }
        const negative = NEGATIVE_WORDS.get(target);
        if (negative && negation === 'niet') {
          // "niet uitgesloten dat" → "mogelijk dat"; elsewhere the sentence decides: advice.
          const sure = j === i + 1 && words[j + 1]?.lower === negative.ifNext && !words[j + 1].breakBefore;
          report({
            start,
            end,
            message: messages.doubled(text),
            fixes: sure ? [{ edits: [replace(start, end, matchCase(text, negative.positive))] }] : [],
          });
          i = j;
          continue;
        }
        const positive = negatedWord(target);
        if (!positive) continue;
        const between = words.slice(i + 1, j).map((w) => w.value);
        const positiveWords = [...between, words[j].value.slice(2)].join(' ');
        // "geen onnodige kosten" → "een nodige kosten" is wrong: "een" only before a singular noun. At the end of the
        // clause the adjective is the noun itself ("geen onbekende" → "een bekende").
        const next = words[j + 1];
        const last = next === undefined || next.breakBefore;
        const singular = negation !== 'geen' || (last ? target.endsWith('e') : isSingularNoun(next.lower));
        // "U hoeft niet ongeduldig te zijn": "hoeven" needs its "niet"; without it the sentence is wrong. Advice only.
        const needsNegation = negation === 'niet' && hoevenBefore(sentence, i);
        const suggestion = { niet: positiveWords, geen: `een ${positiveWords}`, nooit: `altijd ${positiveWords}` }[
          negation as 'niet' | 'geen' | 'nooit'
        ];
        report({
          start,
          end,
          message: messages.doubled(text),
          fixes: suggestion && singular && !needsNegation ? [{ edits: [replace(start, end, matchCase(text, suggestion))] }] : [],
        });
        i = j;
      }
    }
  },
});
