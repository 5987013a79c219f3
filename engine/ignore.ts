/**
 * Ignoring, in one place. A word ignored for good ("Negeer dit woord altijd") is in the settings' ignored words
 * (with the ones in the word database, see user.ts) and the checker leaves it out everywhere. One place ignored
 * ("Negeer") is remembered by the page for as long as it is open, by a key that survives edits elsewhere.
 */
import type { Finding } from '../contract/index';

/** The words to ignore for good: the settings' and the database's, lower case, without repeats. */
export function ignoredWords(...lists: readonly (readonly string[] | undefined)[]): string[] {
  return [...new Set(lists.flatMap((list) => list ?? []).map((w) => w.toLowerCase()))];
}

export const isIgnoredWord = (words: ReadonlySet<string>, finding: Finding) => words.size > 0 && words.has(finding.text.toLowerCase());

/** Places ignored once: the rule, the words and a little of what comes before, so it survives edits elsewhere. */
export class IgnoredPlaces {
  private readonly keys = new Set<string>();

  add(finding: Finding, text: string): void {
    this.keys.add(placeKey(finding, text));
  }

  has(finding: Finding, text: string): boolean {
    return this.keys.size > 0 && this.keys.has(placeKey(finding, text));
  }
}

const placeKey = (finding: Finding, text: string) =>
  `${finding.rule}\u0000${finding.text}\u0000${text.slice(Math.max(0, finding.start - 24), finding.start)}`;
