/**
 * The product as users meet it: in each field kind and real editor, the underline covers the right words, a
 * click on the middle of three identical phrases fixes only that one, the editor's own model agrees, Ctrl+Z
 * brings the original back, and nothing leaves the machine.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { editorFrame, nonLoopback, useSession } from './harness';
import {
  editableSelector,
  expectSameRects,
  frameOrigin,
  highlightRects,
  modelText,
  overlayBoxes,
  until,
  wordRectsRich,
  wordRectsText,
} from './support';

const TEXT = 'Wij sturen u reeds de brief. Wij sturen u reeds het formulier. Wij sturen u reeds de kaart.';
const FIXED = 'Wij sturen u reeds de brief. Wij sturen u al het formulier. Wij sturen u reeds de kaart.';

const TEXT_FIELDS = ['textarea', 'input', 'react-textarea'];
const RICH_EDITORS = ['contenteditable', 'iframe', 'srcdoc', 'shadow', 'quill', 'tinymce', 'ckeditor5', 'prosemirror', 'squire', 'roosterjs'];

const browser = useSession();
const { pageErrors } = browser;

async function openAndType(name: string): Promise<Page> {
  const page = await browser.open(name);
  await page.evaluate(() => (window as unknown as { fixture: { setText(t: string): void } }).fixture.setText(''));
  const frame = await editorFrame(page);
  await frame.locator(await editableSelector(page)).first().click();
  await page.keyboard.type(TEXT);
  // A writer reads the underline before clicking it. (Quill groups every change within one second into
  // one undo step, so a fix applied at once would be undone together with the typing.)
  await page.waitForTimeout(1100);
  return page;
}

describe.each(TEXT_FIELDS)('%s', (name) => {
  it('underlines the right words, fixes only the clicked one, and Ctrl+Z restores it', async () => {
    const page = await openAndType(name);
    const selector = await editableSelector(page);
    const boxes = await until(() => overlayBoxes(page, 'jargon'), (b) => b.length === 3);
    expectSameRects(boxes, await wordRectsText(page, selector, 'reeds'), 2);

    const middle = (await wordRectsText(page, selector, 'reeds'))[1];
    await page.mouse.click(middle.left + middle.width / 2, middle.top + middle.height / 2);
    const card = page.locator('klaretaal-overlay .card');
    await card.waitFor();
    await expect.poll(() => card.textContent()).toContain('reeds');
    await page.locator('klaretaal-overlay .suggestion', { hasText: 'al' }).first().click();
    await expect.poll(() => modelText(page)).toBe(FIXED);
    await until(() => overlayBoxes(page, 'jargon'), (b) => b.length === 2);

    await page.keyboard.press('Control+z');
    await expect.poll(() => modelText(page)).toBe(TEXT);
    await page.close();
  });
});

describe.each(RICH_EDITORS)('%s', (name) => {
  it('underlines the right words, fixes only the clicked one, and Ctrl+Z restores it', async () => {
    const page = await openAndType(name);
    const frame = await editorFrame(page);
    const selector = await editableSelector(page);
    const highlights = await until(() => highlightRects(frame, selector, 'jargon'), (r) => r.length === 3);
    expectSameRects(highlights, await wordRectsRich(frame, selector, 'reeds'), 0.5);

    const origin = await frameOrigin(frame);
    const middle = (await wordRectsRich(frame, selector, 'reeds'))[1];
    await page.mouse.click(origin.x + middle.left + middle.width / 2, origin.y + middle.top + middle.height / 2);
    const card = page.locator('klaretaal-overlay .card');
    await card.waitFor();
    await page.locator('klaretaal-overlay .suggestion', { hasText: 'al' }).first().click();
    await expect.poll(() => modelText(page)).toBe(FIXED);
    await until(() => highlightRects(frame, selector, 'jargon'), (r) => r.length === 2);

    await page.keyboard.press('Control+z');
    await expect.poll(() => modelText(page)).toBe(TEXT);
    await page.close();
  });
});

describe('fields Klaretaal must leave alone', () => {
  it('never checks sensitive, read-only, disabled or opted-out fields', async () => {
    const page = await browser.open('sensitive');
    const fields = await page.evaluate(() => (window as unknown as { fixture: { fields: string[] } }).fixture.fields);
    for (const selector of fields) {
      const field = page.locator(selector);
      // Disabled fields cannot take focus; focusing them is the closest a user gets.
      await field.focus().catch(() => undefined);
      if (await field.isEditable().catch(() => false)) await page.keyboard.type(' Gelieve dit te retourneren.');
    }
    await page.waitForTimeout(1200);
    const touched = await page.evaluate(() => ({
      overlay: document.querySelector('klaretaal-overlay') !== null,
      highlights: [...CSS.highlights.keys()].filter((k) => k.startsWith('klaretaal-')),
    }));
    expect(touched).toEqual({ overlay: false, highlights: [] });
    await page.close();
  });
});

describe('keyboard', () => {
  it('Alt+Shift+K opens the next finding, Enter applies its first suggestion, Escape closes', async () => {
    const page = await openAndType('textarea');
    await until(() => overlayBoxes(page, 'jargon'), (b) => b.length === 3);
    await page.keyboard.press('Home');
    await page.keyboard.press('Alt+Shift+K');
    const card = page.locator('klaretaal-overlay .card');
    await card.waitFor();
    await expect.poll(() => page.evaluate(() => document.querySelector('klaretaal-overlay')!.shadowRoot!.activeElement?.textContent)).toBe('al');
    await page.keyboard.press('Enter');
    await expect.poll(() => modelText(page)).toBe('Wij sturen u al de brief. Wij sturen u reeds het formulier. Wij sturen u reeds de kaart.');
    await until(() => overlayBoxes(page, 'jargon'), (b) => b.length === 2);

    await page.locator('#field').click();
    await page.keyboard.press('Alt+Shift+K');
    await card.waitFor();
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    await page.close();
  });
});

describe('card actions', () => {
  async function openCardOnFirst(page: Page) {
    const first = (await wordRectsText(page, '#field', 'reeds'))[0];
    await page.mouse.click(first.left + first.width / 2, first.top + first.height / 2);
    await page.locator('klaretaal-overlay .card').waitFor();
  }

  it('ignores a click on a suggestion that a page script fakes', async () => {
    const page = await openAndType('textarea');
    await until(() => overlayBoxes(page, 'jargon'), (b) => b.length === 3);
    await openCardOnFirst(page);
    // The page reaches into our (open) shadow root and clicks for the user: untrusted, so nothing happens.
    await page.evaluate(() => document.querySelector('klaretaal-overlay')!.shadowRoot!.querySelector<HTMLButtonElement>('.suggestion')!.click());
    await page.waitForTimeout(400);
    expect(await modelText(page)).toBe(TEXT);
    await page.close();
  });

  it('"Negeer" hides one occurrence; "Negeer dit woord altijd" and "Zet deze controle uit" last, in every tab', async () => {
    const page = await openAndType('textarea');
    await until(() => overlayBoxes(page, 'jargon'), (b) => b.length === 3);
    await openCardOnFirst(page);
    await page.getByRole('button', { name: 'Negeer', exact: true }).click();
    expect((await until(() => overlayBoxes(page, 'jargon'), (b) => b.length === 2)).length).toBe(2);

    const second = (await wordRectsText(page, '#field', 'reeds'))[1];
    await page.mouse.click(second.left + second.width / 2, second.top + second.height / 2);
    await expect.poll(() => page.locator('klaretaal-overlay .card .message').textContent()).toContain('reeds');
    await page.getByRole('button', { name: 'Negeer dit woord altijd' }).click();
    expect((await until(() => overlayBoxes(page, 'jargon'), (b) => b.length === 0)).length).toBe(0);

    // A new tab has the word ignored too (it is in the extension's storage, not the page's).
    const other = await openAndType('textarea');
    await other.keyboard.type(' Wij dienen dit te doen, o.a. morgen.');
    await until(() => overlayBoxes(other, 'abbreviation'), (b) => b.length === 1);
    expect(await overlayBoxes(other, 'jargon').then((b) => b.length)).toBe(1); // "dienen … te", not "reeds"
    // The text now wraps to a second line: click the middle of our own underline box (its position was
    // checked against the words in the tests above).
    const abbreviation = (await overlayBoxes(other, 'abbreviation'))[0];
    await other.mouse.click(abbreviation.left + abbreviation.width / 2, abbreviation.top + abbreviation.height / 2);
    await other.getByRole('button', { name: 'Zet deze controle uit' }).click();
    expect((await until(() => overlayBoxes(other, 'abbreviation'), (b) => b.length === 0)).length).toBe(0);
    // The extension holds both choices (the ignored word in its database, the rule in its storage); the page's
    // own storage holds nothing of ours.
    const stored = await browser.session().context.serviceWorkers()[0].evaluate(async () => {
      const { settings } = await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<{ settings: { disabledRules: string[] } }> } } } }).chrome.storage.local.get('settings');
      const ignored = await new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('klaretaal');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('ignoredWords').objectStore('ignoredWords').get('reeds');
          get.onsuccess = () => resolve(get.result);
        };
      });
      return { disabledRules: settings.disabledRules, ignored };
    });
    expect(stored.ignored).toMatchObject({ word: 'reeds' });
    expect(stored.disabledRules).toContain('abbreviation');
    // (The editors on these test pages keep their own things in the page's storage; none of it is ours.)
    const pageStorage = await other.evaluate(() =>
      [localStorage, sessionStorage].flatMap((store) => Object.keys(store).map((key) => `${key}=${store.getItem(key)}`)),
    );
    expect(pageStorage.filter((entry) => /klaretaal|reeds|abbreviation/i.test(entry))).toEqual([]);
    await page.close();
    await other.close();
  });
});

describe('the whole run', () => {
  it('sent no request beyond this machine and caused no uncaught error in any page', () => {
    expect(browser.session().requests.length).toBeGreaterThan(10);
    expect(nonLoopback(browser.session().requests)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
