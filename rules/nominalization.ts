/**
 * nominalization (naamwoordstijl): a noun hides the verb that says what
 * happens. Three shapes: a light verb ("een beslissing nemen" → beslissen),
 * an infinitive used as a noun ("het invullen van het formulier"), and a
 * process noun ("de verwerking van uw aanvraag"). The tagger finds the words between "het" and the infinitive.
 */
import type { LightVerbEntry } from '../dictionaries/schema';
import { defineRule } from './define';
import { matchCase } from './shared/case';
import { replace } from './shared/fix';
import type { Lexicon } from './shared/lexicon';
import type { Paragraph, Sentence } from './shared/paragraph';
import { lexiconTag, tagsOf } from './shared/tagger';
import { quote } from './shared/texts';
import { clauseEnd, particleEnd } from './shared/clause';
import { formSlots, isParticleOf, particlesStarting, SLOT_BIT, verb as verbOf } from './shared/verbs';

const ARTICLES = new Set(['een', 'de', 'het']);
/** "na controle van", "bij ontvangst van": a process noun straight after a preposition. */
const PREPOSITIONS = new Set(['na', 'bij', 'voor', 'tijdens', 'zonder', 'door', 'met', 'ter', 'tot', 'in', 'op']);
/** Adverbs that may stand between "het" and the infinitive: "het tijdig indienen van". */
const ADVERB = /^(?:\p{L}+(?:ig|lijk)|snel|goed|juist|correct|zelf)$/u;
const DETERMINERS = new Set(['een', 'de', 'het', 'deze', 'die', 'dit', 'dat', 'uw', 'je', 'jouw', 'onze', 'ons']);
/** Nouns in -en that are not verbs used as nouns ("het leven van", "het examen van"). */
const NOUNS_IN_EN = new Set([
  'leven',
  'eten',
  'verleden',
  'teken',
  'examen',
  'wapen',
  'laken',
  'deken',
  'keuken',
  'regen',
  'zegen',
  'orgaan',
  'bestaan',
  'welzijn',
  'gebeuren',
  'wezen',
  'middel',
  'vermogen',
  'verlangen',
  'verzoeken',
  'gevoelen',
  'open',
]);

/** The noun's entries, also for simple plurals (beslissingen, keuzes). */
function entriesFor(word: string, lexicon: Lexicon): LightVerbEntry[] | undefined {
  const own = lexicon.lightVerbsByNoun.get(word);
  if (own) return own;
  const last = word.charCodeAt(word.length - 1);
  if (last !== 110 /* n */ && last !== 115 /* s */) return undefined;
  return (
    lexicon.lightVerbsByNoun.get(word.slice(0, -1)) ?? (word.endsWith('en') ? lexicon.lightVerbsByNoun.get(word.slice(0, -2)) : undefined)
  );
}

/**
 * Where "het" stands before the infinitive at `i`: right before it, or before words the tagger calls adjectives or
 * adverbs ("het tijdig indienen", "het correct en volledig invullen"), at most three; -1 when there is none.
 */
function hetBefore(paragraph: Paragraph, sentence: Sentence, i: number): number {
  const words = sentence.words;
  if (i > 0 && words[i - 1].lower === 'het') return i - 1;
  if (i > 1 && words[i - 2].lower === 'het' && ADVERB.test(words[i - 1].lower)) return i - 2;
  let het = -1;
  for (let k = i - 2; k >= 0 && k >= i - 4 && het < 0; k--) if (sentence.lower[k] === 'het') het = k;
  if (het < 0) return -1;
  // Tagged only when "het" stands a few words before an infinitive with "van".
  const tags = tagsOf(paragraph, sentence);
  for (let k = i - 1; k >= het; k--) {
    if (words[k + 1].breakBefore) return -1;
    if (words[k].lower === 'het') return k < i - 1 ? k : -1;
    const modifier = tags[k] === 'ADJ' || tags[k] === 'ADV' || ADVERB.test(words[k].lower) || words[k].lower === 'en';
    if (!modifier) return -1;
  }
  return -1;
}

/** How far (in words, within one clause) the light verb may stand from its noun: "wij nemen binnen twee weken een beslissing". */
const LIGHT_VERB_WINDOW = 5;

/**
 * The form at `k` is the light verb itself and not part of another verb: a split "leg" needs its "af" later on
 * ("legt een bezoek af"), and "neem … mee" at the end of the clause is "meenemen", not "nemen". The end of the
 * clause goes past "of" between nouns ("neem het rapport of de agenda mee"), not into the next clause ("hebben kennis
 * genomen … en passen uw dossier aan"). A participle is written with its particle ("meegenomen").
 */
function isLightVerb(paragraph: Paragraph, sentence: Sentence, k: number, entry: LightVerbEntry): boolean {
  const form = sentence.lower[k];
  const particle = particlesStarting(entry.verbForms[0]).find((p) => !form.startsWith(p));
  const slots = formSlots(form);
  if (!particle && slots !== 0 && (slots & ~SLOT_BIT.participle) === 0) return true;
  const end = particleEnd(sentence, k, tagsOf(paragraph, sentence)) ?? clauseEnd(sentence, k);
  if (particle) return sentence.lower.slice(k + 1, end + 1).includes(particle);
  return end === k || !isParticleOf(sentence.lower[end], form);
}

function lightVerbAt(
  paragraph: Paragraph,
  sentence: Sentence,
  i: number,
  lexicon: Lexicon,
): { entry: LightVerbEntry; verbIndex: number } | undefined {
  const words = sentence.words;
  const entries = entriesFor(words[i].lower, lexicon);
  if (entries) {
    for (const entry of entries) {
      for (let k = i + 1; k < words.length && k <= i + LIGHT_VERB_WINDOW && !words[k].breakBefore; k++) {
        if (entry.verbForms.includes(words[k].lower) && isLightVerb(paragraph, sentence, k, entry)) return { entry, verbIndex: k };
      }
      for (let k = i - 1; k >= 0 && k >= i - LIGHT_VERB_WINDOW && !words[k + 1].breakBefore; k--) {
        if (entry.verbForms.includes(words[k].lower) && isLightVerb(paragraph, sentence, k, entry)) return { entry, verbIndex: k };
      }
    }
  }
  return undefined;
}

export default defineRule({
  id: 'nominalization',
  look: { color: '#7e22ce', line: 'dashed' },
  texts: {
    nl: {
      title: 'Naamwoordstijl',
      why: 'Een werkwoord is concreter dan een zelfstandig naamwoord. De zin wordt korter en duidelijker.',
      lesson: {
        before: 'Na de verwerking van uw aanvraag nemen wij een beslissing.',
        after: 'Wij verwerken uw aanvraag. Daarna beslissen wij.',
      },
      options: {},
      messages: {
        lightVerb: (text: string, verb: string) => `Schrijf ${quote(verb)} in plaats van ${quote(text)}.`,
        infinitive: (verb: string) => `Gebruik het werkwoord zelf: ${quote(verb)}, niet ${quote('het ' + verb + ' van')}.`,
        noun: (text: string, verb: string) => `Gebruik het werkwoord ${quote(verb)} in plaats van ${quote(text)}.`,
      },
    },
  },
  defaults: {},
  examples: {
    flag: [
      { text: 'Wij moeten [[een beslissing nemen]] over uw aanvraag.', suggestion: 'beslissen' },
      { text: 'De dienst zal [[een controle uitvoeren]].', suggestion: 'controleren' },
      { text: 'U kunt [[een aanvraag indienen]] bij het OCMW.', suggestion: 'aanvragen' },
      { text: 'Wij nemen binnen twee weken [[een beslissing]].' },
      { text: 'De dokter legt morgen [[een bezoek]] af.' },
      // The particle at the end belongs to the next clause.
      { text: 'Wij hebben [[kennis]] genomen van uw nieuwe adres en passen uw dossier aan.' },
      { text: 'Wij nemen [[een beslissing]] en sturen u daarna een brief terug.' },
      { text: '[[Het invullen van]] het formulier duurt tien minuten.' },
      { text: 'Wij helpen u bij [[het zoeken van]] een woning.' },
      { text: '[[De verwerking van]] uw aanvraag duurt een maand.' },
      { text: 'Na [[de behandeling van]] uw dossier krijgt u een brief.' },
      { text: 'U kunt [[gebruik maken]] van de computer in de bib.' },
      { text: '[[De betaling van]] de huur moet voor de vijfde van de maand gebeuren.' },
      { text: 'Wij moeten [[een keuze maken]].', suggestion: 'kiezen' },
      { text: 'Bedankt voor [[het tijdig indienen van]] de documenten.' },
      { text: '[[Na controle van]] uw gegevens sturen wij een brief.' },
      // Adjectives and adverbs between "het" and the infinitive, by the tagger.
      { text: 'Bedankt voor [[het correct en volledig invullen van]] het formulier.' },
    ],
    pass: [
      // A noun in -en that no verb table knows.
      'Ik help je met de papieren voor het pensioen van je vader.',
      // A noun in -en the tagger's lexicon knows as a noun first.
      'We kijken naar het inkomen van uw gezin.',
      'Daarom is het gesloten van maandag 5 mei tot vrijdag 27 juni.',
      'Wij beslissen binnen twee weken.',
      // "leg … klaar" is not "afleggen", "neem … mee" is "meenemen".
      'Leg bij het eerste bezoek uw identiteitskaart klaar.',
      'Neem bij de inschrijving het rapport of de agenda van uw kind mee.',
      'Vul het formulier in.',
      'Het leven van een student is duur.',
      'Wij maken een afspraak met u.',
      'De woning van uw broer is groot.',
      'Het examen van de cursus is op vrijdag.',
    ],
  },
  find(paragraph, { lexicon, messages, report }) {
    for (const sentence of paragraph.sentences) {
      const words = sentence.words;
      for (let i = 0; i < words.length; i++) {
        const w = words[i].lower;
        const light = lightVerbAt(paragraph, sentence, i, lexicon);
        if (light) {
          const first = i > 0 && DETERMINERS.has(words[i - 1].lower) ? i - 1 : i;
          const { entry, verbIndex } = light;
          // "een beslissing nemen": noun and infinitive side by side become the verb ("beslissen"),
          // but not before "van": "gebruik maken van de computer" needs "de computer gebruiken".
          const adjacentInfinitive = verbIndex === i + 1 && words[verbIndex].lower === entry.verbForms[0];
          const end = adjacentInfinitive ? words[verbIndex].end : words[i].end;
          // Only with the article right before the noun: "een nieuwe aanvraag doen" is not "een nieuwe aanvragen".
          const replaceable = adjacentInfinitive && first === i - 1 && words[verbIndex + 1]?.lower !== 'van';
          const text = paragraph.text.slice(words[first].start, end);
          report({
            start: words[first].start,
            end,
            message: messages.lightVerb(text, entry.verb),
            fixes: replaceable ? [{ edits: [replace(words[first].start, end, matchCase(text, entry.verb))] }] : [],
          });
          continue;
        }

        if (i + 1 >= words.length || words[i + 1].lower !== 'van' || words[i + 1].breakBefore) continue;
        // "het invullen van", "het tijdig indienen van": an infinitive used as a noun.
        // An infinitive: in the verb table ("het leven" is a noun there too: NOUNS_IN_EN, and the words the tagger's
        // lexicon gives first as a noun: "het inkomen van uw gezin"), or -en as the tagger says.
        // Not a participle in -en that is no infinitive: "Daarom is het gesloten van maandag tot vrijdag".
        const slots = formSlots(w);
        const participleOnly = (slots & SLOT_BIT.participle) !== 0 && (slots & SLOT_BIT.inf) === 0;
        const infinitive = /^\p{L}{3,}en$/u.test(w) && !NOUNS_IN_EN.has(w) && !participleOnly && !lexiconTag(w)?.startsWith('N(');
        const het = infinitive ? hetBefore(paragraph, sentence, i) : -1;
        // A word in -en that no table knows as a verb must be tagged as an infinitive: "het pensioen van" is a noun.
        if (het >= 0 && ((slots & SLOT_BIT.inf) !== 0 || verbOf(w) !== undefined || tagsOf(paragraph, sentence)[i].endsWith(':Inf'))) {
          report({ start: words[het].start, end: words[i + 1].end, message: messages.infinitive(w) });
          continue;
        }
        // "de verwerking van", "na controle van": a process noun.
        const verb = lexicon.nominalizations.get(w);
        if (verb && i > 0 && (ARTICLES.has(words[i - 1].lower) || PREPOSITIONS.has(words[i - 1].lower))) {
          const text = paragraph.text.slice(words[i - 1].start, words[i + 1].end);
          report({ start: words[i - 1].start, end: words[i + 1].end, message: messages.noun(text, verb) });
        }
      }
    }
  },
});
