/** `"Wij sturen u [[reeds]] de brief."` → the text without markers and the marked span. */
export function parseExample(marked: string): { text: string; start: number; end: number } {
  const start = marked.indexOf('[[');
  const close = marked.indexOf(']]');
  if (start < 0 || close < start) throw new Error(`Example without [[marker]]: ${marked}`);
  if (marked.indexOf('[[', start + 2) >= 0) throw new Error(`Example with two markers: ${marked}`);
  const text = marked.slice(0, start) + marked.slice(start + 2, close) + marked.slice(close + 2);
  return { text, start, end: close - 2 };
}
