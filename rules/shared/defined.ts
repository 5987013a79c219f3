/**
 * The letter itself says what a word means, in a sentence that starts with the word: "Het leefloon is geld van het
 * OCMW.", "Een huurwaarborg is het geld dat je betaalde …", "Verhoogde tegemoetkoming is een voordeel van je
 * ziekenfonds.", "itsme is een app.", "Kinderen ten laste zijn kinderen die bij u wonen." A plain letter often
 * names a thing first and explains it a few lines further, so where in the letter does not matter.
 *
 * Not a definition: "Het leefloon is verhoogd", "Het leefloon is nog niet betaald" (what is said after "is" must
 * start like a noun phrase: an article, a noun, or an adjective before a noun).
 */
import { lexiconTag } from './tagger';

const ARTICLES = new Set(['een', 'de', 'het']);

/** Does a sentence of `text` start with `term` (lower case) and say what it is? */
export function definedIn(text: string, term: string): boolean {
  return definitionsIn(text)(term);
}

/**
 * `definedIn` for many terms of one text: one pass collects every word group (up to four words) that opens a
 * sentence or line and is followed by "is", "zijn" or "betekent" and a noun phrase; asking is then a set look-up.
 */
export function definitionsIn(text: string): (term: string) => boolean {
  const subjects = new Set<string>();
  for (const match of text.toLowerCase().matchAll(DEFINITION)) {
    if (startsNounPhrase(match[2])) subjects.add(match[1].replace(/\s+/g, ' '));
  }
  return (term) => subjects.has(term);
}

/** A sentence or line start, an optional article, the defined words (lazily: the shortest group), the verb. */
const DEFINITION =
  /(?:^|[.!?:]\s+|\n\s*(?:[-•*]\s*)?)(?:(?:de|het|een)\s+)?([\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?)\s+(?:is|zijn|betekent|betekenen)\s+([\p{L}'’-]+)/gu;

function startsNounPhrase(word: string): boolean {
  if (ARTICLES.has(word)) return true;
  const tag = lexiconTag(word);
  // A noun ("geld", "kinderen"), or an adjective before one ("jonge begeleiders"): its -e form.
  return tag !== undefined && (tag.startsWith('N(') || (tag.startsWith('Adj') && word.endsWith('e')));
}
