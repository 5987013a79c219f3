/**
 * A letter or e-mail, read as one: which lines are the letterhead and addresses, the subject, the greeting, the
 * body with its lists, the closing, the signature with contact data, and quoted earlier mail. Line by line, from
 * the shapes every Dutch letter has ("Geachte …,", "Met vriendelijke groeten", "Op … schreef …:"); a text without
 * those shapes (a web form, a note) is all body, so nothing is ever left unchecked by mistake.
 *
 * Patterns live in `letter-patterns.ts`; this file holds the order in which the parts are found.
 */
import type { Block, BlockKind } from '../contract/index';
import {
  CLOSING,
  GREETING,
  LOOSE_CLOSING,
  LIST_ITEM,
  SIGNATURE_DELIMITER,
  canBeSubject,
  isContactLine,
  isHeaderLine,
  isLabelledContactLine,
  isQuoteStart,
  isSubjectLine,
  wordCount,
} from './letter-patterns';
import { formSlots, SLOT_BIT } from '../rules/shared/verbs';

interface Line {
  start: number;
  /** End of the line's text, before its line break and trailing spaces. */
  end: number;
  text: string;
  blank: boolean;
  kind: BlockKind;
  /** A list item without a bullet: one line, one item. */
  plainItem?: boolean;
}

/** A greeting is looked for in the first lines, a closing in the last ones: long texts cost no more than that. */
const GREETING_WITHIN = 40;
const CLOSING_WITHIN = 40;
/** After a closing formula come a few lines of name, job and contact data, not another page of text. */
const MAX_SIGNATURE_LINES = 14;

const LINE = /[^\r\n\u2028\u2029]*(?:\r\n|\r|\n|\u2028|\u2029|$)/gy;

function toLines(text: string): Line[] {
  const lines: Line[] = [];
  LINE.lastIndex = 0;
  while (LINE.lastIndex < text.length) {
    const start = LINE.lastIndex;
    const match = LINE.exec(text);
    if (!match || match[0] === '') break;
    const raw = match[0].replace(/[\r\n\u2028\u2029]+$/, '');
    const content = raw.trimEnd();
    lines.push({ start, end: start + content.length, text: content, blank: !/[\p{L}\p{N}]/u.test(content), kind: 'body' });
  }
  return lines;
}

/** The parts of `text`, in order. Blank lines (and lines without a letter or digit) belong to no part. */
export function splitLetter(text: string): Block[] {
  const lines = toLines(text);
  const quoteFrom = markQuotes(lines);
  const greeting = findGreeting(lines, quoteFrom);
  const bodyFrom = greeting >= 0 ? markHeader(lines, greeting) : markLeadingHeader(lines, quoteFrom);
  markSignature(lines, Math.max(bodyFrom, greeting + 1), quoteFrom);
  // Lists in the body, and in a slip to fill in under the signature (only body lines are looked at).
  markLists(lines, bodyFrom, quoteFrom);
  markPlainLists(lines, bodyFrom, quoteFrom);
  // A labelled line of opening hours or a phone number in the body ("Open: …") is contact data, as under the signature.
  for (let i = bodyFrom; i < quoteFrom; i++) {
    if (lines[i].kind === 'body' && isLabelledContactLine(lines[i].text)) lines[i].kind = 'contact';
  }
  return toBlocks(lines);
}

/** Quoted mail: "> " lines anywhere, and everything from a reply or forward header ("Op … schreef …:") down. */
function markQuotes(lines: Line[]): number {
  let from = lines.length;
  let seenText = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s*>/.test(line.text)) {
      line.kind = 'quote';
      continue;
    }
    if (seenText && isQuoteStart(lines, i)) {
      from = i;
      break;
    }
    if (!line.blank) seenText = true;
  }
  for (let i = from; i < lines.length; i++) lines[i].kind = 'quote';
  return from;
}

function findGreeting(lines: Line[], quoteFrom: number): number {
  let seen = 0;
  for (let i = 0; i < quoteFrom && seen < GREETING_WITHIN; i++) {
    const line = lines[i];
    if (line.blank || line.kind === 'quote') continue;
    seen++;
    if (GREETING.test(line.text) && wordCount(line.text) <= 7 && !/[.?:;]$/.test(line.text)) return i;
  }
  return -1;
}

/** Everything above the greeting is letterhead, addresses, date and references; one paragraph of it may be the subject. */
function markHeader(lines: Line[], greeting: number): number {
  let subject = false;
  for (let i = 0; i < greeting; i++) {
    if (lines[i].kind === 'quote') continue;
    // A subject wrapped over more lines: the lines under "Betreft: …" that are no reference or date go with it.
    const goesOn = i > 0 && lines[i - 1].kind === 'subject' && !lines[i].blank && !isHeaderLine(lines[i].text);
    lines[i].kind = goesOn || isSubjectLine(lines[i].text) ? 'subject' : 'header';
    subject ||= lines[i].kind === 'subject';
  }
  lines[greeting].kind = 'greeting';
  if (subject) return greeting + 1;
  // No "Betreft:": a paragraph of its own just above the greeting, of at most three lines that are no address,
  // date or reference (a label or a date inside a phrase is fine), and not the letterhead at the very top, is the
  // subject.
  let last = greeting - 1;
  while (last >= 0 && lines[last].blank) last--;
  let first = last;
  while (first > 0 && !lines[first - 1].blank) first--;
  const paragraph = lines.slice(first, last + 1);
  // Right above the greeting, without a blank line between, it must look like a subject through and through.
  const adjoins = last === greeting - 1;
  // An e-mail or form whose first line is all there is before the greeting: its subject, when it has a word in
  // lower case ("Nieuwe ophaaldagen voor uw afval"; a one-line letterhead is a name: "OCMW Gent").
  const subjectOnTop = first === 0 && paragraph.length === 1 && /(?:^|\s)\p{Ll}/u.test(paragraph[0].text);
  const strict = adjoins || first === 0;
  if (
    (first > 0 || subjectOnTop) &&
    last >= 0 &&
    paragraph.length <= 3 &&
    paragraph.every((line) => (strict ? canBeSubject(line.text) : !isHeaderLine(line.text) || canBeSubject(line.text))) &&
    paragraph.reduce((n, line) => n + wordCount(line.text), 0) >= 2
  ) {
    for (const line of paragraph) line.kind = 'subject';
  }
  return greeting + 1;
}

/**
 * Without a greeting: leading lines that look like a mail header, references or an address block ("Van: …",
 * "Betreft: …", "2000 Antwerpen"). A sentence is never header: a text that starts with one is all body.
 */
function markLeadingHeader(lines: Line[], quoteFrom: number): number {
  let end = 0;
  for (let i = 0; i < quoteFrom; i++) {
    const line = lines[i];
    if (line.blank) continue;
    if (/[.!?]["'’”)]*$/.test(line.text) && !isSubjectLine(line.text)) break;
    if (isSubjectLine(line.text)) line.kind = 'subject';
    else if (isHeaderLine(line.text)) line.kind = 'header';
    else break;
    end = i + 1;
  }
  return end;
}

/**
 * The closing formula and what follows it (name, job title, organisation, then contact data); without a formula, a
 * "-- " line starts the signature.
 */
function markSignature(lines: Line[], from: number, quoteFrom: number): void {
  let closing = -1;
  let delimiter = -1;
  let seen = 0;
  for (let i = quoteFrom - 1; i >= from && seen < CLOSING_WITHIN; i--) {
    const line = lines[i];
    if (line.blank || line.kind === 'quote') continue;
    seen++;
    if (closing < 0 && CLOSING.test(line.text) && wordCount(line.text) <= 8) closing = i;
    if (SIGNATURE_DELIMITER.test(line.text)) delimiter = i;
  }
  if (closing < 0 && delimiter < 0) closing = looseClosing(lines, from, quoteFrom);
  if (closing >= 0) lines[closing].kind = 'closing';
  const signatureFrom = closing >= 0 ? closing + 1 : delimiter >= 0 ? delimiter : signatureWithoutClosing(lines, from, quoteFrom);
  if (signatureFrom < 0) return;
  // A slip to fill in and cut off, under the signature, is the reader's to read: body again.
  const slip = slipFrom(lines, signatureFrom, quoteFrom);
  const to = slip >= 0 ? slip : quoteFrom;
  const rest = lines.slice(signatureFrom, to).filter((line) => !line.blank && line.kind !== 'quote');
  if (rest.length > MAX_SIGNATURE_LINES) {
    // A formula in the middle of the text ("Tot dan!" and more paragraphs): no signature after all.
    if (closing >= 0) lines[closing].kind = 'body';
    return;
  }
  let contact = false;
  for (let i = signatureFrom; i < to; i++) {
    const line = lines[i];
    if (line.kind === 'quote') continue;
    contact ||= !line.blank && isContactLine(line.text);
    line.kind = contact ? 'contact' : 'signature';
  }
}

/** A line to fill in: dots or underscores to write on, or a choice to circle ("ja / nee"). */
const FILL_IN = /\.{5,}|…{3,}|_{5,}|\bja\s*\/\s*nee\b/iu;

/** The first paragraph after `from` with at least two lines to fill in (a slip to cut off), or -1. */
function slipFrom(lines: Line[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (lines[i].blank || (i > from && !lines[i - 1].blank)) continue;
    let fields = 0;
    for (let k = i; k < to && !lines[k].blank; k++) if (FILL_IN.test(lines[k].text)) fields++;
    if (fields >= 2) return i;
  }
  return -1;
}

/**
 * Without a closing formula: the lines at the end that are no sentences, when the first of them is a name, with
 * perhaps a job and organisation after a dash or comma ("Eva Lambrecht – coördinator vrijwilligers, Welkom in
 * Roeselare vzw", "Parochieteam Sint-Anna – Greet en Jean-Pierre") or a first name alone ("Marleen", "Els,
 * onthaal"), and the rest is an organisation or contact data. The text must have a sentence above them.
 */
const NAME_LINE = /^\s*\p{Lu}\p{Ll}+(?:\s+(?:(?:van|de|der|den|el|al|ben|bin)\s+)*\p{Lu}[\p{L}'’-]+){1,3}(?:\s*[–—,]\s*[^.!?:]{1,80})?$/u;
const FIRST_NAME = /^\s*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*$/u;
/** A first name and where they work: "Koen – De Fietsenwerf, Hasselt". */
const FIRST_NAME_AND_ROLE = /^\s*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*[–—,]\s*\p{Lu}[^.!?:]{1,80}$/u;
/** A first name and a job in small letters, with more lines under it: "Els, onthaal" above the practice's name. */
const FIRST_NAME_AND_JOB = /^\s*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*[–—,]\s*\p{Ll}[\p{L} ]{1,40}$/u;
/** A team: "De vrijwilligers van Voedselbank De Schakel", "Het team van De Vonk", "Team Kinderopvangtoeslag". */
const TEAM_LINE =
  /^\s*(?:(?:het|de|ons|onze|jullie)\s+)?(?:team|vrijwilligers|medewerkers|juffen|leerkrachten|leiding|begeleiders|monitoren|directie)\s+(?:van\s+)?(?:(?:de|het)\s+)?\p{Lu}[^.!?:]{0,80}$/iu;
/** At most this many lines: a name, a job, an organisation and a few ways to reach them. */
const SIGNATURE_RUN = 6;
const ENDS_SENTENCE = /[.!?:;]["'’”)]*$/;

function signatureWithoutClosing(lines: Line[], from: number, quoteFrom: number): number {
  let last = quoteFrom - 1;
  while (last >= from && (lines[last].blank || lines[last].kind === 'quote')) last--;
  let first = last;
  const inRun = (line: Line) => !ENDS_SENTENCE.test(line.text) && (isContactLine(line.text) || wordCount(line.text) <= 14);
  while (first - 1 > from && last - first + 1 < SIGNATURE_RUN && !lines[first - 1].blank && inRun(lines[first - 1])) first--;
  if (first <= from || !inRun(lines[last])) return -1;
  for (let i = first; i <= last; i++) if (!inRun(lines[i])) return -1;
  // A line that goes on from the name: no bare list of words ("Identiteitskaart", "Bankkaart").
  const head = lines[first].text;
  const moreUnder = first < last;
  if (
    !NAME_LINE.test(head) &&
    !FIRST_NAME_AND_ROLE.test(head) &&
    !TEAM_LINE.test(head) &&
    !((FIRST_NAME.test(head) || FIRST_NAME_AND_JOB.test(head)) && moreUnder)
  )
    return -1;
  return lines.slice(from, first).some((line) => !line.blank && /[.!?]["'’”)]*$/.test(line.text)) ? first : -1;
}

/** Lines under a loose closing: a name first, then a few lines of job, organisation and contact data. */
const LOOSE_SIGNATURE_LINES = 8;

/**
 * A wish that closes the letter without a usual formula ("Dank je en tot snel!"): the last such line, when what
 * follows it is a short signature that starts with a name (a few words, no sentence).
 */
function looseClosing(lines: Line[], from: number, quoteFrom: number): number {
  let seen = 0;
  for (let i = quoteFrom - 1; i >= from && seen <= LOOSE_SIGNATURE_LINES; i--) {
    if (lines[i].blank || lines[i].kind === 'quote') continue;
    seen++;
    if (!LOOSE_CLOSING.test(lines[i].text) || wordCount(lines[i].text) > 8) continue;
    const next = lines.slice(i + 1, quoteFrom).find((line) => !line.blank && line.kind !== 'quote');
    const isName = next !== undefined && wordCount(next.text) <= 6 && /^\s*\p{Lu}/u.test(next.text) && !/[.!?:]$/.test(next.text);
    return isName ? i : -1;
  }
  return -1;
}

/**
 * In the body: list items (a bullet, number or letter first; a line that goes on in lower case or indented belongs
 * to the item above) and the line that introduces them (it ends in a colon, in the same paragraph or the one above).
 */
function markLists(lines: Line[], from: number, to: number): void {
  let inItem = false;
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (line.kind !== 'body') {
      inItem = false;
      continue;
    }
    if (line.blank) {
      inItem = false;
      continue;
    }
    if (LIST_ITEM.test(line.text)) {
      line.kind = 'list-item';
      if (!inItem) markIntro(lines, i, from);
      inItem = true;
    } else if (inItem && (/^\s/.test(line.text) || /^\p{Ll}/u.test(line.text))) {
      line.kind = 'list-item';
    } else inItem = false;
  }
}

/**
 * A list item without a bullet: short, and no sentence of its own ("dinsdag van 13 tot 17 uur", "uw huurcontract",
 * "de Kids-ID en 2 klevers van het ziekenfonds, in een enveloppe met de naam van je kind").
 */
const PLAIN_ITEM_WORDS = 16;
/** An item that is one sentence of its own ("Betaal 22 euro met uw bankkaart."): a longer one is a paragraph. */
const SENTENCE_ITEM_WORDS = 12;
/** A step of a list: an order and a sentence that goes with it ("Kijk in de kalender. U krijgt die in juni."). */
const STEP_WORDS = 20;

/**
 * Words with a letter, outside brackets: an aside does not make an item long ("de medische fiche invullen (daarop
 * staat …)"), nor do the numbers of opening hours ("maandag tot vrijdag van 8.30 tot 12.30 uur en van 13.30 tot …").
 */
const itemWords = (text: string) =>
  text
    .replace(ITEM_LABEL_ANY_CASE, '')
    .replace(/\([^()]{0,200}\)/g, ' ')
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w)).length;

const isPlainItem = (text: string) =>
  itemWords(text) <= PLAIN_ITEM_WORDS && !/[:;]$/.test(text) && (/^\s*[\p{Ll}\p{N}]/u.test(text) || !/[.!?]["'’”)]*$/.test(text));

/** Sentence ends inside a line: a stop, then a capital. */
const SENTENCE_BREAK = /[.!?]["'’”)]*\s+\p{Lu}/gu;

/** "Wanneer? …", "Waar: …", "Amoxicilline 500 mg: …": a short label before an item's text. */
const ITEM_LABEL = /^\s*\p{Lu}[^.?!:]{0,25}[?:]\s+(?=\S)/u;
/** The same, also in lower case ("maandag 7 juli: graffiti maken …"): it does not make an item long. */
const ITEM_LABEL_ANY_CASE = /^\s*[^.?!:]{0,25}[?:]\s+(?=\S)/u;

/**
 * One short sentence on a line of its own, as items of a list of steps are ("Betaal 22 euro met uw bankkaart."),
 * a step that starts with an order, in up to three short sentences ("Kijk in de kalender. U krijgt die in juni."),
 * or a label and its text ("Waar? Kuringersteenweg 33. De ingang is naast de apotheek.").
 * A paragraph of a letter typed one paragraph per line mostly holds more, or starts otherwise.
 */
function isSentenceItem(text: string): boolean {
  if (!/^\s*\p{Lu}/u.test(text) || !/[.!]["'’”)]*$/.test(text)) return false;
  const label = ITEM_LABEL.exec(text);
  const rest = label ? text.slice(label[0].length) : text;
  const sentences = 1 + (rest.match(SENTENCE_BREAK)?.length ?? 0);
  const words = wordCount(text);
  if (label || isOrder(rest)) return sentences <= 3 && words <= STEP_WORDS;
  return sentences === 1 && words <= SENTENCE_ITEM_WORDS;
}

/** The line starts with a verb as an order: "Kijk …", "Teken …", "Of download …". */
function isOrder(text: string): boolean {
  const words = text.trim().toLowerCase().split(/\s+/);
  const verb = words[0] === 'of' || words[0] === 'en' ? words[1] : words[0];
  return verb !== undefined && (formSlots(verb) & SLOT_BIT.first) !== 0;
}

/**
 * A list without bullets, as people type it in a form or an e-mail: a line that ends in a colon or asks a question,
 * then at least two short lines that are no sentence of their own ("dinsdag van 13 tot 17 uur") or are each one
 * short sentence ("Betaal 22 euro met uw bankkaart."). Not a hard-wrapped sentence: a run whose last line goes on
 * in lower case and ends the sentence ("… over:⏎uw dossier en de stappen⏎om uw uitkering te behouden.").
 */
function markPlainLists(lines: Line[], from: number, to: number): void {
  for (let i = from; i < to; i++) {
    if (lines[i].kind !== 'body' || lines[i].blank || !isIntro(lines[i].text)) continue;
    // One kind of item throughout: a run of sentences is cut where a longer paragraph starts again.
    const isItem = i + 1 < to && isSentenceItem(lines[i + 1].text) ? isSentenceItem : isPlainItem;
    let k = i + 1;
    while (k < to && lines[k].kind === 'body' && !lines[k].blank && isItem(lines[k].text)) k++;
    const last = lines[k - 1].text;
    const wrapped = /^\s*\p{Ll}/u.test(last) && /[.!?]["'’”)]*$/.test(last);
    if (k - i - 1 < 2 || wrapped) continue;
    lines[i].kind = 'list-intro';
    for (let j = i + 1; j < k; j++) {
      lines[j].kind = 'list-item';
      lines[j].plainItem = true;
    }
    i = k - 1;
  }
}

/**
 * A line that introduces a list without bullets: it ends in a colon, or is one question ("Wat neemt u mee?"). A
 * line of statements that ends in a question ("We praten over jou. Hoe gaat het?") goes on as a paragraph.
 */
const isIntro = (text: string) => /:$/.test(text) || (/\?$/.test(text) && !text.match(SENTENCE_BREAK));

/** The line(s) before a list's first item that end in a colon (or ask "Wat neemt u mee?"): its introduction. */
function markIntro(lines: Line[], first: number, from: number): void {
  let i = first - 1;
  while (i >= from && lines[i].blank && lines[i].kind === 'body') i--;
  if (i < from || lines[i].kind !== 'body' || !/[:?]$/.test(lines[i].text)) return;
  lines[i].kind = 'list-intro';
  // A hard-wrapped introduction: the lines above it that do not end a sentence go with it.
  for (let k = i - 1; k >= from && !lines[k].blank && lines[k].kind === 'body' && !/[.!?:;]["'’”)]*$/.test(lines[k].text); k--) {
    lines[k].kind = 'list-intro';
  }
}

/**
 * Lines to blocks: a run of lines of one kind without a blank line between them is one block; every list item is
 * a block of its own (with the lines it goes on over); all quoted mail from its header down is one block.
 */
function toBlocks(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  let open: Block | undefined;
  for (const line of lines) {
    if (line.blank && line.kind !== 'quote') {
      open = undefined;
      continue;
    }
    const newItem = line.kind === 'list-item' && (LIST_ITEM.test(line.text) || line.plainItem === true);
    if (open && open.kind === line.kind && !newItem) {
      if (!line.blank) open.end = line.end;
      continue;
    }
    if (line.blank) continue;
    open = { kind: line.kind, start: line.start + (line.text.length - line.text.trimStart().length), end: line.end };
    blocks.push(open);
  }
  return blocks;
}
