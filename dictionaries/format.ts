/** The canonical text of a dictionary file: a JSON array with one entry per line (reviewable diffs). */
export function formatDictionary(entries: readonly unknown[]): string {
  if (entries.length === 0) return '[]\n';
  return `[\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`;
}

/** Dutch alphabetical order, the order every dictionary file keeps. */
export const compareDutch = (a: string, b: string): number => a.localeCompare(b, 'nl');
