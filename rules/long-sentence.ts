/** long-sentence: more words than a reader at B1 keeps in mind at once. */
import { defineRule } from './define';
import type { Sentence } from './shared/paragraph';

/**
 * A list item is read on a line of its own, after the sentence that introduces it: it may be this many words longer.
 * Measured on the judged plain letters: the blind judges called all four items of 21 to 24 words a false alarm ("a
 * list item only just over the limit"), and three of the body sentences of 22 and 23 words useful.
 */
const LIST_ITEM_EXTRA = 5;

/**
 * Words with a digit: "13", "17.30", "€ 5,50". Measured on the judged plain letters: of the sentences just over the
 * limit because of them (opening hours, a date and a time), the judges called 8 a false alarm and 1 useful (a
 * library's opening hours on three days in one sentence).
 */
const numbersIn = (sentence: Sentence) => sentence.words.filter((w) => w.countable && /\d/.test(w.value)).length;

export default defineRule({
  id: 'long-sentence',
  look: { color: '#1d4ed8', line: 'dotted' },
  texts: {
    nl: {
      title: 'Lange zin',
      why: 'Een lange zin moet de lezer in één keer onthouden. Korte zinnen zijn makkelijker.',
      lesson: {
        before:
          'Als u niet kunt komen op de afspraak van maandag, vragen wij u om ons dat minstens een dag op voorhand te laten weten via telefoon of e-mail.',
        after: 'Kunt u maandag niet komen? Laat het ons dan een dag vooraf weten. Bel of mail ons.',
      },
      options: { maxWords: 'Hoeveel woorden een zin mag hebben.' },
      messages: {
        tooLong: (words: number, max: number) => `Deze zin heeft ${words} woorden. Maak er korte zinnen van, van hoogstens ${max} woorden.`,
        itemTooLong: (words: number, max: number) =>
          `Dit punt van de lijst heeft ${words} woorden. Maak het korter, of maak er twee punten van, van hoogstens ${max} woorden.`,
      },
    },
  },
  defaults: {
    /** B1 guidance (Direct Duidelijk, Wablieft): at most 15–20 words; 20 flags what is clearly too long. */
    maxWords: 20,
  },
  examples: {
    flag: [
      {
        text: '[[Wij nodigen u uit voor een gesprek op ons kantoor in de Lange Nieuwstraat om samen te bekijken hoe we u verder kunnen helpen met uw zoektocht naar werk.]]',
      },
      {
        text: 'Beste mevrouw,\n[[Omdat uw aanvraag nog niet volledig is, vragen wij u om de ontbrekende documenten zo snel als mogelijk naar ons kantoor te sturen of af te geven aan het onthaal.]]',
      },
      {
        text: '[[Als u niet kunt komen op de afspraak van maandag, dan vragen wij u om ons dat minstens een dag op voorhand te laten weten via telefoon of e-mail.]] Dank u.',
      },
      {
        text: '[[De cursus Nederlands begint op 3 maart en duurt tien weken, met twee lessen per week op dinsdag en donderdag van negen tot twaalf uur.]]',
      },
      {
        text: '[[U kunt uw kinderen inschrijven in de school vanaf 1 maart, maar vergeet niet om uw identiteitskaart en het attest van de vorige school mee te nemen.]]',
      },
      {
        text: 'Goed nieuws. [[Uw huurcontract is verlengd voor drie jaar, en de huurprijs blijft hetzelfde, behalve de kosten voor water en elektriciteit die elk jaar kunnen veranderen.]]',
      },
      {
        text: '[[Wij willen u graag uitnodigen voor de infosessie over vrijwilligerswerk in de buurt, waar u kunt kennismaken met organisaties die op zoek zijn naar mensen zoals u.]]',
      },
      {
        text: '[[Op de afspraak bij de job coach bespreken we uw cv, de vacatures die bij u passen en de opleidingen die u kunt volgen om sneller werk te vinden.]]',
      },
      {
        text: '[[Wie een uitkering krijgt en gaat werken, moet dat melden bij de dienst, want anders kan het zijn dat u later geld moet terugbetalen.]]',
      },
      {
        text: '[[Het gesprek over uw huur duurt een half uur en u mag een vriend of familielid meebrengen.]]',
        options: { maxWords: 15 },
      },
      {
        text: 'Neem mee:\n[[- een bewijs van het inkomen van iedereen die bij u woont en ouder is dan 18 jaar, bijvoorbeeld een loonbrief, een bewijs van uw uitkering of een attest van het OCMW]]\n- uw identiteitskaart',
      },
    ],
    pass: [
      'Wij nodigen u uit voor een gesprek.',
      'Het gesprek is op maandag 3 maart om 10 uur.',
      'Beste mevrouw,\nWij hebben uw brief goed ontvangen. Wij bellen u volgende week.',
      'Neem deze documenten mee: uw identiteitskaart, uw huurcontract en uw loonbrief.',
      'Met vriendelijke groeten\nSara Janssens\nJob coach',
      'U kunt ons bellen van maandag tot vrijdag, tussen 9 en 12 uur.',
      // Long only by its hours: 21 words, 4 of them numbers.
      'De winkel is open op dinsdag en vrijdag van 13 tot 17 uur, en op zaterdag van 9 tot 12 uur.',
      // "op.", "al." and "cent." end a sentence: the parser takes them for abbreviations (Latin "op.", "al.").
      'Normaal halen we je afval op donderdag op. Maar op donderdag 25 december 2025 is het Kerstmis en dan komen we niet.',
      'Dat weet je misschien al. Kom op maandag 3 maart om 10 uur naar het loket in het districtshuis van Deurne.',
      'Een kopie kost 10 cent. Betaal aan de balie met cash of met je bankkaart, want we nemen geen overschrijvingen aan.',
      // A list item may be a little longer than a sentence: 24 words.
      'Neem mee:\n- een bewijs van het inkomen van iedereen in uw gezin, bijvoorbeeld een loonbrief of een bewijs van uw uitkering van vorige maand\n- uw identiteitskaart',
      // A list item's number is no word: 20 words.
      'Breng mee:\n3) als u dat hebt: een brief met uw naam en uw nieuwe adres, bijvoorbeeld van de bank of de mutualiteit',
    ],
  },
  find(paragraph, { options, messages, report }) {
    const item = paragraph.part === 'list-item';
    const max = item ? options.maxWords + LIST_ITEM_EXTRA : options.maxWords;
    for (const sentence of paragraph.sentences) {
      if (sentence.wordCount <= max) continue;
      // Dates, hours and amounts are read at a glance: they do not make a sentence too long (the card counts them).
      if (sentence.wordCount - numbersIn(sentence) <= max) continue;
      report({
        start: sentence.start,
        end: sentence.end,
        message: (item ? messages.itemTooLong : messages.tooLong)(sentence.wordCount, max),
      });
    }
  },
});
