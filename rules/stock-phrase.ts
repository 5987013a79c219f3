/** stock-phrase: fixed formulas of official letters ("hierbij delen wij u mee dat"). */
import { nl } from '../locales/nl';
import { matchCase } from './shared/case';
import { findPhrases } from './shared/phrases';
import { candidate, defineRule } from './types';

export default defineRule({
  id: 'stock-phrase',
  defaults: {},
  optionDocs: {},
  examples: {
    flag: [
      { text: '[[Hierbij delen wij u mee dat]] uw aanvraag klaar is.' },
      { text: '[[In antwoord op uw schrijven]] sturen wij u het formulier.' },
      { text: '[[Aarzel niet om]] ons te bellen.' },
      { text: '[[Wij hopen u hiermee voldoende te hebben geïnformeerd]].' },
      { text: '[[In bijlage vindt u]] het formulier.' },
      { text: '[[Wij danken u bij voorbaat]] voor uw antwoord.' },
      { text: '[[Mocht u nog vragen hebben]], bel ons dan.' },
      { text: '[[Wij willen u erop wijzen dat]] de huur op 1 mei stijgt.' },
      { text: '[[Naar aanleiding van uw schrijven]] nemen wij contact op.' },
      { text: '[[Met de meeste hoogachting]],\nDe directie' },
    ],
    pass: [
      'Uw aanvraag is klaar.',
      'Hebt u nog vragen? Bel ons.',
      'Bij deze brief zit het formulier.',
      'Bedankt voor uw antwoord.',
      'Met vriendelijke groeten,\nSara',
    ],
  },
  find(paragraph, { lexicon }) {
    return findPhrases(paragraph, lexicon.stockPhrases).map(({ payload, start, end }) => {
      const text = paragraph.text.slice(start, end);
      return candidate(paragraph, {
        rule: 'stock-phrase',
        start,
        end,
        message: nl.rules['stock-phrase'].message(text, payload.advice),
        suggestions: payload.alternatives.map((a) => matchCase(text, a)),
        explanation: nl.rules['stock-phrase'].why,
      });
    });
  },
});
