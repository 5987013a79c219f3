/**
 * One place, one mark, in Chromium and in Firefox, in a textarea and in a rich editor: where findings overlap (a
 * hard word inside a long sentence, a nominalization beside a passive) no two underlines lie on the same stretch of
 * a line, and the card at such a place lists every reason there.
 */
import { describe, expect, it } from 'vitest';
import { nl } from '../../locales/nl';
import { RULES } from '../../rules/index';
import { BROWSERS, useBrowser } from './drivers';
import { clickAt, focusEditor, marks, setText, until } from './measure';

const LETTER =
  'Gelieve het formulier in te vullen en naar onze dienst te sturen, zodat uw aanvraag door de bevoegde dienst in behandeling genomen kan worden.';

describe.each(BROWSERS)('%s', (name) => {
  const browser = useBrowser(name);

  describe.each(['textarea', 'contenteditable'])('in a %s', (fixture) => {
    it('draws one underline per place, and the card lists every reason there', async () => {
      const page = await browser().open(fixture);
      await setText(page, LETTER);
      await focusEditor(page);
      await page.type(' ');
      const all = await until(
        () => page.probe().then((p) => p.marks),
        (m) => m.some((x) => x.rule === 'long-sentence') && m.some((x) => x.rule === 'jargon'),
      );
      // No two boxes on one line overlap by more than a pixel.
      const overlaps: string[] = [];
      for (const a of all)
        for (const b of all) {
          if (a === b) continue;
          const sameLine = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top) > Math.min(a.height, b.height) / 2;
          const overlap = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
          if (sameLine && overlap > 1) overlaps.push(`${a.rule} and ${b.rule} at ${Math.round(a.left)},${Math.round(a.top)}`);
        }
      expect(overlaps).toEqual([]);

      // "Gelieve" lies inside the long sentence: its card holds both reasons, the hard word first.
      const [gelieve] = await marks(page, 'jargon');
      await clickAt(page, gelieve);
      const card = await until(
        () => page.probe().then((p) => p.card),
        (c) => c !== null,
      );
      const jargonTitle = RULES.jargon.texts.nl.title;
      const sentenceTitle = RULES['long-sentence'].texts.nl.title;
      expect(card?.text).toContain(jargonTitle);
      expect(card?.text).toContain(sentenceTitle);
      expect(card!.text.indexOf(jargonTitle)).toBeLessThan(card!.text.indexOf(sentenceTitle));
      // One "Negeer" per reason.
      expect(card!.buttons.filter((b) => b.text === nl.ui.card.ignore).length).toBeGreaterThanOrEqual(2);
    });
  });
});
