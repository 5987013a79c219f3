/** double-negative: "niet onmogelijk" → "mogelijk"; the reader has to compute two negations. */
import { defineRule } from './define';
import { replace } from './shared/fix';
import { matchCase } from './shared/case';
import { quote } from './shared/texts';

const NEGATIONS = new Set(['niet', 'geen', 'nooit', 'niemand', 'niets', 'nergens']);
/** Words that may stand between the negation and the negative word: "niet zo onbelangrijk". */
const DEGREE = new Set(['zo', 'erg', 'heel', 'helemaal', 'echt', 'geheel', 'zomaar']);
/** Words in on- that do not negate an adjective. */
const NOT_NEGATIVE = /^(?:on(?:der|t|s|ze|langs|geveer|line|kosten|thaal|danks|middellijk|zin|geluk|weer|rust|recht|derwijs|gemak))/;

function negatedWord(word: string): string | undefined {
  if (word.length < 6 || !word.startsWith('on') || NOT_NEGATIVE.test(word)) return undefined;
  return word.slice(2);
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
    ],
    pass: [
      'Wij kunnen niet onmiddellijk antwoorden.',
      'Wij hebben uw brief niet ontvangen.',
      'U hoeft niet onder de 18 jaar te zijn.',
      'Het is niet ons kantoor.',
      'Het is mogelijk dat u geld terugkrijgt.',
      'Wij hebben geen onkosten gemaakt.',
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
        const positive = negatedWord(target);
        if (!positive) continue;
        const between = words.slice(i + 1, j).map((w) => w.value);
        const positiveWords = [...between, words[j].value.slice(2)].join(' ');
        const suggestion = { niet: positiveWords, geen: `een ${positiveWords}`, nooit: `altijd ${positiveWords}` }[
          negation as 'niet' | 'geen' | 'nooit'
        ];
        report({
          start,
          end,
          message: messages.doubled(text),
          fixes: suggestion ? [{ edits: [replace(start, end, matchCase(text, suggestion))] }] : [],
        });
        i = j;
      }
    }
  },
});
