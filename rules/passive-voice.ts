/**
 * passive-voice: a form of "worden" or "zijn" with a past participle in the
 * same clause ("Uw aanvraag wordt door ons behandeld", "omdat het formulier
 * niet ingevuld werd"). Not: "ze wordt dertig", "hij wordt kok", nor active
 * perfects with "zijn" ("wij zijn verhuisd") or states ("u bent verplicht").
 */
import { participles } from '../dictionaries/index';
import { defineRule } from './define';
import type { Sentence } from './shared/paragraph';
import { quote } from './shared/texts';

const WORDEN = new Set(['word', 'wordt', 'worden', 'werd', 'werden']);
const ZIJN = new Set(['ben', 'bent', 'is', 'zijn', 'was', 'waren']);

/** Words that start a new clause: the participle of another clause is not ours. */
const CLAUSE_WORDS = new Set([
  'en',
  'maar',
  'of',
  'want',
  'omdat',
  'als',
  'dat',
  'die',
  'wanneer',
  'zodat',
  'terwijl',
  'nadat',
  'voordat',
  'zodra',
  'waar',
  'wat',
  'wie',
  'hoe',
  'indien',
  'tenzij',
  'hoewel',
  'doordat',
  'om',
]);

const SEPARABLE =
  '(?:aan|achter|af|bekend|bij|bijeen|binnen|deel|dicht|door|goed|in|kennis|klaar|langs|los|mee|mis|na|neer|om|op|open|over|plaats|rond|samen|stop|tegen|terecht|terug|thuis|toe|tussen|uit|vast|vol|voor|voort|vrij|weg)';
/** Prefixes that take no ge-: "ondertekend", "overgemaakt" is separable but "overwogen" is not. */
const INSEPARABLE = '(?:be|ver|ont|her|er|onder|over|vol|mis|achter)';
const PARTICIPLE = new RegExp(`^(?:${SEPARABLE}?ge\\p{L}{2,}(?:d|t|en)|(?:${SEPARABLE})?${INSEPARABLE}\\p{L}{2,}(?:d|t|en))$`, 'u');
/** Forms of "hebben": a participle right after one belongs to an active perfect ("die ik heb verstuurd is …"). */
const HEBBEN = new Set(['heb', 'hebt', 'heeft', 'hebben', 'had', 'hadden']);

/** Words that look like participles, and what they are instead (dictionaries/participles.json). */
const KNOWN = new Map(participles.map((e) => [e.word, e.kind]));

function isParticiple(word: string, afterZijn: boolean): boolean {
  const kind = KNOWN.get(word);
  if (kind === 'not-participle') return false;
  // After "zijn": a state ("u bent verplicht") or an active perfect ("wij zijn verhuisd").
  if (afterZijn && kind) return false;
  // Present participles and adjectives in -end ("dringend") are not past participles, except verbs in -kennen.
  if (word.endsWith('end') && !word.endsWith('kend')) return false;
  return PARTICIPLE.test(word);
}

/** Index of the participle that goes with the auxiliary at `aux`, searching within its clause. */
function findParticiple(sentence: Sentence, aux: number, afterZijn: boolean): number {
  const words = sentence.words;
  for (let j = aux + 1; j < words.length; j++) {
    if (words[j].breakBefore || CLAUSE_WORDS.has(words[j].lower) || WORDEN.has(words[j].lower)) break;
    if (words[j - 1].lower === 'te') continue;
    if (isParticiple(words[j].lower, afterZijn)) return j;
  }
  // Subordinate clauses and modal verbs put the participle first: "… omdat het formulier niet ingevuld werd",
  // "de papieren moeten ondertekend worden". Right before the auxiliary it is ours, unless "hebben" owns it;
  // one word further back only when the auxiliary ends the clause.
  const clauseFinal = aux === words.length - 1 || words[aux + 1].breakBefore || CLAUSE_WORDS.has(words[aux + 1].lower);
  for (let j = aux - 1; j >= 0 && j >= aux - (clauseFinal ? 2 : 1); j--) {
    if (words[j + 1].breakBefore) break;
    const before = j > 0 ? words[j - 1].lower : '';
    if (isParticiple(words[j].lower, afterZijn) && before !== 'te' && !HEBBEN.has(before)) return j;
  }
  return -1;
}

export default defineRule({
  id: 'passive-voice',
  look: { color: '#15803d', line: 'solid' },
  texts: {
    nl: {
      title: 'Lijdende vorm',
      why: 'In de lijdende vorm staat wie iets doet achteraan, of helemaal niet. De lezer wil eerst weten wie wat doet.',
      lesson: { before: 'Uw aanvraag wordt door de dienst behandeld.', after: 'De dienst behandelt uw aanvraag.' },
      options: {},
      messages: {
        passive: (text: string) =>
          `${quote(text)} is lijdende vorm. Zeg wie het doet, bijvoorbeeld ‘Wij behandelen uw aanvraag’ in plaats van ‘Uw aanvraag wordt behandeld’.`,
      },
    },
  },
  defaults: {},
  examples: {
    flag: [
      { text: 'Uw aanvraag [[wordt door ons behandeld]].' },
      { text: 'U [[wordt verwacht]] op maandag om 10 uur.' },
      { text: 'U [[wordt verzocht]] om te bellen.' },
      { text: 'Het formulier [[werd niet ingevuld]].' },
      { text: 'Uw aanvraag [[is goedgekeurd]].' },
      { text: 'De brieven [[zijn gisteren verstuurd]].' },
      { text: 'Wij weten niet of uw dossier al [[behandeld werd]].' },
      { text: 'De kosten [[worden terugbetaald]] door de mutualiteit.' },
      { text: 'Uw uitkering [[wordt stopgezet]] vanaf 1 juni.' },
      { text: 'Er [[werden geen documenten ontvangen]]. Bel ons.' },
      { text: 'U [[bent uitgenodigd]] voor een gesprek.' },
      { text: 'De papieren moeten [[ondertekend worden]] door u en uw partner.' },
      { text: 'Uw zoon [[is vorige week door de schoolarts onderzocht]].' },
    ],
    pass: [
      'Ze wordt dertig in mei.',
      'Het wordt koud deze week.',
      'Hij wordt kok in een restaurant.',
      'Wij zijn verhuisd naar Deurne.',
      'U bent gestart met de cursus.',
      'U bent verplicht om te komen.',
      'De les is begonnen.',
      'Het formulier is te verkrijgen aan het onthaal.',
      'Wij behandelen uw aanvraag deze week.',
      'De brief die ik heb verstuurd is niet aangekomen.',
      'Deze premie is ten behoeve van gezinnen met een laag inkomen.',
      'Bel ons als u verhinderd bent.',
    ],
  },
  find(paragraph, { messages, report }) {
    for (const sentence of paragraph.sentences) {
      const words = sentence.words;
      for (let i = 0; i < words.length; i++) {
        const w = words[i].lower;
        const afterZijn = ZIJN.has(w);
        if (!afterZijn && !WORDEN.has(w)) continue;
        const p = findParticiple(sentence, i, afterZijn);
        if (p < 0) continue;
        const start = words[Math.min(i, p)].start;
        const end = words[Math.max(i, p)].end;
        report({ start, end, message: messages.passive(paragraph.text.slice(start, end)) });
        if (p > i) i = p;
      }
    }
  },
});
