/**
 * The trainer page: example letters, counts per category, hiding a category, applying a suggestion, the
 * hardest sentences, before/after, presentation mode by keyboard alone, copy, the printed report, and axe-core.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, textsOf } from '../../ui/categories';
import { check } from '../../engine/index';
import { RULE_IDS, Finding } from '../../contract/index';
import { EXAMPLE_LETTERS } from '../../ui/trainer/example-letters';
import { nl } from '../../locales/nl';
import { seriousViolations } from './axe';
import { useSession } from './harness';

const browser = useSession();
const t = nl.ui.trainer;
const SCREENSHOT = resolve(import.meta.dirname, '..', '..', 'docs', 'oefenen.png');

/** The trainer page at projector size, with the first example letter loaded; uncaught errors collected. */
async function openWithLetter(index = 0): Promise<{ page: Page; errors: string[]; text: string }> {
  const session = browser.session();
  const page = await session.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${session.extensionId}/oefenen.html`);
  const letter = EXAMPLE_LETTERS[index];
  await page.getByRole('button', { name: letter.title }).click();
  await expect.poll(() => page.locator('#trainer-text').inputValue()).toBe(letter.text);
  return { page, errors, text: letter.text };
}

/** Findings in reading order, as the keyboard walks them: by start, the longer first. */
const readingOrder = (findings: readonly Finding[]) => [...findings].sort((a, b) => a.start - b.start || b.end - a.end);

/**
 * The mark of the first jargon finding with a fix, with all categories shown (`data-finding` counts in reading
 * order). The first jargon finding of a letter may be advice only (a term to explain): its card has no fix.
 */
function fixableJargon(page: Page, text: string) {
  const order = readingOrder(check(text).findings);
  const index = order.findIndex((f) => f.rule === 'jargon' && f.suggestions.length > 0);
  return page.locator(`mark[data-finding="${index}"]`);
}

/** The focused element: its tag and, for a finding, its index. */
const focused = (page: Page) =>
  page.evaluate(() => ({ tag: document.activeElement?.tagName, finding: document.activeElement?.getAttribute('data-finding') ?? null }));

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
    expect(await page.locator('[data-score="fleschDouma"]').getAttribute('data-value')).toBe(String(expected.stats.fleschDouma));
    // Shown the Dutch way: a decimal comma.
    expect(await page.locator('[data-score="fleschDouma"]').textContent()).toBe(
      expected.stats.fleschDouma.toLocaleString('nl-BE', { maximumFractionDigits: 1 }),
    );

    // Hide one category: its marks go, the others stay.
    expect(await page.locator('mark[data-rule="passive-voice"]').count()).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: 'Toon Lijdende vorm' }).uncheck();
    expect(await page.locator('mark[data-rule="passive-voice"]').count()).toBe(0);
    expect(await page.locator('mark[data-rule="jargon"]').count()).toBeGreaterThan(0);

    // Apply the first suggestion of a jargon word: the text and the scores change.
    const before = await page.locator('[data-score="fleschDouma"]').getAttribute('data-value');
    const mark = page.locator('mark[data-rule="jargon"]').first();
    const marked = await mark.textContent();
    await mark.click();
    // The card comes with a before/after pair of the rule, to show the group.
    await expect.poll(() => page.locator('.lesson').textContent()).toContain(textsOf('jargon').lesson.after);
    const suggestion = page.locator('.card .suggestion').first();
    const replacement = await suggestion.textContent();
    await suggestion.click();
    const after = await page.locator('#trainer-text').inputValue();
    expect(after).not.toBe(letter.text);
    expect(after).toContain(replacement!);
    expect(check(after).stats.fleschDouma).toBe(Number(await page.locator('[data-score="fleschDouma"]').getAttribute('data-value')));
    expect(marked).toBeTruthy();
    expect(before).toBeTruthy();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('starts with the text chosen through "Controleer met Klaretaal", and takes it only once', async () => {
    const session = browser.session();
    const worker = session.context.serviceWorkers()[0];
    type SessionStorage = {
      chrome: { storage: { session: { set(v: object): Promise<void>; get(k: string): Promise<Record<string, unknown>> } } };
    };
    // What the context-menu handler stores (background/context-menu.ts) before it opens the page.
    await worker.evaluate(() =>
      (globalThis as unknown as SessionStorage).chrome.storage.session.set({ trainerText: 'Wij sturen u reeds de brief.' }),
    );
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

  it('lists the hardest sentences, the hardest first, and shows one in the text (and saves the screenshot)', async () => {
    const { page, errors, text } = await openWithLetter(0);
    mkdirSync(resolve(SCREENSHOT, '..'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(await seriousViolations(page)).toEqual([]);

    // Greetings and signatures (no full stop) are no sentences to rewrite.
    const sentences = check(text).sentences.filter((s) => s.words > 0 && /[.!?…]["'’”)]*$/.test(text.slice(s.start, s.end).trim()));
    const lowest = Math.min(...sentences.map((s) => s.fleschDouma));
    const items = page.locator('.hardest button');
    expect(await items.count()).toBe(Math.min(5, sentences.length));
    const first = items.first();
    expect(Number(await first.getAttribute('data-flesch-douma'))).toBe(lowest);
    const number = Number(await first.getAttribute('data-sentence'));
    const sentence = check(text).sentences[number - 1];
    expect(sentence.fleschDouma).toBe(lowest);
    expect(await first.textContent()).toContain(`${sentence.words} woorden`);
    // The list is ordered: each next sentence is at least as easy.
    const scores = await items.evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-flesch-douma'))));
    expect(scores).toEqual([...scores].sort((a, b) => a - b));

    // Enter on the sentence frames it in the marked text and moves the focus there.
    await first.focus();
    await page.keyboard.press('Enter');
    const frame = page.locator('.marked .sentence-focus');
    expect((await frame.textContent())?.trim()).toBe(text.slice(sentence.start, sentence.end).trim());
    expect(await page.evaluate(() => document.activeElement?.classList.contains('sentence-focus'))).toBe(true);
    expect(await page.getByRole('status').textContent()).toBe(t.sentenceShown(number));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows before and after: the replaced words deleted, the suggestion inserted, both scores', async () => {
    const { page, errors, text } = await openWithLetter(0);
    const finding = check(text).findings.find((f) => f.rule === 'jargon' && f.suggestions.length > 0)!;
    await page
      .locator(`mark[data-rule="jargon"][aria-label="${finding.text} (${textsOf('jargon').title})"]`)
      .first()
      .click();
    await page.locator('.card .suggestion').first().click();
    const after = await page.locator('#trainer-text').inputValue();
    expect(after).toBe(text.slice(0, finding.start) + finding.suggestions[0] + text.slice(finding.end));

    await page.getByRole('button', { name: t.compare }).click();
    const before = page.locator('[data-compare="before"]');
    const now = page.locator('[data-compare="after"]');
    const deleted = (await before.locator('del').allTextContents()).join(' ');
    const inserted = (await now.locator('ins').allTextContents()).join(' ');
    for (const word of finding.text.split(/\s+/)) expect(deleted).toContain(word);
    for (const word of finding.suggestions[0].split(/\s+/)) expect(inserted).toContain(word);
    // Each side shows only its own changes, and not only by colour.
    expect(await before.locator('ins').count()).toBe(0);
    expect(await now.locator('del').count()).toBe(0);
    expect(
      await before
        .locator('del')
        .first()
        .evaluate((el) => getComputedStyle(el).textDecorationLine),
    ).toContain('line-through');
    expect(
      await now
        .locator('ins')
        .first()
        .evaluate((el) => getComputedStyle(el).textDecorationLine),
    ).toContain('underline');
    // Both sets of scores, each the engine's for its text.
    expect(Number(await before.locator('[data-compare-score="fleschDouma"]').getAttribute('data-value'))).toBe(
      check(text).stats.fleschDouma,
    );
    expect(Number(await now.locator('[data-compare-score="fleschDouma"]').getAttribute('data-value'))).toBe(check(after).stats.fleschDouma);
    expect(Number(await before.locator('[data-compare-score="findings"]').textContent())).toBe(check(text).findings.length);
    expect(Number(await now.locator('[data-compare-score="findings"]').textContent())).toBe(check(after).findings.length);
    expect(await page.locator('[data-score-before="brouwer"]').getAttribute('data-value')).toBe(String(check(text).stats.brouwer));
    expect(await page.locator('[data-score="brouwer"]').getAttribute('data-value')).toBe(String(check(after).stats.brouwer));
    expect(await seriousViolations(page)).toEqual([]);

    // "Dit is de versie van voor": the current text becomes the original, so nothing is changed any more.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: t.setOriginal }).click();
    expect(await page.locator('.compare del, .compare ins').count()).toBe(0);
    expect(await page.locator('.compare').textContent()).toContain(t.unchanged);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('presentation mode: on and off, every finding by keyboard, apply, one category at a time', async () => {
    const { page, errors, text } = await openWithLetter(0);
    await page.getByRole('button', { name: t.present }).click();
    await expect.poll(() => page.locator('main.presenting').count()).toBe(1);
    // The keys are on screen.
    for (const [key] of t.keyList) await expect.poll(() => page.locator('.keys kbd', { hasText: key }).count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);

    // Apply the first suggestion of the first finding that has one, reached with → alone.
    const order = readingOrder(check(text).findings);
    const k = order.findIndex((f) => f.suggestions.length > 0);
    for (let i = 0; i <= k; i++) await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toEqual({ tag: 'MARK', finding: String(k) });
    await page.keyboard.press('v');
    const f = order[k];
    const applied = text.slice(0, f.start) + f.suggestions[0] + text.slice(f.end);
    await expect.poll(() => page.locator('#trainer-text').inputValue()).toBe(applied);
    expect(await page.getByRole('status').textContent()).toBe(t.applied(f.text, f.suggestions[0]));
    expect(Number(await page.locator('[data-score="fleschDouma"]').getAttribute('data-value'))).toBe(check(applied).stats.fleschDouma);

    // → reaches every visible finding once, then goes round; ← goes back.
    const findings = check(applied).findings;
    const stops = new Set<string>();
    for (let i = 0; i < findings.length; i++) {
      await page.keyboard.press('ArrowRight');
      const now = await focused(page);
      expect(now.tag).toBe('MARK');
      stops.add(now.finding!);
    }
    expect(stops.size).toBe(findings.length);
    const last = await focused(page);
    await page.keyboard.press('ArrowRight');
    const next = await focused(page);
    await page.keyboard.press('ArrowLeft');
    expect(await focused(page)).toEqual(last);
    expect(next.finding).not.toBe(last.finding);

    // C shows one category at a time, in legend order; after the last, all again. A shows all.
    const present = CATEGORIES.map((c) => c.rule).filter((rule) => findings.some((x) => x.rule === rule));
    const shownRules = () =>
      page.locator('mark[data-rule]').evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-rule')))]);
    for (const rule of present) {
      await page.keyboard.press('c');
      await expect.poll(shownRules).toEqual([rule]);
      expect(await page.locator('mark[data-finding]').count()).toBe(findings.filter((x) => x.rule === rule).length);
    }
    await page.keyboard.press('c');
    await expect.poll(() => page.locator('mark[data-finding]').count()).toBe(findings.length);
    await page.keyboard.press('C');
    await expect.poll(shownRules).toEqual([present.at(-1)]);
    // Only that category's findings are focus stops now.
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-rule'))).toBe(present.at(-1));
    await page.keyboard.press('a');
    await expect.poll(() => page.locator('mark[data-finding]').count()).toBe(findings.length);

    // Typing in the text box is typing, not a command.
    const box = page.locator('#trainer-text');
    await box.focus();
    await page.keyboard.press('End');
    await page.keyboard.type('ca');
    expect(await box.inputValue()).toBe(`${applied}ca`);
    expect(await page.locator('main.presenting').count()).toBe(1);
    expect((await shownRules()).length).toBeGreaterThan(1);
    await page.keyboard.press('Escape');
    expect(await page.locator('main.presenting').count()).toBe(1);

    // With a card open, Escape closes the card first; the next Escape (outside the text box) leaves, full
    // screen too if the browser had granted it.
    await page.locator('mark[data-finding="0"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.locator('.card').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.card').count()).toBe(0);
    expect(await page.locator('main.presenting').count()).toBe(1);
    await page.locator('mark[data-finding="0"]').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('main.presenting').count()).toBe(0);
    expect(await page.locator('.keys').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('presentation mode works when the browser refuses full screen', async () => {
    const { page, errors } = await openWithLetter(2);
    for (const refuse of ['reject', 'throw', 'missing']) {
      await page.evaluate((how) => {
        const root = document.documentElement as unknown as { requestFullscreen?: () => Promise<void> };
        if (how === 'reject') root.requestFullscreen = () => Promise.reject(new TypeError('Permissions check failed'));
        else if (how === 'throw')
          root.requestFullscreen = () => {
            throw new TypeError('Not allowed');
          };
        else root.requestFullscreen = undefined;
      }, refuse);
      await page.getByRole('button', { name: t.present }).click();
      await expect.poll(() => page.locator('main.presenting').count()).toBe(1);
      await page.keyboard.press('ArrowRight');
      const stop = await focused(page);
      expect(stop.tag, refuse).toBe('MARK');
      expect(stop.finding, refuse).not.toBeNull();
      await page.keyboard.press('Escape'); // closes the card
      await page.keyboard.press('Escape'); // leaves presentation mode
      await expect.poll(() => page.locator('main.presenting').count()).toBe(0);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('copies the improved text, and says so; says it clearly when the browser refuses', async () => {
    const session = browser.session();
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { page, errors, text } = await openWithLetter(1);
    await fixableJargon(page, text).click();
    await page.locator('.card .suggestion').first().click();
    const improved = await page.locator('#trainer-text').inputValue();
    await page.getByRole('button', { name: t.copy }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe(t.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(improved);

    // Pasting into an empty box makes a new original: before/after then starts from the pasted text.
    const box = page.locator('#trainer-text');
    await box.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    expect(await box.inputValue()).toBe('');
    await page.keyboard.press('Control+V');
    expect(await box.inputValue()).toBe(improved);
    await page.getByRole('button', { name: t.compare }).click();
    expect(await page.locator('.compare').textContent()).toContain(t.unchanged);
    // Typing afterwards changes only the current text.
    await box.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Tot dan.');
    await expect
      .poll(() => page.locator('.compare ins').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('dan')]));
    expect(await page.locator('[data-compare="before"] [data-compare-score="findings"]').textContent()).toBe(
      String(check(improved).findings.length),
    );

    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Refused', 'NotAllowedError'));
    });
    await page.getByRole('button', { name: t.copy }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe(t.copyRefused);
    expect(errors).toEqual([]);
    await page.close();
    await session.context.clearPermissions();
  });

  it('keeps the trainer\'s work: asks before a letter replaces an edited text; a paste over everything starts a new original; "alleen deze"', async () => {
    const session = browser.session();
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { page, errors } = await openWithLetter(0);
    await page.locator('mark[data-rule="jargon"]').first().click();
    await page.locator('.card .suggestion').first().click();
    const edited = await page.locator('#trainer-text').inputValue();

    // Another letter: the browser asks first; "no" keeps the edited text, "yes" loads the letter.
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('button', { name: EXAMPLE_LETTERS[1].title }).click();
    expect(await page.locator('#trainer-text').inputValue()).toBe(edited);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: EXAMPLE_LETTERS[1].title }).click();
    await expect.poll(() => page.locator('#trainer-text').inputValue()).toBe(EXAMPLE_LETTERS[1].text);

    // Select everything and paste another letter: that letter is the new "before".
    const pasted = 'Gelieve het formulier te retourneren. Uw aanvraag wordt door de dienst behandeld.';
    await page.evaluate((text) => navigator.clipboard.writeText(text), pasted);
    const box = page.locator('#trainer-text');
    await box.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+V');
    expect(await box.inputValue()).toBe(pasted);
    expect(await page.locator('[data-score-before="findings"]').getAttribute('data-value')).toBe(String(check(pasted).findings.length));

    // "alleen deze": only that category's marks stay.
    await page.getByRole('button', { name: t.showOnly(textsOf('passive-voice').title) }).click();
    expect(await page.locator('mark[data-rule="passive-voice"]').count()).toBeGreaterThan(0);
    expect(await page.locator('mark:not([data-rule="passive-voice"])').count()).toBe(0);
    expect(await page.getByRole('status').textContent()).toContain(textsOf('passive-voice').title);
    await page.getByRole('button', { name: t.showAll }).click();
    expect(await page.locator('mark[data-rule="jargon"]').count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: t.showAll }).count()).toBe(0);

    // "Nieuwe tekst" empties the box (after asking, because the text is not the one that was loaded).
    page.once('dialog', (dialog) => void dialog.accept());
    await box.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Tot dan.');
    await page.getByRole('button', { name: t.newText }).click();
    expect(await box.inputValue()).toBe('');
    expect(errors).toEqual([]);
    await page.close();
    await session.context.clearPermissions();
  });

  it('prints a one-page report: the marked text, the counts, the scores before and after, no controls', async () => {
    // The page count is read from a PDF of the longest letter (if it fits, the shorter ones do).
    const longest = EXAMPLE_LETTERS.reduce((a, b, i) => (b.text.length > EXAMPLE_LETTERS[a].text.length ? i : a), 0);
    for (let index = 0; index < EXAMPLE_LETTERS.length; index++) {
      const { page, errors, text } = await openWithLetter(index);
      await fixableJargon(page, text).click();
      await page.locator('.card .suggestion').first().click();
      await page.emulateMedia({ media: 'print' });
      for (const control of ['.toolbar', '#trainer-text', '.examples', '.how-to', '.hardest', '.categories input >> nth=0'])
        expect(await page.locator(control).isVisible(), control).toBe(false);
      for (const part of [
        '.report-title',
        '.marked',
        '.categories',
        '.scores',
        '[data-score-before="fleschDouma"]',
        '[data-score="fleschDouma"]',
      ])
        expect(await page.locator(part).first().isVisible(), part).toBe(true);
      expect(await page.locator('[data-score-before="fleschDouma"]').getAttribute('data-value')).toBe(
        String(check(text).stats.fleschDouma),
      );
      // In black and white a finding still says its category: its number from the list follows it.
      const tag = await page
        .locator('.marked mark[data-tag]')
        .first()
        .evaluate((el) => [el.getAttribute('data-tag'), getComputedStyle(el, '::after').content]);
      expect(tag[1]).toBe(`"${tag[0]}"`);
      if (index === longest) {
        const pdf = await page.pdf({ format: 'A4' });
        expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
      }
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});
