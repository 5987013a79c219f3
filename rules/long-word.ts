/** long-word: long compounds readers stumble on, except everyday words this audience knows. */
import { BODY_KINDS } from '../contract/index';
import { defineRule } from './define';
import { nameMask } from './shared/names';
import { quote } from './shared/texts';

const MAX_WORD_LETTERS = 64;

export default defineRule({
  id: 'long-word',
  look: { color: '#a16207', line: 'stripes' },
  texts: {
    nl: {
      title: 'Lang woord',
      why: 'Lange samenstellingen zijn moeilijk te lezen. Splits ze of zeg het met meer, kortere woorden.',
      lesson: { before: 'U volgt een arbeidsbemiddelingstraject.', after: 'U krijgt hulp bij het zoeken naar werk.' },
      options: { minLetters: 'Vanaf hoeveel letters een woord lang is.' },
      messages: {
        long: (text: string, letters: number) => `${quote(text)} is een lang woord (${letters} letters). Zeg het met kortere woorden.`,
      },
    },
  },
  parts: [...BODY_KINDS, 'subject'],
  defaults: {
    /** Words with at least this many letters are long; everyday words on the common list never are. */
    minLetters: 16,
  },
  examples: {
    flag: [
      { text: 'Wij doen een [[toegankelijkheidsonderzoek]].' },
      { text: 'U volgt een [[arbeidsbemiddelingstraject]].' },
      { text: 'U hebt recht op een [[inkomensgarantieuitkering]].' },
      { text: 'Wij maken een [[huurachterstandsregeling]] met u.' },
      { text: 'Vraag een [[tegemoetkomingsaanvraag]] aan.' },
      { text: 'De [[ziekenhuisopnameverzekering]] betaalt dit.' },
      { text: 'Lees het [[begeleidingsovereenkomstformulier]].' },
      { text: 'U krijgt een [[kinderopvangtoeslagbeslissing]].' },
      { text: 'Wij sturen u de [[schuldbemiddelingsovereenkomst]].' },
      { text: 'Bel de [[woonbegeleider]] op maandag.', options: { minLetters: 12 } },
    ],
    pass: [
      'Neem uw identiteitskaart mee.',
      'Geef uw telefoonnummer en uw geboortedatum.',
      'Uw sollicitatiegesprek is op maandag.',
      'Wij zoeken mensen voor vrijwilligerswerk.',
      'U kunt ons mailen op klaretaal.voorbeeld@organisatie.be.',
      'Bel de woonbegeleider op maandag.',
      // Street and organisation names.
      'Kom naar de Werkwinkel op de Mechelsesteenweg 27.',
      'Mechelsesteenweg 27 is ons adres.',
      'De Arbeidsrechtbank van Antwerpen beslist.',
    ],
  },
  find(paragraph, { options, lexicon, messages, report }) {
    for (const sentence of paragraph.sentences) {
      for (let i = 0; i < sentence.words.length; i++) {
        const word = sentence.words[i];
        if (word.value.length < options.minLetters) continue;
        const letters = word.value.replace(/[^\p{L}]/gu, '').length;
        // Longer than any Dutch word: a pasted code or link, not something to rewrite.
        if (letters < options.minLetters || letters > MAX_WORD_LETTERS) continue;
        // Addresses, links and acronyms are not words to rewrite; jargon and explanations cover listed terms.
        if (/[@/.:\d]/.test(word.value) || word.value === word.value.toUpperCase()) continue;
        if (lexicon.commonWords.has(word.lower) || lexicon.words.has(word.lower)) continue;
        // Street, place and organisation names are written as they are.
        if (nameMask(paragraph, sentence, lexicon)[i]) continue;
        report({ start: word.start, end: word.end, message: messages.long(word.value, letters) });
      }
    }
  },
});
