/** long-word: long compounds readers stumble on, except everyday words this audience knows. */
import { nl } from '../locales/nl';
import { candidate, defineRule, type Candidate } from './types';

const MAX_WORD_LETTERS = 64;

export default defineRule({
  id: 'long-word',
  defaults: {
    /** Words with at least this many letters are long; everyday words on the common list never are. */
    minLetters: 16,
  },
  optionDocs: { minLetters: nl.options.minLetters },
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
    ],
  },
  find(paragraph, { options, lexicon }) {
    const found: Candidate[] = [];
    for (const sentence of paragraph.sentences) {
      for (const word of sentence.words) {
        if (word.value.length < options.minLetters) continue;
        const letters = word.value.replace(/[^\p{L}]/gu, '').length;
        // Longer than any Dutch word: a pasted code or link, not something to rewrite.
        if (letters < options.minLetters || letters > MAX_WORD_LETTERS) continue;
        // Addresses, links and acronyms are not words to rewrite; jargon and explanations cover listed terms.
        if (/[@/.:\d]/.test(word.value) || word.value === word.value.toUpperCase()) continue;
        if (lexicon.commonWords.has(word.lower) || lexicon.words.has(word.lower)) continue;
        found.push(
          candidate(paragraph, {
            rule: 'long-word',
            start: word.start,
            end: word.end,
            message: nl.rules['long-word'].message(word.value, letters),
            suggestions: [],
            explanation: nl.rules['long-word'].why,
          }),
        );
      }
    }
    return found;
  },
});
