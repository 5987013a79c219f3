/**
 * Word lists as files: read a CSV (term; alternatives; explanation) or a Klaretaal JSON export into entries,
 * with every bad row named by its line number and reason in plain Dutch, and write them back. Pure functions:
 * nothing is stored here, so a bad file can never change the user's data (the database imports all or nothing).
 */
import Papa from 'papaparse';
import type { UserEntry } from '../contract/index';
import { decodeTextFile } from './text-file';
import { nl } from '../locales/nl';

export const FORMAT = 'klaretaal-woordenlijst';
export const FORMAT_VERSION = 1;
export const MAX_FILE_MB = 5;
export const MAX_ROWS = 50_000;
const MAX_FIELD = 200;

export interface InvalidRow {
  line: number;
  reason: string;
  content: string;
}

/** `marked`: rows that were accepted but deserve a look in the preview (only there when there are any). */
export type ReadResult =
  { ok: true; name?: string; entries: UserEntry[]; invalid: InvalidRow[]; marked?: InvalidRow[] } | { ok: false; message: string };

/**
 * HTML tags, script URLs and event handlers: a word list is plain text only. Everything is shown as text anyway,
 * so this is about clean data, and ordinary text must pass: "a<b", "x = y", "ondertekening = uw handtekening".
 */
export const MARKUP = new RegExp(
  [
    /<[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/, // <b>, <script>, <a href="…">
    /<\/[a-z][a-z0-9-]*\s*>/, // </b>
    /<[!?](?:[a-z]|--)/, // <!doctype, <!--, <?xml
    /<[a-z][^<>]*\son[a-z]+\s*=/, // an event handler in a tag, closed or not: <img src=x onerror=…
    /javascript:/,
  ]
    .map((r) => r.source)
    .join('|'),
  'i',
);
/** Alternatives in one CSV cell: "vragen | verzoeken" or "vragen / verzoeken"; "en/of" is one alternative. */
const ALTERNATIVE_SEPARATOR = /\s*\|\s*|\s+\/\s+/;
/**
 * What a spreadsheet reads as the start of a formula (OWASP's CSV injection advice). The export puts a single
 * quote before such a cell, so Excel shows it as text; the import takes exactly that quote off again.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const FORMULA_QUOTE = /^'(?=[=+\-@\t\r])/;

/** The file's text, or one Dutch message when it is too large, binary or not UTF-8. */
export function decodeText(bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: string } {
  if (bytes.byteLength > MAX_FILE_MB * 1024 * 1024) {
    return { ok: false, message: nl.wordList.tooLarge((bytes.byteLength / 1024 / 1024).toFixed(1), MAX_FILE_MB) };
  }
  const decoded = decodeTextFile(bytes); // UTF-8 or UTF-16 with a byte-order mark; drops the mark
  if (decoded.ok) return decoded;
  return { ok: false, message: decoded.problem === 'binary' ? nl.wordList.notText : nl.wordList.notUtf8 };
}

export const looksLikeJson = (text: string, fileName: string) => /\.json$/i.test(fileName) || /^\s*[[{]/.test(text);

export function readWordList(bytes: Uint8Array, fileName: string): ReadResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const { text } = decoded;
  const result = looksLikeJson(text, fileName) ? readJson(text) : readCsv(text);
  if (result.ok && result.entries.length === 0 && result.invalid.length === 0) return { ok: false, message: nl.wordList.empty };
  return result;
}

interface Row {
  line: number;
  fields: string[];
}

/** One entry from its three fields (term, alternatives, explanation), or the Dutch reason it cannot be one. */
export function checkEntry(fields: readonly string[]): { entry: UserEntry } | { reason: string } {
  const [rawTerm = '', rawAlternatives = '', rawExplanation = ''] = fields.map((f) => f.trim());
  if (!rawTerm) return { reason: nl.wordList.rowNoTerm };
  if (fields.some((f) => MARKUP.test(f))) return { reason: nl.wordList.rowMarkup };
  if ([rawTerm, rawAlternatives, rawExplanation].some((f) => f.length > MAX_FIELD)) return { reason: nl.wordList.rowTooLong(MAX_FIELD) };
  const alternatives = rawAlternatives ? rawAlternatives.split(ALTERNATIVE_SEPARATOR).filter(Boolean) : [];
  if (alternatives.length === 0 && !rawExplanation) return { reason: nl.wordList.rowNothingToSuggest };
  const term = rawTerm.toLowerCase().replace(/\s+/g, ' ');
  return { entry: { term, alternatives, ...(rawExplanation && { explanation: rawExplanation }) } };
}

function validate(rows: Row[]): { entries: UserEntry[]; invalid: InvalidRow[]; marked?: InvalidRow[] } {
  const entries: UserEntry[] = [];
  const invalid: InvalidRow[] = [];
  const marked: InvalidRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, fields } of rows) {
    const content = fields.join('; ');
    const checked = checkEntry(fields);
    if ('reason' in checked) {
      invalid.push({ line, reason: checked.reason, content });
      continue;
    }
    const first = seen.get(checked.entry.term);
    if (first !== undefined) {
      invalid.push({ line, reason: nl.wordList.rowDuplicate(first), content });
      continue;
    }
    seen.set(checked.entry.term, line);
    entries.push(checked.entry);
    // Just words to us, but a spreadsheet would run them: show them in the preview.
    const formula = fields.map((f) => f.trim()).find((f) => FORMULA_START.test(f));
    if (formula) marked.push({ line, reason: nl.wordList.rowFormula(formula[0]), content });
  }
  return { entries, invalid, ...(marked.length > 0 && { marked }) };
}

/** A first row that names the columns (exact words only: "termijn" is a word, not a header). */
const HEADER = /^(?:term|termen|woord|woorden|begrip|begrippen|moeilijk woord)$/i;

function readCsv(text: string): ReadResult {
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [';', ',', '\t'], skipEmptyLines: 'greedy' });
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) {
    const line = lineOfRow(text, quoteError.row ?? 0);
    return { ok: true, entries: [], invalid: [{ line, reason: nl.wordList.csvQuote, content: '' }] };
  }
  const lines = rowLines(text);
  let rows: Row[] = parsed.data.map((fields, i) => ({ line: lines[i] ?? i + 1, fields: fields.map((f) => f.replace(FORMULA_QUOTE, '')) }));
  if (rows.length > 0 && HEADER.test(rows[0].fields[0]?.trim() ?? '')) rows = rows.slice(1);
  if (rows.length > MAX_ROWS) return { ok: false, message: nl.wordList.tooManyRows(MAX_ROWS) };
  return { ok: true, ...validate(rows) };
}

/** The 1-based line each CSV record starts on (quoted fields may hold line breaks), skipping empty lines. */
function rowLines(text: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let inQuotes = false;
  let recordHasContent = false;
  let recordLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    if (!inQuotes && (c === '\n' || c === '\r')) {
      if (c === '\r' && text[i + 1] === '\n') i++;
      if (recordHasContent) starts.push(recordLine);
      line++;
      recordLine = line;
      recordHasContent = false;
      continue;
    }
    if (c === '\n') line++;
    if (!/\s/.test(c)) recordHasContent = true;
  }
  if (recordHasContent) starts.push(recordLine);
  return starts;
}

const lineOfRow = (text: string, row: number) => rowLines(text)[row] ?? row + 1;

export function readJson(text: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: nl.wordList.badJson };
  }
  const file = (Array.isArray(data) ? { entries: data } : data) as {
    format?: unknown;
    version?: unknown;
    name?: unknown;
    entries?: unknown;
  };
  if (!file || typeof file !== 'object' || !Array.isArray(file.entries)) return { ok: false, message: nl.wordList.badJson };
  if (typeof file.version === 'number' && file.version > FORMAT_VERSION)
    return { ok: false, message: nl.wordList.newerFormat(file.version) };
  if (file.entries.length > MAX_ROWS) return { ok: false, message: nl.wordList.tooManyRows(MAX_ROWS) };
  const rows: Row[] = file.entries.map((raw, i) => {
    const e = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const alternatives = Array.isArray(e.alternatives) ? e.alternatives.filter((a): a is string => typeof a === 'string').join(' | ') : '';
    return {
      line: i + 1,
      fields: [typeof e.term === 'string' ? e.term : '', alternatives, typeof e.explanation === 'string' ? e.explanation : ''],
    };
  });
  const name = typeof file.name === 'string' && file.name.trim() && !MARKUP.test(file.name) ? file.name.trim().slice(0, 80) : undefined;
  return { ok: true, ...(name && { name }), ...validate(rows) };
}

/**
 * CSV for spreadsheets: semicolons (what Excel in Belgium expects), the header of the documented import format,
 * alternatives joined with " | ", and a quote before every cell a spreadsheet would take for a formula.
 */
export function toCsv(entries: readonly UserEntry[]): string {
  const rows = [['woord', 'schrijf liever', 'uitleg'], ...entries.map((e) => [e.term, e.alternatives.join(' | '), e.explanation ?? ''])];
  return `${Papa.unparse(rows, { delimiter: ';', newline: '\r\n', escapeFormulae: FORMULA_START })}\r\n`;
}

export function toJson(entries: readonly UserEntry[], name: string): string {
  return `${JSON.stringify({ format: FORMAT, version: FORMAT_VERSION, name, entries }, null, 2)}\n`;
}
