/** stock-phrase: fixed formulas of official letters ("hierbij delen wij u mee dat"). */
import { BODY_KINDS } from '../contract/index';
import { defineRule, type ReportedFix } from './define';
import { replace, type Edit } from './shared/fix';
import { matchCase } from './shared/case';
import { findPhrases } from './shared/phrases';
import { quote } from './shared/texts';

export default defineRule({
  id: 'stock-phrase',
  look: { color: '#be185d', line: 'comb' },
  texts: {
    nl: {
      title: 'Standaardzin',
      why: 'Vaste formules uit officiële brieven zeggen weinig en maken de brief langer.',
      lesson: { before: 'Hierbij delen wij u mee dat uw aanvraag is goedgekeurd.', after: 'Goed nieuws: u krijgt wat u vroeg.' },
      options: {},
      messages: {
        formula: (text: string, advice: string) => `${quote(text)} is een vaste formule. ${advice}`,
        leaveOut: 'Laat weg',
      },
    },
  },
  parts: [...BODY_KINDS, 'subject', 'greeting', 'closing'],
  defaults: {},
  examples: {
    flag: [
      { text: '[[Hierbij delen wij u mee dat]] uw aanvraag klaar is.' },
      { text: '[[In antwoord op uw schrijven]] sturen wij u het formulier.' },
      { text: '[[Aarzel niet om]] ons te bellen.' },
      { text: '[[Wij hopen u hiermee voldoende te hebben geïnformeerd]].' },
      { text: '[[In bijlage vindt u]] het formulier.' },
      { text: '[[Wij danken u bij voorbaat]] voor uw antwoord.' },
      { text: '[[Bij voorbaat dank]] voor uw antwoord.' },
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
    for (const { payload, start, end, sentence } of findPhrases(paragraph, lexicon.stockPhrases)) {
      const text = paragraph.text.slice(start, end);
      const atStart = start === sentence.start;
      const rest = paragraph.text.slice(end);
      const fixes: ReportedFix[] = payload.alternatives.map((a) => {
        // "Indien gewenst kan u …" → "Als u dat wilt, kan u …": a clause in front gets its comma.
        const comma = atStart && /^als /.test(a) && /^ \p{L}/u.test(rest) ? ',' : '';
        return { edits: [replace(start, end, matchCase(text, a) + comma)] };
      });
      if (payload.remove) {
        const removal = removal_(paragraph.text, start, end, atStart, payload.phrase.endsWith(' dat'));
        if (removal) fixes.push({ edits: removal, label: messages.leaveOut });
      }
      report({ start, end, message: messages.formula(text, payload.advice), fixes });
    }
  },
});

/**
 * Leave the formula out: "Hierbij delen wij u mee dat uw aanvraag …" → "Uw aanvraag …" (the next word takes
 * the capital); "… voor uw begrip en verblijven met de meeste hoogachting." → "… voor uw begrip.".
 */
function removal_(text: string, start: number, end: number, atStart: boolean, introduction: boolean): Edit[] | undefined {
  const next = /^\s+(\p{L})/u.exec(text.slice(end));
  // Only an introduction ("… dat") can go while the sentence goes on: the message after it becomes the sentence.
  if (next && (!atStart || introduction)) {
    const letter = end + next[0].length - 1;
    const edits: Edit[] = [replace(start, letter, '')];
    if (atStart) edits.push(replace(letter, letter + 1, next[1].toUpperCase()));
    return edits;
  }
  // At the end of the sentence: take the space before it along.
  if (!next && !atStart && text[start - 1] === ' ') return [replace(start - 1, end, '')];
  return undefined;
}
