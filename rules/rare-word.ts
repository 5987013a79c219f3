/**
 * rare-word: content words a reader at the chosen level probably does not know, judged by how often they occur
 * in Dutch (wordfreq's Zipf scale: 3 is once per million words). A word counts as common when its most frequent
 * obvious form is ("aanvragen" as "aanvraag"), or when it is a compound of common parts ("verblijfs·kaart").
 *
 * Left alone: names (a capital inside the sentence), numbers and words with digits, abbreviations in capitals,
 * short words, and the words the user's own lists, the switched-off terms and the built-in word data already
 * cover (jargon and terms to explain have a card of their own; common-words are long words this audience knows).
 * Overlap with another rule's finding on the same words (a stock phrase, a long word) is settled in the engine
 * (engine/check.ts): only it knows which rules are on and with which limits.
 */
import { definitionsIn, knownFromLetter, topicOf, wordExplained } from './shared/defined';
import { compoundParts } from './shared/compounds';
import { defineRule } from './define';
import { nameMask } from './shared/names';
import { formsOf, isStem, zipfOf, zipfOfForm } from './shared/frequency';
import type { Lexicon } from './shared/lexicon';
import type { Paragraph, Sentence, Word } from './shared/paragraph';
import { quote } from './shared/texts';

/** Shorter words are function words or everyday words; a rare short word is nearly always a name or a typo. */
const MIN_LETTERS = 5;
const WORD = /^\p{L}+(?:-\p{L}+)*$/u;
const isCapitals = (s: string) => s.length > 1 && s === s.toUpperCase();

const known = new Map<string, number>();
const KNOWN_LIMIT = 10000;

/** How common a lower-case word is: its most frequent form, or the rarest part of the compound it is (memoised). */
function zipfOfWord(lower: string): number {
  let zipf = known.get(lower);
  if (zipf === undefined) {
    const parts = compoundParts(lower);
    zipf = Math.max(zipfOf(lower), parts ? Math.min(...parts.map((p) => p.zipf)) : 0);
    if (known.size >= KNOWN_LIMIT) known.clear();
    known.set(lower, zipf);
  }
  return zipf;
}

/** What the word data says about the word or one of its forms: a plainer word, or an explanation. */
function adviceFor(lower: string, lexicon: Lexicon): { alternative?: string; explanation?: string } {
  for (const form of formsOf(lower)) {
    for (const hit of lexicon.words.matchAt([form], 0)?.payload ?? []) {
      if (hit.kind === 'explain') return { explanation: hit.explanation };
      if (hit.kind === 'verb' && hit.entry.to?.[0]) return { alternative: hit.entry.to[0] };
      const plain = hit.kind === 'form' ? hit.alternatives.find((a) => !a.includes('…')) : undefined;
      if (plain) return { alternative: plain.replace(/^(?:de|het) /, '') };
    }
  }
  return {};
}

/**
 * A capitalised word inside a sentence is a name ("Kruidtuinlaan", "Sint-Jansplein"); at its start, so is a word
 * that OpenTaal does not list in lower case, in any of its forms or as a compound ("Ilyas").
 */
function maybeName(word: Word, index: number): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(word.value)) return false;
  if (index > 0) return true;
  const lower = word.lower.split('-')[0];
  return !formsOf(lower).some(isStem) && !compoundParts(lower);
}

/** The word is rare for this threshold (hyphenated words: when one of their parts is). */
function isRare(word: Word, index: number, threshold: number): boolean {
  if (maybeName(word, index)) return false;
  const parts = word.value.split('-');
  if (parts.length > 1) {
    // "NEET-jongere": an acronym in a compound is a word the reader must know; judge each part.
    return parts.some((part) => part.length >= 3 && zipfOfWord(part.toLowerCase()) < threshold);
  }
  return zipfOfWord(word.lower) < threshold;
}

const JOINERS = new Set(['en', 'of']);
const SMALL = new Set(['een', 'de', 'het', 'uw', 'je', 'jouw', 'wat', 'ook']);

/**
 * One of a few things named side by side: "een grote tas of een boodschappenkar", "water of sinaasappelsap", "bonen,
 * linzen, spinazie en vlees", "mazelen, bof en rodehond". The reader understands the sentence from the things they
 * know. Measured on the judged plain letters: 15 rare words in such a row were called a false alarm, 3 useful.
 */
function inRow(paragraph: Paragraph, sentence: Sentence, index: number): boolean {
  const { lower, words } = sentence;
  // Right before "en"/"of", or after it (and an article).
  if (JOINERS.has(lower[index + 1]) && !words[index + 1].breakBefore) return true;
  let k = index - 1;
  while (k >= 0 && SMALL.has(lower[k]) && !words[k + 1].breakBefore) k--;
  if (k >= 0 && JOINERS.has(lower[k]) && !words[k + 1].breakBefore) return true;
  // Before a comma, in a row that ends in "en"/"of" a few words further.
  const next = words[index + 1];
  if (!next || !paragraph.text.slice(words[index].end, next.start).includes(',')) return false;
  for (let m = index + 1; m < lower.length && m <= index + 6; m++) if (JOINERS.has(lower[m])) return true;
  return false;
}

/** Longest term of the word data: a word at `index` is looked for in terms starting a few words before it. */
const TERM_REACH = 4;

/** The word at `index` is inside a term of more than one word that the word data has. */
function inTerm(words: readonly string[], index: number, lexicon: Lexicon): boolean {
  for (let k = Math.max(0, index - TERM_REACH); k <= index; k++) {
    const match = lexicon.words.matchAt(words, k);
    if (match && match.length > 1 && k + match.length > index) return true;
  }
  return false;
}

export default defineRule({
  id: 'rare-word',
  look: { color: '#475569', line: 'dots-double' },
  texts: {
    nl: {
      title: 'Zeldzaam woord',
      why: 'Een woord dat weinig voorkomt, kent een lezer die Nederlands leert vaak niet.',
      lesson: {
        before: 'Wij bieden een laagdrempelig aanbod voor inburgeraars.',
        after: 'Iedereen kan zonder moeite meedoen. Ook mensen die pas in België wonen.',
      },
      options: {
        perTenMillion: 'Hoe vaak een woord minstens voorkomt, op tien miljoen woorden, om gewoon te zijn. Hoger is strenger.',
      },
      messages: {
        rare: (text: string) => `Niet elke lezer kent ${quote(text)}. Leg het uit of kies een woord dat meer mensen kennen.`,
        alternative: (text: string, alternative: string) =>
          `Niet elke lezer kent ${quote(text)}. Kies een gewoner woord, zoals ${quote(alternative)}, of leg het uit.`,
        explain: (text: string, explanation: string) =>
          `Niet elke lezer kent ${quote(text)}. Leg het uit, bijvoorbeeld: ${quote(`${text} (${explanation})`)}.`,
      },
    },
  },
  defaults: {
    /**
     * Words whose most frequent form occurs fewer times per 10 million words are flagged: 10 (Zipf 3) for the B1
     * reader. A whole number, as the options page takes it; Zipf = 2 + log10(perTenMillion). Below 4 it acts as
     * about 3: the table has no rarer words.
     */
    perTenMillion: 10,
  },
  examples: {
    flag: [
      { text: 'Wij bieden een [[laagdrempelig]] aanbod.', advice: true },
      { text: 'De [[activering]] van werkzoekenden is ons doel.', advice: true },
      { text: 'Elke [[inburgeraar]] krijgt een begeleider.', advice: true },
      // Once per word, in any of its forms.
      { text: 'Elke [[inburgeraar]] krijgt hulp. Veel inburgeraars werken al.', advice: true },
      { text: 'Hij is een [[NEET-jongere]] uit Deurne.', advice: true },
      { text: 'U krijgt een [[uittreksel]] van de bank.', advice: true },
      { text: 'Stuur ons de [[stavingsstukken]] voor 1 mei.', advice: true },
      { text: 'Dat bedrag is nu [[opeisbaar]].', advice: true },
      { text: 'Ze wonen in een [[precaire]] situatie.', advice: true },
      { text: 'Uw [[betwisting]] is goed aangekomen.', advice: true },
      { text: 'De [[bemiddelaar]] helpt bij het gesprek.', advice: true, options: { perTenMillion: 40 } },
      { text: 'Hij werkt als [[uitzendkracht]] in de haven.', advice: true },
      // "Dat is gratis" does not say what it is; "Dat" may be the noun after it.
      { text: 'Er komt een [[energiesnoeier]] bij u thuis. Dat is gratis.', advice: true },
      { text: 'U krijgt een [[knieprothese]] in het ziekenhuis. Dat is een grote operatie.', advice: true },
      // The reader profile A2 sets a higher limit.
      { text: 'De woning is [[onbewoonbaar]].', options: { perTenMillion: 15 } },
    ],
    pass: [
      // Explained by the sentence after it.
      'We stellen een afbetalingsplan voor. Dat betekent: u betaalt elke maand een deel.',
      'U krijgt een recept voor een antibioticum. Dat is een medicijn tegen een infectie.',
      // One of a few things side by side: the reader knows the others.
      'Neem een grote tas of een boodschappenkar mee.',
      'Eet vaker bonen, linzen, spinazie en vlees.',
      // A word that points back to it: "Die ziekte".
      'Het vaccin beschermt tegen pneumokokken. Die ziekte kan zware longontsteking geven. Pneumokokken zijn gevaarlijk.',
      // Defined by the letter, or part of a term the word data has (jargon judges it).
      'Zet itsme op uw gsm. Daarna is het klaar.\n\nitsme is een app om te tonen wie u bent.',
      'U krijgt een brief van de adviserend arts. Dat is een dokter van het ziekenfonds.',
      'Neem uw identiteitskaart en uw verblijfskaart mee.',
      'Fatima en Ahmed wonen in de Kruidtuinlaan in Borgerhout.',
      // The sender's own word, from the signature.
      'Dag Amal,\n\nJuf Lotte, de klasjuf van Yasmina, is er ook.\n\nGroeten,\nLotte Janssens, klasjuf 3B',
      // A name that is written in lower case.
      'Log in met itsme of met uw identiteitskaart.',
      'Bel ons op 03 270 45 80 of kom langs op 12 mei.',
      'U kunt uw aanvragen ook online indienen.',
      'De VDAB helpt u bij het zoeken naar werk.',
      'Uw werkloosheidsuitkering komt elke maand op uw rekening.',
      'De kinderen gaan met de schoolbus naar de speeltuin.',
      // Forms of common words: a separable verb written joined, after "er", a superlative.
      'Als het ziekenfonds de kosten terugbetaalt, krijgt u geld.',
      'Neem een foto van hoe de kamer eruitzag.',
      'Dit is het dringendste werk.',
      // A comparative, a superlative, and an adjective without its -e.
      'Wordt uw kind zieker? Bel dan de dokter.',
      'Het luidste werk doen we overdag.',
      'Sommig speelgoed is te klein voor een baby.',
      // A verb's stem as an order, or joined with its particle.
      'Verleng uw boeken online.',
      'Ik weet nog niet of ik meega.',
      // A see-through particle before a common verb; a diminutive of a plural-only noun.
      'Je broer mag gerust eens meetrainen op woensdag.',
      'Je kan de deur gewoon openduwen.',
      'Breng wat kleertjes voor de baby mee.',
      // A long vowel written single before -en- ("tomaten·saus"), and a Flemish word.
      'Op vrijdag eten we pasta met tomatensaus.',
      'Het tornooi begint om 10 uur.',
      // A short noun whose plural is also a verb ("ogen", "pakken") is a part all the same.
      'Na de operatie krijgt u oogdruppels. Vergeet je judopak niet!',
      // A compound of a verb's stem and a noun.
      'Breng de boeken naar de inleverbus aan de bib.',
      // Explained by the next sentence, with only small words after it; named in brackets after what it is; a brand.
      'Daarom komt er een energiesnoeier bij u thuis. Dat is iemand die u helpt om energie te besparen.',
      'U krijgt een nieuwe knie (een knieprothese).',
      'Zet er zelf boeken op met de app cloudLibrary.',
      // A medicine's name.
      'Dokter Verhaegen heeft uw voorschrift voor metformine klaargemaakt.',
      // Part of a web address.
      'Je kan ook inschrijven op www.turnhout.be/buurtbbq.',
      // The letter's topic: named by the subject line (in another form), used again in the body.
      'Onderwerp: controle van de rookmelders\n\nBeste bewoner,\n\nWij testen elke rookmelder.\n\nGroeten,\nSara',
      // Defined in the letter in another form.
      'Wij controleren de rookmelders. Een rookmelder piept als er brand is.',
    ],
  },
  find(paragraph, { options, lexicon, messages, report }) {
    const minZipf = 2 + Math.log10(options.perTenMillion);
    for (const sentence of paragraph.sentences) {
      sentence.words.forEach((word, index) => {
        // Most words are common as written: one look-up decides, before any other work.
        if (word.value.length < MIN_LETTERS || zipfOfForm(word.lower) >= minZipf) return;
        if (!isRare(word, index, minZipf) || !isCandidate(word, lexicon) || inRow(paragraph, sentence, index)) return;
        // Names of bodies and services, streets before a house number, quoted titles (shared with jargon, long-word).
        if (nameMask(paragraph, sentence, lexicon)[index]) return;
        // Part of a term the word data has ("adviserend arts"): jargon judges the term, and knows whether it is
        // explained ("… de adviserend arts. Dat is een dokter van het ziekenfonds.").
        if (inTerm(sentence.lower, index, lexicon)) return;
        // Explained right after it: in its own sentence, or by the next one when no noun follows it in its own ("dit
        // is een antibioticum. Dat is een medicijn tegen …"); or the name in brackets of what comes before it.
        const explained = wordExplained(paragraph, sentence, index);
        const { alternative, explanation } = explained ? {} : adviceFor(word.lower, lexicon);
        const message = explanation
          ? messages.explain(word.value, explanation)
          : alternative
            ? messages.alternative(word.value, alternative)
            : messages.rare(word.value);
        report({ start: word.start, end: word.end, message, key: word.lower, explained });
      });
    }
  },
  // Explaining a word once is enough: keep its first occurrence in the text, of any of its forms ("opticien", later
  // "opticiens"). Not a word the letter itself defines ("itsme is een app."), nor one the sender uses in the
  // letterhead or signature ("klasjuf 3B") or the reader used in the mail this one answers, nor the letter's topic
  // (named by the subject line, used again in the body).
  finalize(candidates, { letter }) {
    const seen = new Set<string>();
    const defined = definitionsIn(letter.text);
    const own = knownFromLetter(letter);
    const topic = topicOf(letter);
    return candidates.filter((c) => {
      if (!c.key) return true;
      const forms = formsOf(c.key);
      if (forms.some((form) => seen.has(form))) return false;
      for (const form of forms) seen.add(form);
      return !forms.some(defined) && !own(c.key) && !topic(c.key);
    });
  },
});

/** A word worth judging at all: letters only, long enough, and not covered by the word data or the user. */
function isCandidate(word: Word, lexicon: Lexicon): boolean {
  if (word.value.replace(/-/g, '').length < MIN_LETTERS || !WORD.test(word.value)) return false;
  const lower = word.lower;
  if (lexicon.words.has(lower) || lexicon.commonWords.has(lower) || lexicon.switchedOff.has(lower)) return false;
  // A word the data gives as the plain one ("terugbezorgd" for "geretourneerd"): a fix never brings a new finding.
  if (formsOf(lower).some((form) => lexicon.plainWords.has(form))) return false;
  // An acronym on its own is the abbreviation rule's, or a name ("VDAB"); only inside a compound is it judged.
  return !isCapitals(word.value) || word.value.includes('-');
}
