/** stock-phrase: fixed formulas of official letters ("hierbij delen wij u mee dat"). */
import { defineRule } from './define';
import { matchCase } from './shared/case';
import { findPhrases } from './shared/phrases';
import { quote } from './shared/texts';

export default defineRule({
  id: 'stock-phrase',
  look: { color: '#be185d', line: 'wavy' },
  texts: {
    nl: {
      title: 'Standaardzin',
      why: 'Vaste formules uit officiële brieven zeggen weinig en maken de brief langer.',
      lesson: { before: 'Hierbij delen wij u mee dat uw aanvraag is goedgekeurd.', after: 'Goed nieuws: u krijgt wat u vroeg.' },
      options: {},
      messages: {
        formula: (text: string, advice: string) => `${quote(text)} is een vaste formule. ${advice}`,
      },
    },
  },
  defaults: {},
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
  find(paragraph, { lexicon, messages, report }) {
    for (const { payload, start, end } of findPhrases(paragraph, lexicon.stockPhrases)) {
      const text = paragraph.text.slice(start, end);
      report({
        start,
        end,
        message: messages.formula(text, payload.advice),
        suggestions: payload.alternatives.map((a) => matchCase(text, a)),
      });
    }
  },
});
