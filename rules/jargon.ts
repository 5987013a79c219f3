/**
 * jargon: officialese and hard words, with a simpler word to write instead; terms that have no simpler word
 * (leefloon, OCMW) get a short explanation as advice, once per text.
 *
 * A fix must give correct Dutch, so it follows the grammar around the word: a noun's article and relative
 * pronoun follow the new noun's gender ("het aanslagbiljet dat" → "de belastingbrief die"); a verb is
 * conjugated like the one it replaces, a separable verb splits in a main clause ("u retourneert het formulier"
 * → "u stuurt het formulier terug"), and what the old verb governed goes or changes ("u dient het formulier te
 * ondertekenen" → "u moet het formulier ondertekenen"; "u beschikt over een rekening" → "u hebt een rekening").
 * Where it cannot be sure, the finding is advice without a fix.
 */
import { BODY_KINDS, isBodyKind } from '../contract/index';
import type { JargonEntry } from '../dictionaries/schema';
import { defineRule, type Candidate, type ReportedFix } from './define';
import { matchCase } from './shared/case';
import { addressedSubject, clauseEnd, clauseStart, findInClause, particleEnd } from './shared/clause';
import { removeWord, replace, type Edit } from './shared/fix';
import type { FormHit, Lexicon, VerbHit } from './shared/lexicon';
import type { Paragraph, Sentence, Word } from './shared/paragraph';
import { inName, touchesName } from './shared/names';
import { isInflectedAdjective, tagsOf } from './shared/tagger';
import { definitionsIn, explainedAfter, knownFromLetter, namedInBrackets, topicOf } from './shared/defined';
import { findPhrases } from './shared/phrases';
import { quote } from './shared/texts';
import { isParticleOf, joinedForm, presentOf, splitForm, teInfinitive, verb, type Slot, type Verb } from './shared/verbs';

const NEXT_WINDOW = 3;
const CLAUSE_WINDOW = 10;

/** Where a match is: its sentence and its first and last word. */
interface Place {
  paragraph: Paragraph;
  sentence: Sentence;
  first: number;
  last: number;
}

/** A word that is the particle of a verb earlier in its clause ("de diensten delen het mede aan …"): not an adverb. */
function isSplitParticle(sentence: Sentence, first: number, last: number): boolean {
  if (first !== last) return false;
  const word = sentence.lower[first];
  for (let k = clauseStart(sentence, first); k < first; k++) if (isParticleOf(word, sentence.lower[k])) return true;
  return false;
}

/** One of `targets` follows the word at `last` within the same clause. */
function followsInClause(sentence: Sentence, last: number, targets: readonly string[]): boolean {
  for (let k = last + 1; k < sentence.words.length && k <= last + CLAUSE_WINDOW; k++) {
    if (sentence.words[k].breakBefore) return false;
    if (targets.includes(sentence.lower[k])) return true;
  }
  return false;
}

const PAYMENT_WORDS = new Set([
  'betaal',
  'betaalt',
  'betalen',
  'betaling',
  'rekening',
  'rekeningnummer',
  'bankrekening',
  'iban',
  'overschrijving',
  'overschrijven',
  'storting',
  'storten',
]);
/** A sentence about paying (an account number or a structured reference anywhere in the letter: see finalize). */
const aboutPaying = (words: readonly string[]) => words.some((w) => PAYMENT_WORDS.has(w));

/** An account number (BE62 0682 2319 0761) or a structured reference (+++084/2519/36058+++) anywhere in a letter. */
const PAYMENT_DATA = /\b[A-Z]{2}\d{2}(?: ?\d{4}){3}\b|\+{3}\s*\d{3}\s*\/\s*\d{4}\s*\/\s*\d{5}\s*\+{3}/;

/** How many payment words a letter about paying has at least. */
const PAYING_LETTER_WORDS = 3;

/** The payment words in a text. */
function paymentWords(text: string): number {
  let count = 0;
  for (const [word] of text.toLowerCase().matchAll(/\p{L}+/gu)) if (PAYMENT_WORDS.has(word)) count++;
  return count;
}

/** Words whose entry is the name of a field on a bank transfer ("mededeling", "gestructureerde mededeling"). */
const isPaymentField = (words: string, lexicon: Lexicon) =>
  (lexicon.words.matchAt(words.split(/\s+/), 0)?.payload ?? []).some((hit) =>
    hit.kind === 'explain' ? hit.unlessPayment === true : hit.kind === 'form' && hit.entry.unlessPayment === true,
  );

/** The entry's own conditions on the words around it (senses: "voldoen aan" is not "betalen"). */
function applies(entry: JargonEntry, { sentence, first, last }: Place): boolean {
  const words = sentence.lower;
  if (entry.unlessPrev && first > 0 && entry.unlessPrev.includes(words[first - 1])) return false;
  if (entry.unlessNext && words.slice(last + 1, last + 1 + NEXT_WINDOW).some((w) => entry.unlessNext!.includes(w))) return false;
  // A verb at the end of a subordinate clause has its complements before it: "als u aan de voorwaarden voldoet".
  if (entry.unlessNext && entry.pos === 'verb' && clauseEnd(sentence, last) === last) {
    for (let k = clauseStart(sentence, first); k < first; k++) if (entry.unlessNext.includes(words[k])) return false;
  }
  if (entry.ifNext && !followsInClause(sentence, last, entry.ifNext)) return false;
  if (entry.unlessPayment && aboutPaying(words)) return false;
  // "Mocht u …" opens a clause; "hij mocht het houden" is the past of "mogen".
  if (entry.verbLast && first > 0 && !sentence.words[first].breakBefore) return false;
  return true;
}

const isAdvice = (alternative: string) => alternative.includes('…');

/** OCMW, VDAB, CLB: short forms the reader cannot guess. */
const isAcronym = (text: string) => /^\p{Lu}{2,}s?$/u.test(text);

/**
 * "… de verhoogde tegemoetkoming. Met die tegemoetkoming betaal je minder": the word alone refers back to the name it
 * is part of ("verhoogde tegemoetkoming", one of its `unlessPrev` words), used earlier in the letter. `firstAt`
 * gives where a name first occurs in the letter in lower case (-1: nowhere), worked out once per name.
 */
function refersBack(c: Candidate, firstAt: (name: string) => number, lexicon: Lexicon): boolean {
  const word = c.text.toLowerCase();
  if (/\s/.test(word)) return false;
  for (const hit of lexicon.words.matchAt([word], 0)?.payload ?? []) {
    if (hit.kind === 'explain' || !hit.entry.unlessPrev) continue;
    for (const prev of hit.entry.unlessPrev) {
      // Ending before this word starts: not this word itself.
      const name = `${prev} ${word}`;
      const at = firstAt(name);
      if (at >= 0 && at + name.length <= c.start) return true;
    }
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
        replace: (text: string, alternatives: readonly string[]) =>
          `${quote(text)} is ambtelijk. Schrijf ${alternatives.slice(0, 2).map(quote).join(' of ')}.`,
        advice: (text: string, alternatives: readonly string[]) =>
          alternatives.length > 0
            ? `${quote(text)} is ambtelijk. Kies een gewoon woord dat in de zin past, zoals ${alternatives.slice(0, 2).map(quote).join(' of ')}.`
            : `${quote(text)} is ambtelijk. Zeg het met gewone woorden.`,
        request: (text: string) =>
          `${quote(text)} is ambtelijk. Vraag het gewoon: ${quote('Stuur het terug.')} of ${quote('Wilt u het terugsturen?')}`,
        explain: (term: string, explanation: string) =>
          `Niet elke lezer kent ${quote(term)}. Leg het uit de eerste keer, bijvoorbeeld: ${quote(`${term} (${explanation})`)}.`,
      },
    },
  },
  parts: [...BODY_KINDS, 'subject', 'greeting', 'closing'],
  defaults: {},
  examples: {
    flag: [
      { text: 'U krijgt een brief [[teneinde]] uw dossier af te sluiten.', suggestion: 'om' },
      { text: 'Lees de [[mededeling]] van de directie.', suggestion: 'het bericht' },
      // A colon after a term inside the sentence leads to something else: here a phone number.
      { text: 'Bel het [[OCMW]]: 03 338 20 00.', advice: true },
      // An acronym is explained at its first use in the body, also inside a name.
      { text: 'Ga naar het [[OCMW]] Antwerpen.', advice: true },
      // An acronym is explained once, also when the subject line names it.
      { text: 'Betreft: uw afspraak bij het OCMW\n\nBeste meneer,\n\nKom naar het [[OCMW]] op maandag.\n\nGroeten,\nSara', advice: true },
      { text: 'Gelieve het formulier [[te retourneren]].', suggestion: 'terug te sturen' },
      { text: 'Wij hebben het formulier [[geretourneerd]].', suggestion: 'teruggestuurd' },
      { text: '[[Derhalve]] kunnen wij uw aanvraag niet goedkeuren.', suggestion: 'Daarom' },
      { text: 'U hebt [[reeds]] een afspraak.', suggestion: 'al' },
      { text: '[[Indien]] u vragen hebt, bel ons.', suggestion: 'Als' },
      { text: 'Betaal de huur [[middels]] een overschrijving.', suggestion: 'met' },
      { text: '[[In het kader van]] uw traject nodigen wij u uit.' },
      { text: 'Wij [[verzoeken]] u om langs te komen.', suggestion: 'vragen' },
      { text: 'De dienst [[verzoekt]] u om te bellen.', suggestion: 'vraagt' },
      { text: 'U werd [[verzocht]] om te bellen.', suggestion: 'gevraagd' },
      { text: 'Wij hebben [[uw schrijven]] goed ontvangen.', suggestion: 'uw brief' },
      { text: 'U moet het bedrag voor 1 mei [[voldoen]].', suggestion: 'betalen' },
      { text: 'Bel ons [[vooraleer]] u komt.', suggestion: 'voordat' },
      // The particle goes to the end of the clause, across "en" between two noun phrases (the tagger sees no verb
      // after it); after "en" with a verb a new clause starts; with a participle it is not clear: advice.
      {
        text: 'U [[retourneert]] het formulier en de bijlagen voor 1 mei.',
        suggestion: 'stuurt … terug',
        fixed: 'U stuurt het formulier en de bijlagen voor 1 mei terug.',
      },
      { text: 'U [[retourneert]] het formulier en belt ons.', fixed: 'U stuurt het formulier terug en belt ons.' },
      { text: 'U [[retourneert]] het formulier ingevuld en ondertekend.', advice: true },
      // "laten weten" needs a clause that says what: without one, "Laat ons dan weten." misses its "het".
      { text: '[[Verwittig]] ons als u niet kunt komen.', fixed: 'Laat ons weten als u niet kunt komen.' },
      { text: 'Komt u niet? [[Verwittig]] ons dan.', advice: true },
      // A split verb's particle after "en" between noun phrases is still its particle ("mede" is not "ook" here).
      {
        text: 'Wij [[delen]] het besluit en de redenen mede.',
        suggestion: 'laten … weten',
        fixed: 'Wij laten het besluit en de redenen weten.',
      },
      {
        text: 'U [[dient]] uw huur voor de vijfde van de maand te betalen.',
        suggestion: 'moet … betalen',
        fixed: 'U moet uw huur voor de vijfde van de maand betalen.',
      },
      {
        text: 'U [[dient]] het formulier terug te sturen.',
        suggestion: 'moet het formulier terugsturen',
        fixed: 'U moet het formulier terugsturen.',
      },
      {
        text: 'Het [[aanslagbiljet]] dat u kreeg, is juist.',
        suggestion: 'De belastingbrief die',
        fixed: 'De belastingbrief die u kreeg, is juist.',
      },
      { text: 'U [[beschikt]] over een bankrekening.', suggestion: 'hebt een', fixed: 'U hebt een bankrekening.' },
      {
        text: 'Wij [[retourneren]] u het formulier morgen.',
        suggestion: 'sturen … terug',
        fixed: 'Wij sturen u het formulier morgen terug.',
      },
      { text: 'U krijgt een [[leefloon]] van het OCMW.', advice: true },
      // Another sender: the term is explained.
      {
        text: 'Stad Antwerpen\nGrote Markt 1\n2000 Antwerpen\n\nBeste mevrouw Peeters,\n\nVoor hulp met geld kunt u naar het [[OCMW]] gaan.\n\nMet vriendelijke groeten\nJan Smet',
        advice: true,
      },
      { text: '[[Gelieve]] het formulier in te vullen.', suggestion: 'Vul het formulier in', fixed: 'Vul het formulier in.' },
      { text: '[[Mocht]] u nog vragen hebben, bel ons dan.', suggestion: 'Als … hebt', fixed: 'Als u nog vragen hebt, bel ons dan.' },
      {
        text: 'Wij [[delen]] uw werkgever de beslissing mede.',
        suggestion: 'laten … weten',
        fixed: 'Wij laten uw werkgever de beslissing weten.',
      },
      { text: 'U [[komt in aanmerking voor]] een premie.', fixed: 'U hebt recht op een premie.' },
      { text: 'U [[wenst]] een afspraak te maken.', fixed: 'U wilt een afspraak maken.' },
      // "overmaken" is also paying ("het bedrag overmaken"): the sense decides, so advice.
      { text: 'Wij hebben uw dossier [[overgemaakt]] aan de dienst.', advice: true },
      { text: 'De school heeft een uitstap [[voorzien]].', advice: true },
      { text: 'Wij vragen een [[bijkomend]] document.', suggestion: 'extra', fixed: 'Wij vragen een extra document.' },
    ],
    pass: [
      // The name of the course the reader follows.
      'Je volgt bij ons de cursus maatschappelijke oriëntatie.',
      // The letter's topic: a term the subject line names and the body uses again.
      'Betreft: uw aanvraag gezinshereniging\n\nBeste meneer,\n\nUw aanvraag gezinshereniging is goed aangekomen.\n\nGroeten,\nSara',
      // Named in brackets after what it means.
      'Zij kijkt of u recht hebt op een gratis advocaat (dat noemen we pro deo).',
      // The word alone refers back to the name it was part of.
      'U hebt recht op de verhoogde tegemoetkoming. Met die tegemoetkoming betaalt u minder bij de dokter.',
      // A term that runs into a name: the city's own office, not the federal service.
      'Maak een afspraak bij de dienst Vreemdelingenzaken van de stad Antwerpen.',
      // Explained at its first use, by the next sentence or in the same one: not at its later uses either.
      'Naima van het CLB is er ook. Het CLB helpt ouders en kinderen als het op school moeilijk gaat. Het CLB is gratis.',
      'Wij kijken naar de gezinssamenstelling: wie woont er bij u?\n\nBreng een attest van gezinssamenstelling mee.',
      // Explained in the same sentence, also in brackets.
      '• het laatste aanslagbiljet (de brief van de belastingen over uw inkomen)',
      'Gezinshereniging wil zeggen: je vraagt een visum voor je man, je vrouw of je kinderen.',
      // A term that starts its line, described after its colon.
      'Wat is al klaar?\n\n• Participatie: 40 uur vrijwilligerswerk bij een vzw\n• Nederlands: niveau A2',
      // "mededeling" is the name of the field on a bank transfer, in a sentence or a letter about paying.
      'Gebruik deze mededeling: +++084/2519/36058+++',
      'Betaal met een overschrijving en zet je naam in de mededeling.',
      'Rekeningnummer: BE95 0910 0382 4758\nMededeling: +++202/5031/84795+++\n\nGebruik zeker deze mededeling.',
      'Stort het geld op rekening BE10 0910 1234 5604. Gebruik deze gestructureerde mededeling: +++090/1187/34013+++.',
      'U betaalt elke maand € 34,10.\n\n1. Betaal voor de vijfde van de maand.\n2. Gebruik altijd de mededeling uit de brief.\n3. Is een betaling te laat? Bel ons.',
      // A noun after an article and an adjective, not the verb "bedragen".
      'Dit zijn de nieuwe bedragen voor 2026.',
      // The verb "weten", not "te weten" for "namelijk".
      'We zoeken samen een oplossing, en niemand anders hoeft het te weten.',
      // Explained by the next sentence, which names it again.
      'Je verhuurder vraagt een huurwaarborg van 1.700 euro. Dat geld is een soort zekerheid voor de verhuurder.',
      // Defined or explained by the letter itself.
      'U vroeg een leefloon aan. Het leefloon is geld van de stad.',
      'Monitoren spelen mee. Monitoren zijn jonge begeleiders met een opleiding.',
      'Het inkomen vinden we op uw aanslagbiljet. Dat is de brief van de belastingen.',
      'Kunt u een brief schrijven aan de dienst?',
      'U voldoet aan de voorwaarden.',
      'Wij sturen u het formulier met de post.',
      'Als u vragen hebt, bel ons.',
      'U krijgt een leefloon (geld van de gemeente voor wie geen ander inkomen heeft).',
      // The writer explains it in the next sentence, or it is a name.
      'Krijgt u een brief van een deurwaarder? Dat is iemand die geld komt halen voor een bedrijf.',
      'Je volgt de cursus maatschappelijke oriëntatie. In die cursus leer je over het leven in Vlaanderen.',
      'Huis van het Nederlands helpt u een cursus te kiezen.',
      'Vul het formulier "Verklaring werkhervatting of ziekte" in.',
      'Neem uw identiteitskaart mee naar de afspraak.',
      'Kom om 14 u, dient u een klacht in, dan helpen wij.',
      'U dient een klacht in bij de stad.',
      'Wij wensen u een fijne vakantie.',
      'Het Bureau voor Juridische Bijstand helpt u gratis.',
      // What the term does for the reader is its explanation.
      'Met het leefloon betaal je je huur en je eten.',
      // The sender's own name (letterhead, signature) needs no explanation.
      'OCMW Antwerpen\nLange Lozanastraat 29\n2018 Antwerpen\n\nBeste mevrouw Peeters,\n\nU hebt op 3 mei een afspraak bij het OCMW.\n\nMet vriendelijke groeten\nJan Smet\nMaatschappelijk werker',
    ],
  },
  find(paragraph, { lexicon, messages, report }) {
    // The particle of a split verb belongs to that verb's finding ("delen … mede"), never to one of its own.
    const particles = new Set<Word>();
    for (const { payload: hits, first, last, start, end, sentence } of findPhrases(paragraph, lexicon.words)) {
      if (particles.has(sentence.words[first]) || isSplitParticle(sentence, first, last)) continue;
      // "Betreft: …" labels the subject line; the subject itself is checked.
      if (paragraph.part === 'subject' && first === 0 && /^\s*:/.test(paragraph.text.slice(end, end + 2))) continue;
      const text = paragraph.text.slice(start, end);
      const place: Place = { paragraph, sentence, first, last };
      for (const hit of hits) {
        if (hit.kind === 'explain') {
          // A term is explained at its first use in the body, not in the subject line or the greeting.
          // Not a name, nor a term that runs into one: "de dienst Vreemdelingenzaken van de stad Antwerpen" is the
          // city's office, which the explanation of the federal service would get wrong.
          if (!isBodyKind(paragraph.part) || touchesName(paragraph, sentence, first, last, lexicon)) break;
          // The name of the course the reader follows: "de cursus maatschappelijke oriëntatie".
          if (sentence.lower[first - 1] === 'cursus') break;
          // Already explained ("leefloon (geld …)"), or itself the short form or name in brackets ("… Welzijn
          // (OCMW)", "geld om van te leven (een leefloon)"), or explained right after it: no finding here, and none
          // at its later uses.
          const explained =
            /^\s*\(/.test(paragraph.text.slice(end, end + 4)) ||
            paragraph.text[start - 1] === '(' ||
            namedInBrackets(paragraph.text, { start, end }) ||
            explainedAfter(paragraph, sentence, { start, end });
          report({ start, end, message: messages.explain(text, hit.explanation), key: hit.term.toLowerCase(), explained });
          break;
        }
        if (!applies(hit.entry, place) || inName(paragraph, sentence, first, last, lexicon)) continue;
        // An official noun the writer explains right after ("uw aanslagbiljet. Dat is de brief van de belastingen"):
        // the reader will meet the word on the paper itself.
        if (
          hit.entry.pos === 'noun' &&
          (explainedAfter(paragraph, sentence, { start, end }) || namedInBrackets(paragraph.text, { start, end }))
        )
          break;
        const found = hit.kind === 'verb' ? verbFinding(hit, place) : formFinding(hit, place, lexicon);
        if (!found) continue;
        const { alternatives, fixes, particle } = found;
        if (particle !== undefined) particles.add(sentence.words[particle]);
        const note = hit.entry.note ? ` ${hit.entry.note}` : '';
        const message = hit.entry.request
          ? messages.request(text)
          : fixes.length > 0
            ? messages.replace(text, alternatives)
            : messages.advice(text, alternatives);
        report({ start, end, message: message + note, fixes });
        break;
      }
    }
  },
  // A term needs explaining once per text: keep its first occurrence only. The sender's own name needs none: the
  // reader holds a letter from "CAW Antwerpen" or "Mutualiteit Sint-Michiel"; nor does a word the reader used in
  // the mail this one answers ("> … mijn huurwaarborg …"). Nor does a word the letter itself defines, wherever
  // ("Het leefloon is geld van het OCMW.", "Monitoren zijn jonge begeleiders …").
  finalize(candidates, { letter, lexicon }) {
    const seen = new Set<string>();
    const own = knownFromLetter(letter);
    const topic = topicOf(letter);
    const defined = definitionsIn(letter.text);
    // A letter with an account number or a structured reference asks for a transfer, and so does one that speaks
    // of paying again and again ("Betaal elke maand € 34,10. … Gebruik de mededeling uit de brief."): its
    // "mededeling" is the field.
    let paying: boolean | undefined;
    let lower: string | undefined;
    const firsts = new Map<string, number>();
    const firstAt = (name: string) => {
      let at = firsts.get(name);
      if (at === undefined) firsts.set(name, (at = (lower ??= letter.text.toLowerCase()).indexOf(name)));
      return at;
    };
    const isPaying = () => (paying ??= PAYMENT_DATA.test(letter.text) || paymentWords(letter.text) >= PAYING_LETTER_WORDS);
    return candidates.filter((c) => {
      // As written ("kinderen ten laste") or as the term ("personen ten laste").
      if (defined(c.text.toLowerCase()) || (c.key !== undefined && defined(c.key))) return false;
      if (refersBack(c, firstAt, lexicon)) return false;
      if (isPaymentField(c.text.toLowerCase(), lexicon) && isPaying()) return false;
      if (!c.key) return true;
      if (seen.has(c.key)) return false;
      seen.add(c.key);
      // The letter's topic ("Betreft: uw aanvraag gezinshereniging"), but an acronym is still explained once.
      return !own(c.key) && (isAcronym(c.text) || !topic(c.key));
    });
  },
});

interface Found {
  /** What to write instead, for the message. */
  alternatives: readonly string[];
  fixes: ReportedFix[];
  /** The index of a split verb's particle later in the sentence. */
  particle?: number;
}

/** A word or phrase replaced as it stands (a noun with its article and relative pronoun). */
function formFinding(hit: FormHit, place: Place, lexicon: Lexicon): Found {
  const { entry, alternatives } = hit;
  const { paragraph, sentence, first, last } = place;
  const start = sentence.words[first].start;
  const end = sentence.words[last].end;
  const text = paragraph.text.slice(start, end);
  const plain = alternatives.filter((a) => !isAdvice(a));
  const shown = entry.pos === 'noun' ? plain.map(withoutArticle) : alternatives;
  // A preposition that opens the sentence ("Betreffende uw vraag sturen wij …") needs the sentence rewritten.
  const opens = entry.pos === 'prep' && first === 0;
  if (entry.advice || opens) return { alternatives: shown, fixes: [] };
  const fixes: ReportedFix[] = [];
  if (entry.request) {
    const fixes = requestFixes(place, lexicon);
    return { alternatives: shown, fixes };
  }
  if (entry.verbLast) {
    const edits = verbLastEdits(place, plain[0]);
    return { alternatives: shown, fixes: edits ? [{ edits }] : [] };
  }
  for (const alternative of plain) {
    if (entry.pos === 'noun') {
      const edits = nounEdits(place, entry, alternative);
      if (edits) fixes.push({ edits });
    } else if ((alternative === 'en' || alternative === 'of') && paragraph.text.slice(start - 2, start) === ', ') {
      // ", alsook een overzicht" → " en een overzicht": no comma before "en".
      fixes.push({ edits: [replace(start - 2, end, ` ${alternative}`)] });
    } else fixes.push({ edits: [replace(start, end, matchCase(text, withSubject(alternative, place)))] });
  }
  return { alternatives: shown, fixes };
}

/**
 * A phrase that starts with a finite verb after "u"/"je" ("u komt in aanmerking voor"): its alternative's verb
 * takes the same person ("u hebt recht op", not "u heeft").
 */
function withSubject(alternative: string, { sentence, first }: Place): string {
  const before = sentence.lower[first - 1];
  if (before !== 'u' && before !== 'je' && before !== 'jij') return alternative;
  const [verbWord, ...rest] = alternative.split(' ');
  const present = presentOf(verbWord);
  return present && present.third === verbWord && present.second !== verbWord ? [present.second, ...rest].join(' ') : alternative;
}

/** Commands of the verbs whose stem is not their command. */
const COMMANDS: Record<string, string> = { zijn: 'wees', hebben: 'heb' };

/**
 * "Gelieve het formulier in te vullen." → "Vul het formulier in." (one infinitive) and "Wilt u het formulier
 * invullen?" (also with more: "in te vullen en te ondertekenen" → "invullen en ondertekenen").
 */
function requestFixes({ paragraph, sentence, first, last }: Place, lexicon: Lexicon): ReportedFix[] {
  const words = sentence.words;
  const governed = findGoverned(sentence, first, last, 'te');
  if (!governed || governed.infinitive === undefined) return [];
  const withoutTes = governedEdits(paragraph, sentence, governed, '');
  if (!withoutTes) return [];
  const old = paragraph.text.slice(words[first].start, words[last].end);
  const fixes: ReportedFix[] = [];
  const te = words[governed.at];
  const inf = words[governed.infinitive];
  // A hard verb in the request is replaced at once: "gelieve … te retourneren" → "Stuur … terug".
  const plain = plainVerb(sentence, governed, lexicon);
  // The command: only with one infinitive, which moves to the front (its particle stays: "vul … in").
  const infinitive = sentence.lower[governed.infinitive];
  const command = plain ? splitForm(plain.verb, 'first') : (COMMANDS[infinitive] ?? verb(infinitive)?.forms.first);
  if (command && withoutTes.length === 1) {
    const rest = plain?.verb.particle ? ` ${plain.verb.particle}` : '';
    fixes.push({
      edits: [replace(words[first].start, words[last].end, matchCase(old, command)), replace(plain?.from ?? te.start - 1, inf.end, rest)],
    });
  }
  // The question: "Wilt u …?", with the sentence's full stop made a question mark.
  const close = paragraph.text[sentence.end - 1];
  const mark: Edit =
    close === '.' || close === '!' ? replace(sentence.end - 1, sentence.end, '?') : replace(sentence.end, sentence.end, '?');
  const infinitiveEdits = plain ? [replace(plain.from + 1, inf.end, joinedForm(plain.verb, 'inf')), ...withoutTes.slice(1)] : withoutTes;
  if (close !== '?')
    fixes.push({ edits: [replace(words[first].start, words[last].end, matchCase(old, 'wilt u')), ...infinitiveEdits, mark] });
  return fixes;
}

/**
 * The plain verb for a hard infinitive after "te" ("te retourneren": terugsturen), and where its words start in the
 * text (a particle before "te" goes too: "mee te delen"); undefined when the infinitive is not a hard verb.
 */
function plainVerb(sentence: Sentence, governed: Governed, lexicon: Lexicon): { verb: Verb; from: number } | undefined {
  const at = governed.infinitive!;
  const before = sentence.lower[governed.at - 1];
  const particle = before !== undefined && verb(before + sentence.lower[at])?.particle === before;
  const infinitive = particle ? before + sentence.lower[at] : sentence.lower[at];
  const hit = lexicon.words.matchAt([infinitive], 0)?.payload.find((h): h is VerbHit => h.kind === 'verb');
  const to = hit && !hit.entry.advice && !hit.entry.governs ? hit.entry.to?.[0] : undefined;
  const plain = to ? verb(to) : undefined;
  if (!plain) return undefined;
  const first = particle ? governed.at - 1 : governed.at;
  return { verb: plain, from: sentence.words[first].start - 1 };
}

/**
 * "Mocht u vragen hebben, bel ons" → "Als u vragen hebt, bel ons": the conjunction, and the infinitive that
 * closes the clause made finite for the subject after "mocht" (u/je: "hebt"; "mochten": plural; else 3rd person).
 */
function verbLastEdits({ paragraph, sentence, first, last }: Place, alternative: string | undefined): Edit[] | undefined {
  if (!alternative) return undefined;
  const words = sentence.words;
  if (first > 0 && !words[first].breakBefore) return undefined; // only where the clause starts
  const end = finiteAfterMocht(sentence, last);
  if (end === undefined) return undefined;
  const v = verb(sentence.lower[end])!;
  const subject = sentence.lower[last + 1];
  const slot: Slot =
    /n$/.test(sentence.lower[first]) || PLURAL_SUBJECTS.has(subject)
      ? 'inf'
      : subject === 'u' || subject === 'je' || subject === 'jij'
        ? 'second'
        : 'third';
  const old = paragraph.text.slice(words[first].start, words[last].end);
  return [
    replace(words[first].start, words[last].end, matchCase(old, alternative)),
    replace(words[end].start, words[end].end, v.forms[slot]),
  ];
}

const isInfinitive = (word: string | undefined) => word !== undefined && verb(word)?.forms.inf === word;
/** Modal and helping verbs that stand before another infinitive at the end of a clause ("wilt invullen"). */
const HELPERS = new Set(['willen', 'kunnen', 'moeten', 'mogen', 'zullen', 'gaan', 'komen', 'laten', 'blijven']);

/**
 * Which infinitive of the clause after "mocht u" becomes the finite verb: the one that closes the clause ("… vragen
 * hebben": "vragen" is a noun there), or a helper before it ("… willen invullen"); else the only one in the clause.
 */
function finiteAfterMocht(sentence: Sentence, last: number): number | undefined {
  const clause = clauseEnd(sentence, last);
  if (clause > last + 1 && isInfinitive(sentence.lower[clause])) {
    return HELPERS.has(sentence.lower[clause - 1]) && clause - 1 > last + 1 ? clause - 1 : clause;
  }
  const infinitives: number[] = [];
  for (let k = last + 2; k <= clause; k++) if (isInfinitive(sentence.lower[k])) infinitives.push(k);
  return infinitives.length === 1 ? infinitives[0] : undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Nouns: the article, demonstrative and relative pronoun follow the gender of the new noun.

const withoutArticle = (alternative: string) => alternative.replace(/^(?:de|het) /, '');

/** Determiners that change with the gender of the noun: the `de` form and the `het` form. */
const BY_GENDER: Record<string, { de: string; het: string }> = {
  de: { de: 'de', het: 'het' },
  het: { de: 'de', het: 'het' },
  deze: { de: 'deze', het: 'dit' },
  dit: { de: 'deze', het: 'dit' },
  die: { de: 'die', het: 'dat' },
  dat: { de: 'die', het: 'dat' },
  onze: { de: 'onze', het: 'ons' },
  ons: { de: 'onze', het: 'ons' },
  welke: { de: 'welke', het: 'welk' },
  welk: { de: 'welke', het: 'welk' },
};
/** Determiners that stay the same; after them an adjective has -e for both genders, except after een and geen. */
const SAME = new Set(['uw', 'mijn', 'jouw', 'je', 'zijn', 'haar', 'hun', 'jullie', 'elk', 'ieder', 'elke', 'iedere', 'een', 'geen']);
const INDEFINITE = new Set(['een', 'geen']);

function nounEdits({ paragraph, sentence, first, last }: Place, entry: JargonEntry, alternative: string): Edit[] | undefined {
  const match = /^(de|het) (.+)$/.exec(alternative);
  if (!match) return undefined;
  const [, gender, noun] = match as unknown as [string, 'de' | 'het', string];
  const words = sentence.words;
  const start = words[first].start;
  const end = words[last].end;
  const edits: Edit[] = [replace(start, end, matchCase(paragraph.text.slice(start, end), noun))];
  // The determiner: right before the noun, or before one or two inflected adjectives ("het nieuwe aanslagbiljet").
  let d = first - 1;
  while (d >= 0 && d >= first - 2 && /e$/.test(sentence.lower[d]) && !(sentence.lower[d] in BY_GENDER) && !SAME.has(sentence.lower[d])) d--;
  const determiner = d >= 0 && !words[d + 1]?.breakBefore ? sentence.lower[d] : undefined;
  const adjectives = first - 1 - d;
  if (determiner && determiner in BY_GENDER) {
    const wanted = BY_GENDER[determiner][gender];
    if (wanted !== determiner) edits.push(replace(words[d].start, words[d].end, matchCase(words[d].value, wanted)));
  } else if (determiner && SAME.has(determiner)) {
    // "een nieuw aanslagbiljet" → "een nieuwe belastingbrief": the adjective would change too.
    if (INDEFINITE.has(determiner) && adjectives > 0 && entry.gender !== gender) return undefined;
  } else if (adjectives > 0 && entry.gender !== gender) return undefined;
  // A relative pronoun right after the noun: "het aanslagbiljet, dat …" → "de belastingbrief, die …".
  const next = sentence.lower[last + 1];
  if ((next === 'dat' || next === 'die') && words[last + 1]) {
    const plural = entry.forms?.[0]?.[0] !== sentence.lower.slice(first, last + 1).join(' ');
    const wanted = plural ? 'die' : BY_GENDER[next][gender];
    if (wanted !== next && isRelative(sentence, last + 1)) edits.push(replace(words[last + 1].start, words[last + 1].end, wanted));
  }
  return edits;
}

/** "dat"/"die" after a noun starts a relative clause when a subject or object follows ("dat u kreeg"). */
function isRelative(sentence: Sentence, k: number): boolean {
  return /^(?:u|je|jij|wij|we|hij|zij|ze|het|de|een|er|ik|jullie|uw|ons|onze|niet|al|nog|ook|\d.*)$/.test(sentence.lower[k + 1] ?? '');
}

// ---------------------------------------------------------------------------------------------------------
// Verbs: conjugated like the verb they replace, with what that verb governed.

/** Closed-class words that are also a form of some verb (innen: "in"; the table has them): never a verb here. */
const FUNCTION_WORDS = new Set([
  'in',
  'op',
  'aan',
  'af',
  'bij',
  'uit',
  'om',
  'na',
  'toe',
  'door',
  'voor',
  'over',
  'dan',
  'zo',
  'al',
  'ben',
  'is',
  'was',
  'wil',
  'kan',
  'mag',
]);
/** Subject pronouns next to a finite verb. */
const SUBJECT_PRONOUNS = new Set(['ik', 'u', 'je', 'jij', 'hij', 'zij', 'ze', 'wij', 'we', 'het', 'men', 'jullie', 'er']);

/** Words after which a verb form is a noun: "de bedragen", "uw verzoeken". */
const DETERMINERS = new Set([
  'de',
  'het',
  'een',
  'uw',
  'jouw',
  'je',
  'mijn',
  'zijn',
  'haar',
  'hun',
  'onze',
  'ons',
  'deze',
  'dit',
  'elk',
  'elke',
  'geen',
  'alle',
  'welke',
]);

/** Determiners that are also object pronouns. */
const OBJECTS = new Set(['ons', 'je', 'haar', 'hun', 'zijn']);

/** Pronouns that make a present form plural: "wij wensen", "wensen wij". */
const PLURAL_SUBJECTS = new Set(['wij', 'we', 'zij', 'ze', 'jullie']);
/** Auxiliaries before a participle: "wij hebben … geretourneerd". */
const AUXILIARIES = /^(?:heb|hebt|heeft|hebben|had|hadden|ben|bent|is|zijn|was|waren|word|wordt|worden|werd|werden)$/;

function verbFinding(hit: VerbHit, place: Place): Found | undefined {
  const { entry, verb: head, shape } = hit;
  const { paragraph, sentence, first, last } = place;
  // The separable particle must close the clause: "delen u mede dat …" (not the preposition in "voeg het bij uw brief").
  const particleAt = shape === 'split' ? splitParticleAt(paragraph, sentence, last, head.particle!) : -1;
  if (shape === 'split' && particleAt < 0) return undefined;
  // What the verb governs must be there: "dient … te" + infinitive, "beschikt … over".
  const governed = entry.governs ? findGoverned(sentence, first, last, entry.governs) : undefined;
  if (entry.governs && !governed && !entry.governsOptional) return undefined;

  const slot = slotOf(hit, place);
  if (slot === 'none') return undefined;
  const alternatives = (entry.to ?? []).filter((a) => verb(a));
  const particle = particleAt >= 0 ? particleAt : undefined;
  if (entry.advice || (entry.needsClause && !clauseFollows(sentence, last))) return { alternatives, fixes: [], particle };
  const fixes: ReportedFix[] = [];
  if (slot) {
    for (const lemma of alternatives) {
      const alternative = verb(lemma)!;
      const edits = verbEdits(place, hit, slot, alternative, particleAt);
      if (!edits) continue;
      if (governed && entry.becomes !== entry.governs) {
        const changed = governedEdits(paragraph, sentence, governed, entry.becomes ?? '');
        if (!changed) continue;
        edits.push(...changed);
      }
      fixes.push({ edits });
    }
  }
  return { alternatives, fixes, particle };
}

/** Words that open a clause saying what is told: "als", "of", "dat", "wanneer" … */
const CLAUSE_OPENERS = new Set([
  'als',
  'of',
  'dat',
  'wanneer',
  'indien',
  'zodra',
  'hoe',
  'wat',
  'waar',
  'wie',
  'welke',
  'waarom',
  'hoeveel',
]);

/** A clause opener somewhere after the verb in its sentence. */
const clauseFollows = (sentence: Sentence, last: number): boolean => sentence.lower.slice(last + 1).some((w) => CLAUSE_OPENERS.has(w));

/** Which form the matched verb is, from its shape and the words around it; undefined when it stays unclear. */
function slotOf(hit: VerbHit, { sentence, first, last }: Place): Slot | 'te' | 'plural' | 'none' | undefined {
  const { slots, shape } = hit;
  if (shape === 'te') return 'te';
  const before = sentence.lower[first - 1];
  const after = sentence.lower[last + 1];
  // A word that is mostly something else ("in" of innen, "op"), or a noun after an article ("de bedragen").
  if (FUNCTION_WORDS.has(sentence.lower[first])) return 'none';
  // "ons", "je", "haar", "hun" before a verb that closes its clause are objects: "u moet ons verwittigen".
  const object = OBJECTS.has(before ?? '') && clauseEnd(sentence, last) === last;
  if (DETERMINERS.has(before ?? '') && !object && !sentence.words[first].breakBefore) return 'none';
  // An adjective between them does not change that: "de nieuwe bedragen" is a noun.
  if (DETERMINERS.has(sentence.lower[first - 2] ?? '') && isInflectedAdjective(before) && !sentence.words[first - 1].breakBefore)
    return 'none';
  // "de door u verstrekte informatie": a past form that is also an inflected participle, used as an adjective.
  const adjectival = (slots.includes('past') || slots.includes('pastPl')) && sentence.lower[first] === `${hit.verb.forms.participle}e`;
  const agent = sentence.lower[first - 2] === 'door'; // "de door u verstrekte informatie"
  if (adjectival && (agent || (!SUBJECT_PRONOUNS.has(before ?? '') && !SUBJECT_PRONOUNS.has(after ?? '')))) return 'none';
  const auxiliary = () =>
    sentence.lower.slice(Math.max(0, first - 8), first).some((w) => AUXILIARIES.test(w)) || AUXILIARIES.test(after ?? '');
  // "voorzien", "ontvangen": infinitive and participle look the same; an auxiliary makes it a participle.
  if (slots.includes('inf') && slots.includes('participle')) return auxiliary() ? 'participle' : 'inf';
  if (slots.includes('inf') && (PLURAL_SUBJECTS.has(before) || PLURAL_SUBJECTS.has(after))) return 'plural';
  // The 1st person ("verwittig") only with "ik", an inverted "je" ("verwittig je"), or as a command at the start
  // of a clause ("Verwittig uw jobcoach"); elsewhere it is another word ("in", "bezit").
  if (slots.length === 1 && slots[0] === 'first') {
    const command = first === 0 || sentence.words[first].breakBefore || /^(?:dan|en|of|maar)$/.test(before ?? '');
    return before === 'ik' || after === 'ik' || after === 'je' || command ? 'first' : 'none';
  }
  if (slots.includes('second') || slots.includes('third')) {
    const subject = addressedSubject(sentence, first);
    if (subject === 'u' && slots.includes('second')) return 'second';
    if (subject === 'je') return slots.includes('second') ? 'second' : undefined;
    return slots.includes('third') ? 'third' : undefined;
  }
  // "overwogen": a participle after an auxiliary in the clause, else a past plural.
  if (slots.includes('participle') && slots.includes('pastPl')) return auxiliary() ? 'participle' : 'pastPl';
  // "verzocht": a participle after an auxiliary, else the past singular ("hij verzocht").
  if (slots.includes('participle') && slots.includes('past')) return auxiliary() ? 'participle' : 'past';
  return slots.length === 1 ? slots[0] : slots.includes('inf') ? 'inf' : undefined;
}

/** The edits that put `alternative` in the place of the matched verb (without what it governs). */
function verbEdits(place: Place, hit: VerbHit, slot: Slot | 'te' | 'plural', alternative: Verb, particleAt: number): Edit[] | undefined {
  const { paragraph, sentence, first, last } = place;
  const words = sentence.words;
  const start = words[first].start;
  const end = words[last].end;
  const old = paragraph.text.slice(start, end);
  const edits: Edit[] = [];
  const put = (text: string) => edits.push(replace(start, end, matchCase(old, text)));

  if (slot === 'te') {
    put(teInfinitive(alternative));
    return edits;
  }
  if (slot === 'participle') {
    if (alternative.placement === 'after') return undefined; // "laten weten": "hebben laten weten", not a participle
    put(joinedForm(alternative, 'participle'));
    return edits;
  }
  const finiteSlot: Slot = slot === 'plural' ? 'inf' : slot;
  if (hit.shape === 'split') {
    // Main clause with the old particle later on: "delen u … mede" → "laten u … weten" / "vertellen u …".
    put(alternative.particle ? splitForm(alternative, finiteSlot) : alternative.forms[finiteSlot]);
    const particle = words[particleAt];
    if (alternative.particle) edits.push(replace(particle.start, particle.end, alternative.particle));
    else edits.push(removeWord(paragraph.text, particle));
    return edits;
  }
  const finite = slot !== 'inf';
  // Only a verb that splits needs the clause's end (and the tagger, for "en"/"of" inside the clause).
  const end_ = alternative.particle && finite ? particleEnd(sentence, last, tagsOf(paragraph, sentence)) : last;
  if (end_ === undefined) return undefined;
  if (!alternative.particle || !finite || end_ === last) {
    // An infinitive, a verb that does not split, or the last word of a subordinate clause: written joined.
    put(joinedForm(alternative, finiteSlot));
    return edits;
  }
  // A finite verb in a main clause: the particle goes to the end of the clause ("u stuurt het formulier terug").
  if (end_ - last > 12) return undefined;
  put(splitForm(alternative, finiteSlot));
  // Before a full stop that the parser kept with a number ("op 03 270 45 80.").
  const at = words[end_].end - (/[.!?]$/.test(words[end_].value) ? 1 : 0);
  edits.push(replace(at, at, ` ${alternative.particle}`));
  return edits;
}

/**
 * The index of a split verb's particle, which must close the clause ("delen u mede dat …", not the preposition in
 * "voeg het bij uw brief"); across "en"/"of" between noun phrases by the tagger ("delen het besluit en de redenen
 * mede"). -1 when it is not there.
 */
function splitParticleAt(paragraph: Paragraph, sentence: Sentence, last: number, particle: string): number {
  const end = clauseEnd(sentence, last);
  // The first of its kind after the verb, as a preposition before it would be ("bij de brief … bij").
  for (let k = last + 1; k < end; k++) if (sentence.lower[k] === particle) return -1;
  if (sentence.lower[end] === particle && end > last) return end;
  const joiner = sentence.lower[end + 1];
  if (joiner !== 'en' && joiner !== 'of') return -1;
  const far = particleEnd(sentence, last, tagsOf(paragraph, sentence));
  return far !== undefined && far > end && sentence.lower[far] === particle ? far : -1;
}

/** Where the governed word of a verb is: the "te" before the infinitive, or the preposition. */
interface Governed {
  /** Index of the governed word. */
  at: number;
  /** For "te": the index of the infinitive after it. */
  infinitive?: number;
}

function findGoverned(sentence: Sentence, first: number, last: number, governs: string): Governed | undefined {
  if (governs !== 'te') {
    const at = findInClause(sentence, governs === sentence.lower[last] ? last : first, governs, 'both');
    return at >= 0 && at !== first ? { at } : undefined;
  }
  // "te" + an infinitive later in the clause; "te laat" is not one. Across one "en"/"of" between participles or
  // adjectives: "gelieve het formulier ingevuld en getekend terug te sturen".
  let end = clauseEnd(sentence, last);
  const joiner = sentence.lower[end + 1];
  if (
    (joiner === 'en' || joiner === 'of') &&
    !sentence.words[end + 1].breakBefore &&
    !sentence.lower.slice(last + 1, end + 1).includes('te')
  ) {
    end = clauseEnd(sentence, end + 2);
  }
  for (let k = last + 1; k < end; k++) {
    if (sentence.lower[k] !== 'te') continue;
    const next = sentence.lower[k + 1];
    if (verb(next)?.forms.inf === next) return { at: k, infinitive: k + 1 };
  }
  return undefined;
}

function governedEdits(paragraph: Paragraph, sentence: Sentence, governed: Governed, becomes: string): Edit[] | undefined {
  const word = sentence.words[governed.at];
  if (becomes) return [replace(word.start, word.end, becomes)];
  if (governed.infinitive === undefined) return [removeWord(paragraph.text, word)];
  // "te betalen en daarna de facturen binnen te brengen": every "te" of the coordinated infinitives goes.
  const edits = [withoutTe(paragraph, sentence, governed.at, governed.infinitive)];
  let coordinated = false;
  for (let k = governed.infinitive + 1; k < sentence.words.length - 1; k++) {
    const w = sentence.lower[k];
    if (w === 'en' || w === 'of') coordinated = true;
    else if (w === 'om' || w === 'dat' || w === 'als' || w === 'omdat' || w === 'zodat') break;
    else if (w === 'te' && coordinated && verb(sentence.lower[k + 1])?.forms.inf === sentence.lower[k + 1]) {
      edits.push(withoutTe(paragraph, sentence, k, k + 1));
      coordinated = false;
    }
  }
  return edits;
}

/** Remove the "te" at `at`; a particle before it joins the infinitive: "terug te sturen" → "terugsturen". */
function withoutTe(paragraph: Paragraph, sentence: Sentence, at: number, infinitive: number): Edit {
  const words = sentence.words;
  const before = sentence.lower[at - 1];
  if (at > 0 && verb(before + sentence.lower[infinitive])?.particle === before) {
    return replace(words[at - 1].end, words[infinitive].start, '');
  }
  return removeWord(paragraph.text, words[at]);
}
