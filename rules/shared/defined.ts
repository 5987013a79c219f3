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

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Does a sentence of `text` start with `term` (lower case) and say what it is? */
export function definedIn(text: string, term: string): boolean {
  return definitionsIn(text)(term);
}

/**
 * `definedIn` for many terms of one text: the text is lowered once, and the pattern runs only where the term stands
 * before "is", "zijn" or "betekent" at all (a finalize step asks about every candidate of a long text).
 */
export function definitionsIn(text: string): (term: string) => boolean {
  const lower = text.toLowerCase();
  return (term) => {
    if (!lower.includes(`${term} is `) && !lower.includes(`${term} zijn `) && !lower.includes(`${term} beteken`)) return false;
    const pattern = new RegExp(
      String.raw`(?:^|[.!?:]\s+|\n\s*(?:[-•*]\s*)?)(?:(?:de|het|een)\s+)?${escape(term)}\s+(?:is|zijn|betekent|betekenen)\s+([\p{L}'’-]+)`,
      'gu',
    );
    for (const match of lower.matchAll(pattern)) if (startsNounPhrase(match[1])) return true;
    return false;
  };
}

function startsNounPhrase(word: string): boolean {
  if (ARTICLES.has(word)) return true;
  const tag = lexiconTag(word);
  // A noun ("geld", "kinderen"), or an adjective before one ("jonge begeleiders"): its -e form.
  return tag !== undefined && (tag.startsWith('N(') || (tag.startsWith('Adj') && word.endsWith('e')));
}
