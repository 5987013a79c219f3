/**
 * long-word: long compounds readers stumble on, except everyday words this audience knows. The card shows the
 * parts of the compound ("werkloosheids·uitkering"), and what a part means when the word data explains it; it never
 * rewrites the word: which shorter words fit depends on the sentence. Names (streets, organisations) are left alone.
 */
import { definitionsIn, knownFromLetter, topicOf, wordExplained } from './shared/defined';
import { BODY_KINDS } from '../contract/index';
import { compoundParts, type Part } from './shared/compounds';
import { zipfOf } from './shared/frequency';
import { defineRule } from './define';
import type { Lexicon } from './shared/lexicon';
import { nameMask } from './shared/names';
import { quote } from './shared/texts';

const MAX_WORD_LETTERS = 64;

/**
 * An everyday word ("gemeenschappelijke") or a compound of everyday words ("arbeids·rechtbank", "opleidings·centrum")
 * is read at once or part by part: it is long only from this many letters past the limit. Everyday is Zipf 3.7 (five
 * per million words), above what any reader profile calls common (A2: 3.18). Measured on the judged plain letters:
 * of 44 long words the judges saw, this leaves 25 alone, of which they called 22 a false alarm (compounds with
 * Zipf 4 parts only: 12 left alone, 11 false alarms).
 */
const EVERYDAY_ZIPF = 3.7;
const EVERYDAY_EXTRA_LETTERS = 4;
const EVERYDAY_MAX_PARTS = 3;

interface Gloss {
  term: string;
  explanation: string;
  /** The parts it spans. */
  from: number;
  to: number;
}

/** The first run of parts that the word data explains ("leef·loon" in leefloonaanvraag), with its explanation. */
function glossOf(parts: readonly Part[], lexicon: Lexicon): Gloss | undefined {
  for (let i = 0; i < parts.length; i++) {
    for (let j = parts.length - 1; j >= i; j--) {
      const run = parts.slice(i, j + 1).map((p) => p.word);
      if (run.length === parts.length) continue; // the whole word: the jargon rule explains it
      for (const hit of lexicon.words.matchAt([run.join('')], 0)?.payload ?? []) {
        if (hit.kind === 'explain') return { term: hit.term, explanation: hit.explanation, from: i, to: j };
      }
    }
  }
  return undefined;
}

const isEveryday = (parts: readonly Part[]): boolean =>
  parts.length <= EVERYDAY_MAX_PARTS && parts.every((part) => part.zipf >= EVERYDAY_ZIPF);

/** The parts as written, an explained run as one: "leefloon·aanvraag". */
function shown(parts: readonly Part[], gloss: Gloss | undefined): string[] {
  if (!gloss) return parts.map((p) => p.written);
  const run = parts
    .slice(gloss.from, gloss.to + 1)
    .map((p) => p.written)
    .join('');
  return [...parts.slice(0, gloss.from).map((p) => p.written), run, ...parts.slice(gloss.to + 1).map((p) => p.written)];
}

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
        parts: (text: string, parts: readonly string[]) =>
          `${quote(text)} is een lang woord: ${parts.join('·')}. Zeg het met kortere woorden.`,
        gloss: (term: string, explanation: string) => ` ${quote(term)} is: ${explanation}.`,
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
      { text: 'Bel de [[bemiddelaars]] op maandag.', options: { minLetters: 12 } },
      // Everyday parts, but four letters past the limit: long all the same.
      { text: 'Teken het [[vrijwilligerscontract]] voor 1 mei.' },
      // Marked once per letter: here only the first.
      { text: 'Teken het [[vrijwilligerscontract]]. Het vrijwilligerscontract is voor een jaar.' },
      // In the subject line when the body does not use it (else it is the letter's topic).
      { text: 'Betreft: uw [[kinderopvangtoeslag]]\n\nBeste mevrouw,\n\nU krijgt vanaf mei meer geld.\n\nGroeten,\nSara' },
      // "toelage" is no everyday word.
      { text: 'Vraag uw [[verwarmingstoelage]] aan voor 1 mei.' },
      { text: 'U krijgt een [[werkloosheidsuitkering]].', advice: true },
      { text: 'Uw [[leefloonaanvraag]] is goed aangekomen.', advice: true, options: { minLetters: 12 } },
      { text: 'Stuur ons de [[stavingsstukken]] voor 1 mei.', advice: true, options: { minLetters: 12 } },
    ],
    pass: [
      // Explained right after it, also when the subject line names it first.
      'Daarom krijgt u kinderopvangtoeslag. Dat is extra geld bovenop uw Groeipakket.',
      'Betreft: uw kinderopvangtoeslag\n\nBeste mevrouw,\n\nU krijgt kinderopvangtoeslag. Dat is extra geld bovenop uw Groeipakket.\n\nGroeten,\nSara',
      // The letter's topic: named by the subject line, used again in the body.
      'Betreft: uw kinderopvangtoeslag\n\nBeste mevrouw,\n\nU krijgt kinderopvangtoeslag vanaf mei.\n\nGroeten,\nSara',
      // Its last part is explained in the letter.
      'U kunt een verwarmingstoelage vragen. Een toelage is geld dat u niet moet terugbetalen.',
      // A quoted title, also in single quotes.
      "Het gaat om het formulier 'Inlichtingenblad'.",
      'Neem uw identiteitskaart mee.',
      'Geef uw telefoonnummer en uw geboortedatum.',
      'Uw sollicitatiegesprek is op maandag.',
      'Wij zoeken mensen voor vrijwilligerswerk.',
      'U kunt ons mailen op klaretaal.voorbeeld@organisatie.be.',
      'Bel de woonbegeleider op maandag.',
      // An everyday word; everyday parts, read one by one.
      'De keuken is een gemeenschappelijke ruimte.',
      'Uw zaak komt voor de arbeidsrechtbank.',
      'De les is in het opleidingscentrum.',
      // An e-mail address.
      'Mail naar inschrijvingsformulieren@stad.be.',
      // The sender's own service, named in the letterhead.
      'Dienst Buurtbemiddeling\nStadhuis, Grote Markt 21, 2800 Mechelen\n\nBeste mevrouw,\n\nBuurtbemiddeling is gratis.\n\nGroeten,\nSara',
      // Explained in brackets after whose it is.
      'Breng het vaccinatieboekje van Yusuf mee (het boekje van Kind en Gezin).',
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
        // "CM-dienstverlening": a name in front of a word; the word itself is short enough.
        if (/^\p{Lu}{2,}-/u.test(word.value)) continue;
        if (lexicon.commonWords.has(word.lower) || lexicon.words.has(word.lower)) continue;
        // Street, place and organisation names are written as they are.
        if (nameMask(paragraph, sentence, lexicon)[i]) continue;
        // A hyphenated word shows its own parts; one written whole, the parts we can split it into.
        const parts = word.value.includes('-') ? undefined : compoundParts(word.lower);
        if (letters < options.minLetters + EVERYDAY_EXTRA_LETTERS && (zipfOf(word.lower) >= EVERYDAY_ZIPF || (parts && isEveryday(parts))))
          continue;
        // Explained right after it ("… kinderopvangtoeslag. Dat is extra geld …") or named in brackets, as in rare-word.
        const explained = wordExplained(paragraph, sentence, i);
        const gloss = parts && glossOf(parts, lexicon);
        const message = parts
          ? messages.parts(word.value, shown(parts, gloss)) + (gloss ? messages.gloss(gloss.term, gloss.explanation) : '')
          : messages.long(word.value, letters);
        report({ start: word.start, end: word.end, message, explained });
      }
    }
  },
  // Not a word the letter itself explains ("Een toelage is geld dat u krijgt …" for "verwarmingstoelage" goes by
  // its parts: the whole word or its last part). One mark per word: the writer decides once whether to keep it;
  // when they rewrite the first, the next one gets the mark. Not the letter's topic either: a word of the subject
  // line that the body uses too ("Betreft: uw kinderopvangtoeslag" … "De kinderopvangtoeslag is …"); nor the
  // sender's own name in the letterhead ("Dienst Buurtbemiddeling") or a word of the mail this one answers.
  finalize(candidates, { letter }) {
    const defined = definitionsIn(letter.text);
    const topic = topicOf(letter);
    const own = knownFromLetter(letter);
    const seen = new Set<string>();
    return candidates.filter((c) => {
      const word = c.text.toLowerCase();
      if (seen.has(word) || topic(word) || own(word)) return false;
      seen.add(word);
      const parts = compoundParts(word);
      return !defined(word) && !(parts && defined(parts[parts.length - 1].word));
    });
  },
});
