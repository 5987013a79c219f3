/**
 * Names in a sentence. People, organisations, streets and places are written as they are: no rule asks to
 * replace, explain or split them. A word is (part of) a name when
 * - it belongs to a name on the built-in list of public bodies and services ("Kind en Gezin", "Huis van het
 *   Nederlands"), also at the start of a sentence, and in lower case when the name is written so ("itsme");
 * - it starts with a capital and is not where a sentence starts ("bij de Dienst Vreemdelingenzaken"), with the
 *   small words between two such words ("Bureau voor Juridische Bijstand van de Orde"), and the sentence's first word
 *   when such a name follows it ("Opleidingscentrum Logistiek");
 * - it is a street name before a house number ("Mechelsesteenweg 27 bus 2"), also first in the sentence;
 * - it stands in a quoted title that starts with a capital (het formulier "Verklaring werkhervatting of ziekte");
 * - it has a capital after a small letter, as brands and apps are written ("de app cloudLibrary", "MyMinfin");
 * - it is part of a web or e-mail address ("www.turnhout.be/buurtbbq");
 * - it is a medicine, by the endings the WHO gives medicine names ("metformine", "amoxicilline", "omeprazol"): the
 *   name on the reader's own box, which no plainer word replaces.
 * Acronyms (OCMW, VDAB) are not names here: they get "explain it once" advice; nor is a word with an acronym in
 * front ("NEET-jongere").
 */
import type { Lexicon } from './lexicon';
import type { Paragraph, Sentence, Word } from './paragraph';

const CAPITALISED = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}{2,}s?$/u;
/** "NEET-jongere", "CM-dienstverlening": a word with an acronym in front, not a name. */
const ACRONYM_COMPOUND = /^\p{Lu}{2,}-\p{Ll}/u;
/** Dutch spellings of the WHO's stems for medicine names (International Nonproprietary Names). */
const MEDICINE =
  /^\p{Ll}{3,}(?:cilline|mycine|formine|prazol|conazol|pril|sartan|olol|statine|profen|tidine|dipine|oxacine|cycline|triptan|setron|semide|thiazide)$/u;
/** "cloudLibrary", "MyMinfin", "eBox": a capital inside a word, after a small letter. */
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
/** Small words inside a name: "Huis van het Nederlands", "Kind en Gezin", "Centrum voor Leerlingenbegeleiding". */
const LINKING = new Set(['van', 'voor', 'de', 'het', 'der', 'den', 'en', 'op', 'aan', 'in', 'te', "'t", '&', 'met', 'een']);
const STREET =
  /(?:straat|laan|lei|steenweg|plein|plaats|baan|dreef|kaai|kade|vest|markt|weg|singel|dijk|hof|park|pad|berg|veld|gracht|wal|brug|poort|rui|vliet|vaart|square)$/iu;
const HOUSE_NUMBER = /^\d{1,4}[a-zA-Z]?[.,]?$/;
/** A list marker or bullet word before the sentence's first real word ("1.", "a)", "-"). */
const MARKER = /^(?:\d{1,2}[.)]?|[a-z][.)]|[-–—•*·▪◦►✓✔□☐☑☒○●◻◼➢➤→])$/u;

const masks = new WeakMap<Sentence, boolean[]>();

/** `mask[i]`: word `i` of the sentence is (part of) a name. Computed once per sentence. */
export function nameMask(paragraph: Paragraph, sentence: Sentence, lexicon: Lexicon): readonly boolean[] {
  let mask = masks.get(sentence);
  if (!mask) {
    mask = computeMask(paragraph, sentence, lexicon);
    masks.set(sentence, mask);
  }
  return mask;
}

/** Some word from `first` to `last` is part of a name: "de dienst Vreemdelingenzaken van de stad". */
export function touchesName(paragraph: Paragraph, sentence: Sentence, first: number, last: number, lexicon: Lexicon): boolean {
  const mask = nameMask(paragraph, sentence, lexicon);
  for (let k = first; k <= last; k++) if (mask[k]) return true;
  return false;
}

/** Every word from `first` to `last` is part of a name. */
export function inName(paragraph: Paragraph, sentence: Sentence, first: number, last: number, lexicon: Lexicon): boolean {
  const mask = nameMask(paragraph, sentence, lexicon);
  for (let k = first; k <= last; k++) if (!mask[k]) return false;
  return true;
}

function computeMask(paragraph: Paragraph, sentence: Sentence, lexicon: Lexicon): boolean[] {
  const { words, lower } = sentence;
  const mask = words.map(() => false);
  let start = 0;
  while (start < words.length && (MARKER.test(words[start].value) || !/\p{L}/u.test(words[start].value))) start++;

  for (let i = 0; i < words.length; i++) {
    const match = lexicon.names.matchAt(lower, i);
    if (match && (CAPITALISED.test(words[i].value) || match.payload)) {
      for (let k = i; k < i + match.length; k++) mask[k] = true;
      i += match.length - 1;
    }
  }
  for (let i = start; i < words.length; i++) if (INNER_CAPITAL.test(words[i].value) || MEDICINE.test(words[i].lower)) mask[i] = true;
  for (let i = start + 1; i < words.length; i++) {
    const value = words[i].value;
    if (CAPITALISED.test(value) && !ACRONYM.test(value) && !ACRONYM_COMPOUND.test(value) && !opensQuoteOrBracket(paragraph.text, words[i]))
      mask[i] = true;
  }
  // The first word of the sentence, with a capital, when a name goes on right after it: "Opleidingscentrum
  // Logistiek, Industrieweg 5".
  if (start + 1 < words.length && mask[start + 1] && CAPITALISED.test(words[start].value) && !ACRONYM.test(words[start].value)) {
    mask[start] = true;
  }
  // The small words between two parts of a name.
  for (let i = 1; i < words.length - 1; i++) {
    if (mask[i] || !LINKING.has(lower[i]) || !(mask[i - 1] || isAcronym(words[i - 1]))) continue;
    let k = i;
    while (k < words.length && LINKING.has(lower[k]) && !mask[k]) k++;
    if (k < words.length && mask[k]) for (let j = i; j < k; j++) mask[j] = true;
  }
  for (let i = 0; i + 1 < words.length; i++) {
    if (STREET.test(words[i].value) && CAPITALISED.test(words[i].value) && HOUSE_NUMBER.test(words[i + 1].value)) mask[i] = true;
  }
  markQuotedTitles(paragraph, words, mask);
  return mask;
}

const isAcronym = (word: Word) => ACRONYM.test(word.value);

/** A capital after an opening quote or bracket starts a quoted sentence, not a name: "Hij zei: (Gelieve …)". */
const opensQuoteOrBracket = (text: string, word: Word) => /[("“‘'„]\s*$/u.test(text.slice(Math.max(0, word.start - 2), word.start));

/**
 * Words inside "…", “…”, '…' or ‘…’ whose first word has a capital: the title of a form or a letter. A single quote
 * opens only after a space or bracket and closes only before a non-letter, so "auto's" and "zo'n" are no quotes.
 */
const QUOTED = /["“„]([^"“”„\n]{1,80})["”]|(?<=^|[\s(])['‘]([^'‘’\n]{1,80})['’](?![\p{L}])/gu;

/** The quoted titles of a paragraph as [from, to) offsets, found once per paragraph (its sentences ask in turn). */
const titles = new WeakMap<Paragraph, [number, number][]>();

function titlesOf(paragraph: Paragraph): [number, number][] {
  let found = titles.get(paragraph);
  if (!found) {
    found = [];
    for (const match of paragraph.text.matchAll(QUOTED)) {
      const title = match[1] ?? match[2];
      if (CAPITALISED.test(title)) found.push([match.index + 1, match.index + 1 + title.length]);
    }
    titles.set(paragraph, found);
  }
  return found;
}

function markQuotedTitles(paragraph: Paragraph, words: readonly Word[], mask: boolean[]): void {
  markSpans(titlesOf(paragraph), words, mask);
  markSpans(linksOf(paragraph), words, mask);
}

function markSpans(spans: readonly [number, number][], words: readonly Word[], mask: boolean[]): void {
  for (const [from, to] of spans) {
    for (let k = 0; k < words.length; k++) if (words[k].start >= from && words[k].end <= to) mask[k] = true;
  }
}

/** A web or e-mail address, as one run of text without spaces: "www.turnhout.be/buurtbbq", "info@cm.be". */
const LINK = /^(?:https?:\/\/|www\.)|@|\.(?:be|nl|eu|com|org|net|vlaanderen|brussels)(?:[/?#]|[.,;:!?)]*$)/iu;

/** The web and e-mail addresses of a paragraph as [from, to) offsets, found once per paragraph. */
const links = new WeakMap<Paragraph, [number, number][]>();

function linksOf(paragraph: Paragraph): [number, number][] {
  let found = links.get(paragraph);
  if (!found) {
    found = [];
    // Runs without spaces, then a bounded test on each: no pattern tries every letter of a long text.
    for (const match of paragraph.text.matchAll(/\S+/gu)) {
      if (/[.@]/.test(match[0]) && LINK.test(match[0])) found.push([match.index, match.index + match[0].length]);
    }
    links.set(paragraph, found);
  }
  return found;
}
