/** abbreviation: write abbreviations out (o.a. → onder andere). */
import type { Lexicon } from './shared/lexicon';
import type { Sentence, Word } from './shared/paragraph';
import { BODY_KINDS, isBodyKind, type FormOfAddress } from '../contract/index';
import { defineRule } from './define';
import { matchCase } from './shared/case';
import { nameMask } from './shared/names';
import { replace } from './shared/fix';
import { quote } from './shared/texts';

/** Words another rule would flag: a hard word or phrase anywhere in them ("niet van toepassing"), or a noun made of a verb. */
function flagged(words: string, lexicon: Lexicon): boolean {
  const list = words.split(' ');
  return list.some((_, i) => lexicon.words.matchAt(list, i) !== undefined || lexicon.nominalizations.has(list[i]));
}

/** The sentence's first word, after a list's bullet or dash. */
const firstWord = (sentence: Sentence): Word | undefined => sentence.words.find((w) => w.countable);

/** Company forms that are also abbreviations: "bv" is "besloten vennootschap" after a name. */
const COMPANY_FORM = /^(?:bv|nv)\.?$/u;

/** A phone number right after the word: "tel. 03 237 81 50", "gsm: 0470 …", "tel. +32 …". */
const PHONE_AFTER = /^\s*:?\s*(?:\+|0)\d[\d ./]{5}/;

export default defineRule({
  id: 'abbreviation',
  look: { color: '#0e7490', line: 'double' },
  texts: {
    nl: {
      title: 'Afkorting',
      why: 'Afkortingen zijn moeilijk voor wie Nederlands leert. Schrijf ze voluit.',
      lesson: { before: 'Breng o.a. uw loonbrief mee, a.u.b.', after: 'Breng onder andere uw loonbrief mee, alstublieft.' },
      options: {},
      messages: {
        writeOut: (text: string, full: string) => `Schrijf ${quote(text)} voluit: ${quote(full)}.`,
        instead: (text: string, plain: string) => `${quote(text)} is een moeilijke afkorting. Schrijf ${quote(plain)}.`,
      },
    },
  },
  parts: [...BODY_KINDS, 'header', 'subject', 'greeting', 'closing', 'signature'],
  defaults: {},
  examples: {
    flag: [
      { text: 'Neem [[o.a.]] uw identiteitskaart mee.', suggestion: 'onder andere' },
      { text: 'Breng een document mee, [[bv.]] uw huurcontract.', suggestion: 'bijvoorbeeld' },
      { text: 'Wij hebben een vraag [[m.b.t.]] uw huur.', suggestion: 'over', fixed: 'Wij hebben een vraag over uw huur.' },
      // "in verband met" is officialese itself, and "over"/"door"/"wegens" depends on the sense: advice only.
      { text: 'Wij bellen u [[i.v.m.]] uw afspraak.', advice: true },
      { text: 'De cursus loopt van maandag [[t.e.m.]] vrijdag.', suggestion: 'tot en met' },
      { text: 'Stuur het formulier terug, [[a.u.b.]]', suggestion: 'alstublieft.' },
      // In a letter that says "je": "alsjeblieft", so the fix does not mix u and je.
      { text: 'Je training begint om 18 uur. Wees op tijd [[aub]].', suggestion: 'alsjeblieft' },
      { text: 'Bel ons [[z.s.m.]] terug.', suggestion: 'zo snel mogelijk' },
      { text: 'Breng uw loonbrief, uw huurcontract [[enz.]] mee.', suggestion: 'enzovoort' },
      { text: '[[Bv.]] een loonbrief of een attest.', suggestion: 'Bijvoorbeeld' },
      { text: 'Neem uw papieren mee, [[d.w.z.]] uw identiteitskaart en uw huurcontract.', suggestion: 'dat wil zeggen' },
      { text: 'Breng uw loonbrieven, attesten, [[enz.]]', suggestion: 'enzovoort.', fixed: 'Breng uw loonbrieven, attesten, enzovoort.' },
    ],
    pass: [
      // After a name: the form of a company.
      'Het poetsbedrijf Clean Home bv. komt op maandag.',
      'De werken doet Aannemer Peeters bv. op dinsdag.',
      // A label before a phone number.
      'Dit zijn de gegevens van uw advocaat:\n- meester Julie Hermans\n- tel. 03 237 81 50',
      'Neem onder andere uw identiteitskaart mee.',
      'Wij bellen u over uw afspraak.',
      'De cursus loopt van maandag tot en met vrijdag.',
      'U kunt ons mailen op info@voorbeeld.be.',
      'Wij zien u om 14 uur.',
    ],
  },
  find(paragraph, { lexicon, messages, report }) {
    for (const sentence of paragraph.sentences) {
      for (const [index, word] of sentence.words.entries()) {
        const lastOfSentence = word === sentence.words[sentence.words.length - 1];
        // retext keeps an abbreviation's dots and slashes inside the word ("o.a.", "t/m"); when it leaves
        // the final dot outside ("enz" + "."), take the dot along.
        let entry = lexicon.abbreviations.get(word.lower);
        let end = word.end;
        if (!entry && paragraph.text.charCodeAt(end) === 46 /* . */) {
          entry = lexicon.abbreviations.get(`${word.lower}.`);
          if (entry) end++;
        }
        if (!entry) continue;
        // "Clean Home bv", "Bakkerij Peeters nv": after a name, the form of a company, not "bijvoorbeeld".
        if (COMPANY_FORM.test(word.lower) && index > 0 && nameMask(paragraph, sentence, lexicon)[index - 1]) continue;
        // In a letterhead or signature "tel. 03 …" and "nr. 5" label data; they are not read as text. So does a label
        // that opens a line before a phone number ("- tel. 03 237 81 50" in a list); in a sentence it is written out.
        const after = paragraph.text.slice(end, end + 8);
        if (!isBodyKind(paragraph.part) ? /^\s*[:\d+]/.test(after) : word === firstWord(sentence) && PHONE_AFTER.test(after)) continue;
        const text = paragraph.text.slice(word.start, end);
        // "…, enz." at the end of a sentence: its dot also ends the sentence, so keep one. Not "bv. Antwerpen".
        const endsSentence = text.endsWith('.') && lastOfSentence && /^\s*(?:$|[\p{Lu}\n])/u.test(paragraph.text.slice(end, end + 3));
        // Written out, it must not be officialese itself ("met betrekking tot"): then plain words, or advice.
        const plain = entry.advice ? [] : (entry.instead ?? entry.full).filter((f) => !flagged(f, lexicon));
        report({
          start: word.start,
          end,
          message: entry.instead ? messages.instead(text, entry.instead[0]) : messages.writeOut(text, entry.full[0]),
          fixes: plain.map((f) => ({ edits: [replace(word.start, end, matchCase(text, f) + (endsSentence ? '.' : ''))] })),
          key: plain.some((f) => POLITE.has(f)) ? 'polite' : undefined,
        });
      }
    }
  },
  // "a.u.b." is "alstublieft" in a letter that says "u", "alsjeblieft" in one that says "je": a fix must not mix them.
  finalize(candidates, { letter, settings, messages }) {
    if (!candidates.some((c) => c.key === 'polite')) return candidates;
    const form = addressOf(letter.text) ?? settings.address;
    return candidates.map((c) => {
      if (c.key !== 'polite') return c;
      const keep = c.suggestions.map((s) => POLITE.get(s.replace(/\.$/, '').toLowerCase()) === form);
      const suggestions = c.suggestions.filter((_, i) => keep[i]);
      // The user's own word list may have taken the other form away: then the candidate stays as it was.
      if (suggestions.length === 0) return c;
      return { ...c, suggestions, fixes: c.fixes.filter((_, i) => keep[i]), message: messages.writeOut(c.text, suggestions[0]) };
    });
  },
});

/** Words of asking that go with one form of address. */
const POLITE = new Map<string, FormOfAddress>([
  ['alstublieft', 'u'],
  ['alsjeblieft', 'je'],
]);

/** The form of address the letter uses most, or undefined when it uses neither. */
function addressOf(text: string): FormOfAddress | undefined {
  const u = text.match(/(?<![\p{L}\p{N}])(?:u|uw)(?![\p{L}\p{N}])/giu)?.length ?? 0;
  const je = text.match(/(?<![\p{L}\p{N}])(?:je|jij|jou|jouw)(?![\p{L}\p{N}])/giu)?.length ?? 0;
  return u > je ? 'u' : je > u ? 'je' : undefined;
}
