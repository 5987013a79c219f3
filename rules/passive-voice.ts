/**
 * passive-voice: a form of "worden" or "zijn" with a past participle in the
 * same clause ("Uw aanvraag wordt door ons behandeld", "omdat het formulier
 * niet ingevuld werd"). Not: "ze wordt dertig", "hij wordt kok", nor active
 * perfects with "zijn" ("wij zijn verhuisd") or states ("u bent verplicht", "dat u ingeschreven bent").
 * The part-of-speech tagger finds the participle (also "voldaan", "nagegaan") and where the clause ends.
 */
import { participles } from '../dictionaries/index';
import { defineRule } from './define';
import type { Sentence } from './shared/paragraph';
import { isInflectedAdjective, isIntransitiveParticiple, isKnownParticiple, tagsOf, type Tag } from './shared/tagger';
import { quote } from './shared/texts';
import { formSlots, SLOT_BIT } from './shared/verbs';

const WORDEN = new Set(['word', 'wordt', 'worden', 'werd', 'werden']);
const ZIJN = new Set(['ben', 'bent', 'is', 'zijn', 'was', 'waren']);

/** Words that start a new clause: the participle of another clause is not ours. */
const CLAUSE_WORDS = new Set([
  'en',
  'maar',
  'of',
  'want',
  'omdat',
  'als',
  'dat',
  'die',
  'wanneer',
  'zodat',
  'terwijl',
  'nadat',
  'voordat',
  'zodra',
  'waar',
  'wat',
  'wie',
  'hoe',
  'indien',
  'tenzij',
  'hoewel',
  'doordat',
  'om',
  'waarin',
  'waarop',
  'waarmee',
  'waarvoor',
  'waardoor',
  'waarover',
  'hoeveel',
]);

const SEPARABLE =
  '(?:aan|achter|af|bekend|bij|bijeen|binnen|deel|dicht|door|goed|in|kennis|klaar|langs|los|mee|mis|na|neer|om|op|open|over|plaats|rond|samen|stop|tegen|terecht|terug|thuis|toe|tussen|uit|vast|vol|voor|voort|vrij|weg)';
/** Prefixes that take no ge-: "ondertekend", "overgemaakt" is separable but "overwogen" is not. */
const INSEPARABLE = '(?:be|ver|ont|her|er|onder|over|vol|mis|achter)';
const PARTICIPLE = new RegExp(`^(?:${SEPARABLE}?ge\\p{L}{2,}(?:d|t|en)|(?:${SEPARABLE})?${INSEPARABLE}\\p{L}{2,}(?:d|t|en))$`, 'u');
/** Forms of "hebben": a participle right after one belongs to an active perfect ("die ik heb verstuurd is …"). */
const HEBBEN = new Set(['heb', 'hebt', 'heeft', 'hebben', 'had', 'hadden']);

/** Words that look like participles, and what they are instead (dictionaries/participles.json). */
const KNOWN = new Map(participles.map((e) => [e.word, e.kind]));

/** Participles of the auxiliaries themselves: "is geweest" is no passive. */
const AUX_PARTICIPLES = new Set(['geweest', 'geworden', 'gehad']);

/** The tag of word `j` of the sentence; the sentence is tagged on the first call only. */
type TagAt = (j: number) => Tag;

/**
 * A past participle: the shape of one, or a participle the data knows ("voldaan", "voorzien", "nagegaan") that
 * the tagger takes for one here ("u zult een brief ontvangen" is an infinitive). Never a word our data says is
 * something else. The sentence is tagged only when the shape does not decide.
 */
function isParticiple(word: string, tagAt: TagAt, j: number, afterZijn: boolean): boolean {
  // Every past participle ends in -d, -t or -n: most words are out before any look-up.
  const last = word.charCodeAt(word.length - 1);
  if (last !== 100 /* d */ && last !== 116 /* t */ && last !== 110 /* n */) return false;
  const kind = KNOWN.get(word);
  if (kind === 'not-participle' || AUX_PARTICIPLES.has(word)) return false;
  // After "zijn": a state ("u bent verplicht") or an active perfect ("wij zijn verhuisd").
  if (afterZijn && kind) return false;
  // An infinitive that is no participle too ("Herstellen is gratis", but "ontvangen" is both).
  if (last === 110 /* n */) {
    const slots = formSlots(word);
    if (slots !== 0 && (slots & SLOT_BIT.participle) === 0) return false;
  }
  // Present participles and adjectives in -end ("dringend") are not past participles, except verbs in -kennen.
  if (word.endsWith('end') && !word.endsWith('kend')) return false;
  const participle = PARTICIPLE.test(word) || (isKnownParticiple(word) && tagAt(j) === 'VERB:Part');
  // A verb without an object makes its perfect with "zijn" (Brill-NL's lexicon says which): active.
  return participle && !(afterZijn && isIntransitiveParticiple(word));
}

/** Tags a participle before its auxiliary never has. */
const NOT_VERB: ReadonlySet<Tag> = new Set(['NOUN', 'PROPN', 'ADV', 'ADP', 'PRON', 'DET', 'NUM']);
const NOUN_PHRASE: ReadonlySet<Tag> = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ']);
/** Words that open a noun phrase: only before one can "en"/"of" join two noun phrases. */
const DETERMINERS = new Set(['de', 'het', 'een', 'uw', 'je', 'jouw', 'onze', 'ons', 'zijn', 'haar', 'hun', 'deze', 'dit', 'alle']);
const DIGIT = /^\d/;

/**
 * A clause word that does not end the clause here: "om" before a time ("om 14 uur", ADP), "en"/"of" between two
 * noun phrases ("door de dokter en de verpleegkundige"). The tagger is asked only when the next word leaves it open.
 */
function continuesClause(sentence: Sentence, tagAt: TagAt, j: number, word: string): boolean {
  const next = sentence.lower[j + 1];
  if (next === undefined) return false;
  if (word === 'om') return DIGIT.test(next) || (next !== 'te' && tagAt(j) === 'ADP');
  if (word === 'en' || word === 'of') return (DETERMINERS.has(next) || DIGIT.test(next)) && NOUN_PHRASE.has(tagAt(j - 1));
  return false;
}

/**
 * "zijn" as "his" or "its": before a noun ("zijn deel"), or in a clause that already has its "hebben" ("Uw
 * ziekenfonds heeft zijn deel al betaald").
 */
function isPossessive(sentence: Sentence, tagAt: TagAt, at: number): boolean {
  if (at + 1 < sentence.words.length && !sentence.words[at + 1].breakBefore && tagAt(at + 1) === 'NOUN') return true;
  for (let j = at - 1; j >= 0; j--) {
    const w = sentence.lower[j];
    if (HEBBEN.has(w)) return true;
    if (sentence.words[j + 1].breakBefore || CLAUSE_WORDS.has(w)) return false;
  }
  return false;
}

/** Index of the participle that goes with the auxiliary at `aux`, searching within its clause. */
function findParticiple(sentence: Sentence, tagAt: TagAt, aux: number, afterZijn: boolean): number {
  const words = sentence.words;
  for (let j = aux + 1; j < words.length; j++) {
    const w = words[j].lower;
    if (words[j].breakBefore || WORDEN.has(w) || (CLAUSE_WORDS.has(w) && !continuesClause(sentence, tagAt, j, w))) break;
    if (words[j - 1].lower === 'te') continue;
    // A word right after "de", "uw", "een" heads a noun phrase: "Het is uw verantwoordelijkheid" (ver…d), "Dat is de
    // brief van de belastingen" (be…en). Elsewhere the tagger confirms a shape ("een school voor volwassenen").
    if (ARTICLES.has(words[j - 1].lower)) continue;
    // Also after an article and an adjective: "Dit zijn de nieuwe bedragen".
    if (j >= 2 && ARTICLES.has(words[j - 2].lower) && isInflectedAdjective(words[j - 1].lower) && !words[j - 1].breakBefore) continue;
    if (isParticiple(w, tagAt, j, afterZijn) && isVerbHere(w, tagAt, j)) return j;
  }
  // Subordinate clauses and modal verbs put the participle first: "… omdat het formulier niet ingevuld werd",
  // "de papieren moeten ondertekend worden". Right before the auxiliary it is ours, unless "hebben" owns it;
  // one word further back only when the auxiliary ends the clause.
  const clauseFinal = aux === words.length - 1 || words[aux + 1].breakBefore || CLAUSE_WORDS.has(words[aux + 1].lower);
  for (let j = aux - 1; j >= 0 && j >= aux - (clauseFinal ? 2 : 1); j--) {
    if (words[j + 1].breakBefore) break;
    const before = j > 0 ? words[j - 1].lower : '';
    // "Uw nieuwe verblijfskaart is klaar", "Misschien bent u …": a noun or adverb with the shape of a participle
    // (ver…t, mis…en) is none.
    if (before !== 'te' && !HEBBEN.has(before) && isParticiple(words[j].lower, tagAt, j, afterZijn) && !NOT_VERB.has(tagAt(j))) return j;
  }
  return -1;
}

/** Words that only open a noun phrase (not "ons", "zijn", "je": "door ons ingevuld", "zijn ingeschreven"). */
const ARTICLES = new Set(['de', 'het', 'een', 'uw', 'jouw', 'onze', 'deze', 'dit', 'elke', 'alle', 'geen']);

/**
 * A participle of the verb table ("verboden", also a plural noun), or a word the tagger does not read as a noun,
 * pronoun or the like, nor as an adjective it does not know as a participle ("een school voor volwassenen").
 */
function isVerbHere(word: string, tagAt: TagAt, j: number): boolean {
  const slots = formSlots(word);
  if ((slots & SLOT_BIT.participle) !== 0) return true;
  // A form the table knows as another one ("betaalt", "bestelt"): the shape be…t made it look like a participle.
  if (slots !== 0) return false;
  const tag = tagAt(j); // the sentence is tagged only when the verb table does not know the word
  return !NOT_VERB.has(tag) && (tag !== 'ADJ' || isKnownParticiple(word));
}

const PERSONS = new Set(['u', 'je', 'jij', 'wij', 'we', 'ik', 'hij', 'zij', 'ze', 'jullie']);

/**
 * "(het bewijs) dat u ingeschreven bent", "als je verzekerd bent": a person, a participle and "zijn" closing a
 * subordinate clause say what the reader is, a state, not what someone did.
 */
function isState(sentence: Sentence, tagAt: TagAt, p: number, aux: number): boolean {
  const { lower, words } = sentence;
  if (p !== aux - 1 || p < 2 || !PERSONS.has(lower[p - 1])) return false;
  const last = aux === words.length - 1 || words[aux + 1].breakBefore || tagAt(aux + 1) === 'CCONJ' || tagAt(aux + 1) === 'SCONJ';
  return last && (lower[p - 2] === 'dat' || lower[p - 2] === 'of' || tagAt(p - 2) === 'SCONJ');
}

/**
 * What may and may not: "Vuurwerk is verboden" says how things are (a state). "Het is verboden te roken" is an
 * impersonal order with its own plain form ("U mag niet roken"): that one is flagged.
 */
const PERMISSION = new Set(['verboden', 'toegestaan', 'toegelaten']);
/**
 * Only in a short clause: "is vuurwerk verboden", "zijn niet toegelaten". A long one is a rule about a whole action
 * ("is het gebruik van gsm's tijdens de lessen verboden"), plainer as "Leerlingen mogen … geen gsm gebruiken".
 */
const PERMISSION_REACH = 3;

/** The word stands in quotes: "geconventioneerd" is the word the letter talks about, not a verb it uses. */
const isQuoted = (text: string, { start, end }: { start: number; end: number }) =>
  /["“„'‘]$/u.test(text.slice(start - 1, start)) && /^["”'’]/u.test(text.slice(end, end + 1));

export default defineRule({
  id: 'passive-voice',
  look: { color: '#15803d', line: 'solid' },
  texts: {
    nl: {
      title: 'Lijdende vorm',
      why: 'In de lijdende vorm staat wie iets doet achteraan, of helemaal niet. De lezer wil eerst weten wie wat doet.',
      lesson: { before: 'Uw aanvraag wordt door de dienst behandeld.', after: 'De dienst behandelt uw aanvraag.' },
      options: {},
      messages: {
        passive: (text: string) =>
          `${quote(text)} is lijdende vorm. Zeg wie het doet, bijvoorbeeld ‘Wij behandelen uw aanvraag’ in plaats van ‘Uw aanvraag wordt behandeld’.`,
      },
    },
  },
  defaults: {},
  examples: {
    flag: [
      { text: 'Uw aanvraag [[wordt door ons behandeld]].' },
      { text: 'U [[wordt verwacht]] op maandag om 10 uur.' },
      { text: 'U [[wordt verzocht]] om te bellen.' },
      { text: 'Het formulier [[werd niet ingevuld]].' },
      { text: 'Uw aanvraag [[is goedgekeurd]].' },
      { text: 'De brieven [[zijn gisteren verstuurd]].' },
      { text: 'Wij weten niet of uw dossier al [[behandeld werd]].' },
      { text: 'De kosten [[worden terugbetaald]] door de mutualiteit.' },
      // The tagger reads "verboden" as a plural noun here; the verb table knows the participle.
      { text: 'Het [[is verboden]] te roken op het terrein.' },
      { text: "Volgens het reglement [[is het gebruik van gsm's tijdens de lessen verboden]]." },
      { text: 'Uw uitkering [[wordt stopgezet]] vanaf 1 juni.' },
      { text: 'Er [[werden geen documenten ontvangen]]. Bel ons.' },
      { text: 'U [[bent uitgenodigd]] voor een gesprek.' },
      { text: 'De papieren moeten [[ondertekend worden]] door u en uw partner.' },
      { text: 'Uw zoon [[is vorige week door de schoolarts onderzocht]].' },
      // Participles without ge- or with ge- inside, known from the verb table through the tagger.
      { text: 'Aan de vereisten [[is voldaan]].' },
      { text: 'Er [[is een premie voorzien]] voor gezinnen met kinderen.' },
      { text: 'Daarna [[wordt overgegaan]] tot de uitbetaling van de premie.' },
      { text: 'Uw dossier [[werd door onze dienst opnieuw nagegaan]].' },
      // Many words between the auxiliary and the participle, "om" and "en" inside the clause.
      { text: 'U [[wordt op dinsdag 3 juni om 10 uur in ons kantoor verwacht]].' },
      { text: 'De papieren [[worden door de dokter en de verpleegkundige nagekeken]].' },
      { text: 'Het formulier moet getekend [[teruggestuurd worden]] vóór 1 mei.' },
    ],
    pass: [
      // A word in quotes is named, not used: the term the letter goes on to explain.
      'Kies een tandarts die "geconventioneerd" is. Dat wil zeggen: hij vraagt de officiële prijs.',
      // A verb without an object makes its perfect with "zijn": active.
      'Als uw kind genezen is, mag het terug naar school.',
      // An infinitive as the subject.
      'Herstellen is gratis.',
      // What a house or a job is like, after "zijn": a state (Flemish "gedaan" is "klaar").
      'De zolder is niet geïsoleerd en de badkamer is niet verwarmd.',
      'De opkuis is bijna gedaan.',
      // What may and may not, without "te": a state.
      'Ook op oudjaar is vuurwerk verboden.',
      'Honden zijn niet toegelaten in het park.',
      // A noun shaped like a participle (ver…t), and a perfect with "zijn".
      'Uw nieuwe verblijfskaart is klaar.',
      'Misschien bent u het vergeten.',
      // Nouns after an article, or tagged as nouns, shaped like participles (ver…d, be…en, vol…en).
      'Het is uw verantwoordelijkheid.',
      'Dat is de brief van de belastingen over uw inkomen.',
      'Het CVO is een school voor volwassenen.',
      'Ze wordt dertig in mei.',
      'Het wordt koud deze week.',
      'Hij wordt kok in een restaurant.',
      'Wij zijn verhuisd naar Deurne.',
      // "zijn" as "his" or "its".
      'Uw ziekenfonds heeft zijn deel al betaald.',
      'Hij is zijn sleutel verloren.',
      'U bent gestart met de cursus.',
      'U bent verplicht om te komen.',
      'De les is begonnen.',
      'Het formulier is te verkrijgen aan het onthaal.',
      'Wij behandelen uw aanvraag deze week.',
      'De brief die ik heb verstuurd is niet aangekomen.',
      'Deze premie is ten behoeve van gezinnen met een laag inkomen.',
      'Bel ons als u verhinderd bent.',
      // Registered is what the reader is: a state, as blind judges of whole letters read it.
      'U hoeft niets te betalen, want u bent bij ons ingeschreven.',
      // A state of the reader: the participle works as an adjective.
      'Stuur ons het bewijs dat u ingeschreven bent.',
      // "u." ends a sentence: the parser takes it for an initial, and the participle of the next sentence is not ours.
      'Dat is vervelend voor u. We komen de ketel zo snel mogelijk herstellen.',
      // An amount ends a sentence too; a noun after an article and an adjective is no participle.
      'Uw huur is € 642,60. U betaalt voor de 5de van de maand.',
      'Dit zijn de nieuwe bedragen voor 2026.',
      // A finite verb of the shape be…t is no participle.
      'Dat is een plan waarin staat hoeveel u elke maand betaalt en wanneer.',
      // Verbs without an object make their perfect with "zijn" (Brill-NL's lexicon says which).
      'Uit het onderzoek is gebleken dat u recht hebt op een premie.',
      'Uw huurcontract is overgegaan naar de nieuwe eigenaar.',
      // Adjectives that end like a participle: the tagger guessed them, the data does not know them as one.
      'Als u arbeidsongeschikt bent, krijgt u een uitkering.',
    ],
  },
  find(paragraph, { messages, report }) {
    for (const sentence of paragraph.sentences) {
      const words = sentence.words;
      let tags: readonly Tag[] | undefined;
      const tagAt: TagAt = (j) => (tags ??= tagsOf(paragraph, sentence))[j];
      for (let i = 0; i < words.length; i++) {
        const w = words[i].lower;
        const afterZijn = ZIJN.has(w);
        if ((!afterZijn && !WORDEN.has(w)) || (w === 'zijn' && isPossessive(sentence, tagAt, i))) continue;
        const p = findParticiple(sentence, tagAt, i, afterZijn);
        if (p < 0 || (afterZijn && isState(sentence, tagAt, p, i)) || isQuoted(paragraph.text, words[p])) continue;
        if (afterZijn && PERMISSION.has(sentence.lower[p]) && p - i <= PERMISSION_REACH && !sentence.lower.includes('te', p + 1)) continue;
        const start = words[Math.min(i, p)].start;
        const end = words[Math.max(i, p)].end;
        report({ start, end, message: messages.passive(paragraph.text.slice(start, end)) });
        if (p > i) i = p;
      }
    }
  },
});
