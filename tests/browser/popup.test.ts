/**
 * The popup's quick check, in Chromium and in Firefox: it counts in Dutch ("1 zin", "42,6"), applies the first
 * fix of a finding (all its edits at once) and puts the text back with "Zet terug"; axe finds nothing with the
 * findings shown.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { BROWSERS, useBrowser, type TestPage } from './drivers';
import { findByName, until } from './measure';

const value = (page: TestPage) => page.evaluate(() => (document.getElementById('quick-check') as HTMLTextAreaElement).value);
const summary = (page: TestPage) => page.evaluate(() => document.querySelector('.quick-check section p')?.textContent ?? '');

async function press(page: TestPage, name: string): Promise<void> {
  const button = await until(
    () => findByName(page, 'button', name),
    (b) => b !== undefined,
  );
  expect(button, name).toBeDefined();
  await page.click(button!.left + button!.width / 2, button!.top + button!.height / 2);
}

describe.each(BROWSERS)('%s', (name) => {
  const browser = useBrowser(name);

  it('checks a pasted text, counts in Dutch, applies a fix of two places and puts it back', async () => {
    const page = await browser().extensionPage('popup.html');
    await until(() => page.evaluate(() => document.querySelector('details') !== null), Boolean);
    await page.evaluate(() => document.querySelector('details')!.setAttribute('open', ''));
    const box = await until(
      () => findByName(page, 'textarea', 'Plak hier een tekst om te controleren'),
      (b) => b !== undefined,
    );
    await page.click(box!.left + 10, box!.top + 10);
    await page.type('U dient het formulier te lezen.');
    const counts = await until(
      () => summary(page),
      (s) => s.includes('zin'),
    );
    // The level in words, with its line of meaning under it.
    expect(counts).toMatch(/^6 woorden, 1 zin · Leesgemak: \d+(,\d)? · (Makkelijk \(B1\)|Gaat \(B2\)|Moeilijk \(C1\))$/);
    const note = await page.evaluate(() => document.querySelector('.quick-check [data-level]')?.textContent ?? '');
    expect(note).toMatch(/^Wie Nederlands leert|^De meeste mensen die Nederlands leren/);
    expect(await axeViolations(page)).toEqual([]);

    await press(page, 'Vervang: moet het formulier lezen');
    await expect.poll(() => value(page)).toBe('U moet het formulier lezen.');
    await press(page, 'Zet terug');
    await expect.poll(() => value(page)).toBe('U dient het formulier te lezen.');
    await page.close();
  });
});
