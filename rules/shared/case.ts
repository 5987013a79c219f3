/** Give a suggestion the capitalisation of the text it replaces ("Reeds" → "Al", "OCMW" stays as written). */
export function matchCase(original: string, replacement: string): string {
  if (replacement.length === 0) return replacement;
  const first = original.charCodeAt(0);
  if (first >= 97 && first <= 122) return replacement; // starts with a lower-case ASCII letter: nothing to copy
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return replacement.toUpperCase();
  }
  const firstLetter = original.match(/\p{L}/u)?.[0];
  if (firstLetter && firstLetter !== firstLetter.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}
