/**
 * jargon: officialese and hard words, with a simpler word to write instead;
 * terms that have no simpler word (leefloon, OCMW) get a short explanation,
 * once per text.
 */
import { defineRule } from './define';
import { matchCase } from './shared/case';
import type { Paragraph, Sentence } from './shared/paragraph';
import { findPhrases } from './shared/phrases';
import { quote } from './shared/texts';

const NEXT_WINDOW = 3;
const CLAUSE_WINDOW = 10;

/** One of `targets` follows the word at `last` within the same clause. */
function followsInClause(sentence: Sentence, last: number, targets: readonly string[]): boolean {
  for (let k = last + 1; k < sentence.words.length && k <= last + CLAUSE_WINDOW; k++) {
    if (sentence.words[k].breakBefore) return false;
    if (targets.includes(sentence.lower[k])) return true;
  }
  return false;
}

export default defineRule({
  id: 'jargon',
  look: { color: '#c2410c', line: 'wavy' },
  texts: {
    nl: {
      title: 'Moeilijk woord',
      why: 'Ambtelijke en moeilijke woorden kent een lezer die Nederlands leert vaak niet.',
      lesson: {
        before: 'Gelieve het formulier te retourneren teneinde uw dossier af te sluiten.',
        after: 'Wilt u het formulier terugsturen? Dan kunnen wij uw dossier afsluiten.',
      },
      options: {},
      messages: {
        replace: (text: string, alternatives: string[]) =>
          `${quote(text)} is ambtelijk of moeilijk. Schrijf liever ${alternatives.map(quote).join(' of ')}.`,
        explain: (term: string) => `Niet elke lezer kent ${quote(term)}. Leg het kort uit, de eerste keer dat het woord staat.`,
      },
    },
  },
  defaults: {},
  examples: {
    flag: [
      { text: 'U krijgt een brief [[teneinde]] uw dossier af te sluiten.', suggestion: 'om' },
      { text: 'Gelieve het formulier [[te retourneren]].', suggestion: 'terug te sturen' },
      { text: 'Wij hebben het formulier [[geretourneerd]].', suggestion: 'teruggestuurd' },
      { text: '[[Derhalve]] kunnen wij uw aanvraag niet goedkeuren.', suggestion: 'Daarom' },
      { text: 'U hebt [[reeds]] een afspraak.', suggestion: 'al' },
      { text: '[[Indien]] u vragen hebt, bel ons.', suggestion: 'Als' },
      { text: 'Betaal de huur [[middels]] een overschrijving.', suggestion: 'met' },
      { text: '[[In het kader van]] uw traject nodigen wij u uit.' },
      { text: 'Wij hebben een vraag [[met betrekking tot]] uw huur.' },
      { text: 'Wij [[verzoeken]] u om langs te komen.', suggestion: 'vragen' },
      { text: 'De dienst [[verzoekt]] u om te bellen.', suggestion: 'vraagt' },
      { text: 'U werd [[verzocht]] om te bellen.', suggestion: 'gevraagd' },
      { text: 'Wij hebben [[uw schrijven]] goed ontvangen.', suggestion: 'uw brief' },
      { text: 'U moet het bedrag voor 1 mei [[voldoen]].', suggestion: 'betalen' },
      { text: 'Bel ons [[vooraleer]] u komt.', suggestion: 'voordat' },
      { text: 'Wij vragen een [[bijkomend]] document.', suggestion: 'extra' },
      { text: 'U [[dient]] uw huur voor de vijfde van de maand te betalen.', suggestion: 'moet' },
      { text: 'U krijgt een [[leefloon]] van het OCMW.', suggestion: 'leefloon (geld van de gemeente voor wie geen ander inkomen heeft)' },
    ],
    pass: [
      'Kunt u een brief schrijven aan de dienst?',
      'U voldoet aan de voorwaarden.',
      'Wij sturen u het formulier met de post.',
      'Als u vragen hebt, bel ons.',
      'U krijgt een leefloon (geld van de gemeente voor wie geen ander inkomen heeft).',
      'Neem uw identiteitskaart mee naar de afspraak.',
      'Kom om 14 u, dient u een klacht in, dan helpen wij.',
      'U dient een klacht in bij de stad.',
    ],
  },
  find(paragraph, { lexicon, messages, report }) {
    for (const { payload, first, last, start, end, words, sentence } of findPhrases(paragraph, lexicon.words)) {
      const text = paragraph.text.slice(start, end);
      if (payload.kind === 'explain') {
        // Already explained ("leefloon (geld …)"), or itself the short form in brackets ("… Welzijn (OCMW)").
        if (alreadyExplained(paragraph, end) || paragraph.text[start - 1] === '(') continue;
        report({
          start,
          end,
          message: messages.explain(text),
          suggestions: [`${text} (${payload.explanation})`],
          key: payload.term.toLowerCase(),
        });
        continue;
      }
      const { entry, replacements, advice } = payload;
      if (entry.unlessPrev && first > 0 && entry.unlessPrev.includes(words[first - 1])) continue;
      if (entry.unlessNext && words.slice(last + 1, last + 1 + NEXT_WINDOW).some((w) => entry.unlessNext!.includes(w))) continue;
      if (entry.ifNext && !followsInClause(sentence, last, entry.ifNext)) continue;
      report({
        start,
        end,
        message: messages.replace(text, [...replacements, ...advice]) + (entry.note ? ` ${entry.note}` : ''),
        suggestions: replacements.map((r) => matchCase(text, r)),
      });
    }
  },
  // A term needs explaining once per text: keep its first occurrence only.
  finalize(candidates) {
    const seen = new Set<string>();
    return candidates.filter((c) => {
      if (!c.key) return true;
      if (seen.has(c.key)) return false;
      seen.add(c.key);
      return true;
    });
  },
});

/** The term is already followed by an explanation in brackets. */
function alreadyExplained(paragraph: Paragraph, end: number): boolean {
  return /^\s*\(/.test(paragraph.text.slice(end, end + 4));
}
