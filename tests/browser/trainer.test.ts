/** The trainer page (first version): example letters, counts per category, hiding a category, applying a suggestion. */
import { describe, expect, it } from 'vitest';
import { check, RULE_IDS } from '../../engine/index';
import { EXAMPLE_LETTERS } from '../../trainer/example-letters';
import { nl } from '../../locales/nl';
import { useSession } from './harness';

const browser = useSession();

describe('the trainer page', () => {
  it('loads an example letter with one click and counts what the engine finds', async () => {
    const page = await browser.session().context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`chrome-extension://${browser.session().extensionId}/oefenen.html`);
    const letter = EXAMPLE_LETTERS[0];
    await page.getByRole('button', { name: letter.title }).click();
    expect(await page.locator('#trainer-text').inputValue()).toBe(letter.text);

    const expected = check(letter.text);
    for (const rule of RULE_IDS) {
      const count = expected.findings.filter((f) => f.rule === rule).length;
      expect(await page.locator(`.count[data-rule="${rule}"]`).textContent(), rule).toBe(String(count));
    }
    expect(await page.locator('[data-score="fleschDouma"]').textContent()).toBe(String(expected.stats.fleschDouma));

    // Hide one category: its marks go, the others stay.
    expect(await page.locator('mark[data-rule="passive-voice"]').count()).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: 'Toon Lijdende vorm' }).uncheck();
    expect(await page.locator('mark[data-rule="passive-voice"]').count()).toBe(0);
    expect(await page.locator('mark[data-rule="jargon"]').count()).toBeGreaterThan(0);

    // Apply the first suggestion of a jargon word: the text and the scores change.
    const before = await page.locator('[data-score="fleschDouma"]').textContent();
    const mark = page.locator('mark[data-rule="jargon"]').first();
    const marked = await mark.textContent();
    await mark.click();
    // The card comes with a before/after pair of the rule, to show the group.
    await expect.poll(() => page.locator('.lesson').textContent()).toContain(nl.lessons.jargon.after);
    const suggestion = page.locator('.card .suggestion').first();
    const replacement = await suggestion.textContent();
    await suggestion.click();
    const after = await page.locator('#trainer-text').inputValue();
    expect(after).not.toBe(letter.text);
    expect(after).toContain(replacement!);
    expect(check(after).stats.fleschDouma).toBe(Number(await page.locator('[data-score="fleschDouma"]').textContent()));
    expect(marked).toBeTruthy();
    expect(before).toBeTruthy();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('starts with the text chosen through "Controleer met Klaretaal", and takes it only once', async () => {
    const session = browser.session();
    const worker = session.context.serviceWorkers()[0];
    type SessionStorage = { chrome: { storage: { session: { set(v: object): Promise<void>; get(k: string): Promise<Record<string, unknown>> } } } };
    // What the context-menu handler stores (editors/trainer-launch.ts) before it opens the page.
    await worker.evaluate(() => (globalThis as unknown as SessionStorage).chrome.storage.session.set({ trainerText: 'Wij sturen u reeds de brief.' }));
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/oefenen.html`);
    await expect.poll(() => page.locator('#trainer-text').inputValue()).toBe('Wij sturen u reeds de brief.');
    expect(await page.locator('.count[data-rule="jargon"]').textContent()).toBe('1');
    expect(await worker.evaluate(() => (globalThis as unknown as SessionStorage).chrome.storage.session.get('trainerText'))).toEqual({});
    await page.close();
  });

  it('opens from the popup', async () => {
    const session = browser.session();
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    const opened = session.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Oefenen met klare taal' }).click();
    const trainer = await opened;
    await trainer.waitForLoadState();
    expect(trainer.url()).toBe(`chrome-extension://${session.extensionId}/oefenen.html`);
    await expect.poll(() => trainer.getByRole('heading', { level: 1 }).textContent()).toBe('Oefenen met klare taal');
    await trainer.close();
    await popup.close();
  });
});
