/**
 * The trainer page: example letters, counts per category, hiding a category, applying a suggestion, the
 * hardest sentences, before/after, presentation mode by keyboard alone, copy, the printed report and its
 * choices, and axe-core (Chromium); in both browsers, the page at projector sizes: nothing cut off, the marked
 * text on the first screen, the marks of an open card always on screen, and lines and frames in the text.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, textsOf } from '../../ui/categories';
import { check } from '../../engine/index';
import { RULE_IDS, Finding } from '../../contract/index';
import { EXAMPLE_LETTERS } from '../../ui/trainer/example-letters';
import { hardestSentences } from '../../ui/trainer/hardest';
import { nl } from '../../locales/nl';
import { seriousViolations } from './axe';
import { BROWSERS, useBrowser, type TestBrowser, type TestPage } from './drivers';
import { useSession } from './harness';
import { clickButton, until } from './measure';
import { artifactsDir } from './server';

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

  it('prints what the trainer chooses in its dialog: before/after and the hardest sentences; every category, also those hidden on screen', async () => {
    const { page, errors, text } = await openWithLetter(0);
    await fixableJargon(page, text).click();
    await page.locator('.card .suggestion').first().click();
    const after = await page.locator('#trainer-text').inputValue();
    // Two categories hidden on screen.
    const hiddenRules = ['passive-voice', 'long-sentence'] as const;
    for (const rule of hiddenRules) await page.getByRole('checkbox', { name: t.show(textsOf(rule).title) }).uncheck();
    expect(await page.locator('mark[data-rule="passive-voice"]:visible').count()).toBe(0);
    // The browser's print, as far as the page sees it: "beforeprint", then the page as it is printed (recorded
    // here), then "afterprint" (sent by the test once it has looked at the print).
    type Printed = { compare: number; hardest: number; hiddenMarks: number };
    await page.evaluate(() => {
      const w = window as unknown as { printed: Printed[] };
      w.printed = [];
      window.print = () => {
        window.dispatchEvent(new Event('beforeprint'));
        w.printed.push({
          compare: document.querySelectorAll('.compare del').length,
          hardest: document.querySelectorAll('.printed-hardest li').length,
          hiddenMarks: document.querySelectorAll('mark[data-rule="passive-voice"]').length,
        });
      };
    });
    const printed = () => page.evaluate(() => (window as unknown as { printed: Printed[] }).printed);
    const afterPrint = () => page.evaluate(() => window.dispatchEvent(new Event('afterprint')));

    await page.getByRole('button', { name: t.print }).click();
    const dialog = page.getByRole('dialog', { name: t.print });
    await dialog.waitFor();
    const compare = dialog.getByRole('checkbox', { name: t.printCompare });
    const hardest = dialog.getByRole('checkbox', { name: t.printHardest });
    expect(await compare.isChecked()).toBe(false);
    expect(await hardest.isChecked()).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    await compare.check();
    await hardest.check();
    await dialog.getByRole('button', { name: t.printNow }).click();
    await expect.poll(printed).toHaveLength(1);
    const sentences = hardestSentences(after, check(after).sentences, 5);
    expect((await printed())[0]).toEqual({ compare: expect.any(Number), hardest: sentences.length, hiddenMarks: expect.any(Number) });
    expect((await printed())[0].compare).toBeGreaterThan(0);
    expect((await printed())[0].hiddenMarks).toBeGreaterThan(0);
    expect(await dialog.isVisible()).toBe(false);

    // As wide as an A4 page at 96 dpi.
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    // Before and after side by side, with the words that went and came.
    const sides = await page.locator('[data-compare]').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
    expect(sides).toHaveLength(2);
    expect(sides[1]).toBe(sides[0]);
    expect(await page.locator('[data-compare="after"] ins').first().isVisible()).toBe(true);
    // The hardest sentences, each in full.
    expect(await page.locator('.printed-hardest li').allTextContents()).toEqual(sentences.map((s) => expect.stringContaining(s.text)));
    // Every category with its count, and the marks of the hidden ones in the printed text too.
    const result = check(after);
    expect(await page.locator('.categories li:visible').count()).toBe(RULE_IDS.length);
    for (const rule of RULE_IDS)
      expect(await page.locator(`.count[data-rule="${rule}"]`).textContent(), rule).toBe(
        String(result.findings.filter((f) => f.rule === rule).length),
      );
    for (const rule of hiddenRules)
      expect(await page.locator(`.marked mark[data-rule="${rule}"]:visible`).count(), rule).toBeGreaterThan(0);
    expect(await page.locator('.marked:visible').count()).toBe(1);
    expect(await page.locator('.marked mark[data-tag]:visible').count()).toBe(result.findings.length);
    expect(await page.locator('.print-dialog').isVisible()).toBe(false);

    // On screen the hidden categories stay hidden, and the extras are not there.
    await afterPrint();
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('mark[data-rule="passive-voice"]').count()).toBe(0);
    expect(await page.locator('mark[data-rule="passive-voice"]:visible').count()).toBe(0);
    expect(await page.locator('.compare:visible, .printed-hardest:visible').count()).toBe(0);

    // The choice can be undone: the next report is the short one again.
    await page.getByRole('button', { name: t.print }).click();
    expect(await compare.isChecked()).toBe(true);
    await compare.uncheck();
    await hardest.uncheck();
    await dialog.getByRole('button', { name: t.printNow }).click();
    await expect.poll(printed).toHaveLength(2);
    expect((await printed())[1]).toEqual({ compare: 0, hardest: 0, hiddenMarks: expect.any(Number) });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.compare:visible, .printed-hardest:visible').count()).toBe(0);
    await afterPrint();
    // "Annuleer" prints nothing.
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: t.print }).click();
    await dialog.getByRole('button', { name: t.printCancel }).click();
    expect(await dialog.isVisible()).toBe(false);
    expect(await printed()).toHaveLength(2);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** The sizes of a projector or a big screen the trainer page must fit. */
const SCREENS = [
  [1280, 720],
  [1920, 1080],
] as const;

/** The trainer page at a size, with an example letter loaded by a click; full screen refused, so the size stays. */
async function openTrainer(browser: TestBrowser, width: number, height: number, letter = 0): Promise<TestPage> {
  const page = await browser.extensionPage('oefenen.html');
  await page.setViewport(width, height);
  // Full screen would give the (headless) screen's size instead of the one under test; the page works without.
  await page.evaluate(() => {
    (document.documentElement as { requestFullscreen?: unknown }).requestFullscreen = undefined;
  });
  await clickButton(page, EXAMPLE_LETTERS[letter].title);
  const loaded = () => page.evaluate(() => (document.querySelector('#trainer-text') as HTMLTextAreaElement | null)?.value ?? '');
  expect(await until(loaded, (v) => v === EXAMPLE_LETTERS[letter].text)).toBe(EXAMPLE_LETTERS[letter].text);
  await page.evaluate(() => window.scrollTo(0, 0));
  return page;
}

const presenting = (page: TestPage) => page.evaluate(() => document.querySelector('main.presenting') !== null);

/** Start presentation mode with a click on its button. */
async function present(page: TestPage): Promise<void> {
  await clickButton(page, t.present);
  expect(await until(() => presenting(page), Boolean)).toBe(true);
}

/** Where things are, in the viewport (CSS pixels). */
function layout() {
  const box = (el: Element | null) => {
    if (!el || el.getClientRects().length === 0) return null;
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
  };
  const width = document.documentElement.clientWidth;
  const main = document.querySelector('main')!;
  // Every element of the page shown, left of the right edge and right of the left edge.
  const outside = [...main.querySelectorAll('*')]
    .filter((el) => {
      const r = el.getBoundingClientRect();
      return el.getClientRects().length > 0 && r.width > 0 && (r.left < -0.5 || r.right > width + 0.5);
    })
    .map(
      (el) =>
        `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().left)}–${Math.round(el.getBoundingClientRect().right)}`,
    );
  // No part wider than its own scrolling box (that part would be cut off inside it); text for screen readers only
  // is clipped on purpose.
  const overflowing = [main, ...main.querySelectorAll('*')]
    .filter((el) => {
      const style = getComputedStyle(el);
      if (style.overflowX === 'visible' || style.clipPath !== 'none' || el.tagName === 'TEXTAREA') return false;
      return el.scrollWidth > el.clientWidth + 1;
    })
    .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
  // Text of a button or a category on more than one line: a text node of it in rectangles at different heights.
  const lines = (el: Element) => {
    let most = 0;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.top);
      most = Math.max(most, tops.filter((top, i) => tops.findIndex((other) => Math.abs(other - top) < 4) === i).length);
    }
    return most;
  };
  const wrapped = [...document.querySelectorAll('.categories .only, .toolbar button, .categories label')]
    .filter((el) => el.getClientRects().length > 0 && lines(el) > 1)
    .map((el) => el.textContent);
  return {
    width,
    height: window.innerHeight,
    scrollY: window.scrollY,
    pageWidth: document.documentElement.scrollWidth,
    title: box(document.querySelector('h1')),
    marked: box(document.querySelector('.marked')),
    firstMark: box(document.querySelector('.marked mark')),
    current: box(document.querySelector('.marked mark[aria-current="true"]')),
    focused: document.activeElement?.getAttribute('data-finding') ?? null,
    card: box(document.querySelector('.card')),
    compare: box(document.querySelector('.compare')),
    outside,
    overflowing,
    wrapped,
  };
}

/**
 * What lies over a letter in the marked text: every element there that draws a frame (a border, an outline or
 * an outer shadow) must keep its lines and background off every word it does not hold, and each word it holds
 * must sit inside its padding on its own line (every line has its own sides: box-decoration-break: clone); no
 * clipping ancestor may cut off the frame around the element in focus.
 */
function lettersUnderFrames(): string[] {
  const root = document.querySelector('.marked');
  if (!root) return ['no marked text'];
  type Box = { left: number; top: number; right: number; bottom: number };
  const px = (v: string) => parseFloat(v) || 0;
  const grow = (r: Box, d: number): Box => ({ left: r.left - d, top: r.top - d, right: r.right + d, bottom: r.bottom + d });
  const shrink = (r: Box, [top, right, bottom, left]: number[]): Box => ({
    left: r.left + left,
    top: r.top + top,
    right: r.right - right,
    bottom: r.bottom - bottom,
  });
  const meets = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
  const within = (a: Box, b: Box) => a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
  // Every word (a run of letters, digits and signs) of the text, one rectangle per line it takes.
  const words: { text: string; rect: Box; node: Text }[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null)
    for (const m of node.data.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, m.index!);
      range.setEnd(node, m.index! + m[0].length);
      for (const rect of range.getClientRects()) if (rect.width > 0) words.push({ text: m[0], rect, node });
    }
  const problems: string[] = [];
  const sides = ['top', 'right', 'bottom', 'left'];
  for (const el of [root, ...root.querySelectorAll('*')]) {
    const style = getComputedStyle(el);
    const border = sides.map((side) =>
      style.getPropertyValue(`border-${side}-style`) === 'none' ? 0 : px(style.getPropertyValue(`border-${side}-width`)),
    );
    const outline = style.outlineStyle === 'none' ? 0 : px(style.outlineWidth) + Math.max(0, px(style.outlineOffset));
    let shadow = 0;
    if (style.boxShadow !== 'none')
      for (const one of style.boxShadow.split(/,(?![^(]*\))/)) {
        if (one.includes('inset')) continue;
        const [x = 0, y = 0, blur = 0, spread = 0] = (one.replace(/rgba?\([^)]*\)/g, '').match(/-?[\d.]+px/g) ?? []).map(px);
        shadow = Math.max(shadow, Math.max(Math.abs(x), Math.abs(y)) + blur + spread);
      }
    const reach = Math.max(outline, shadow);
    if (Math.max(...border, reach) === 0) continue;
    const padding = sides.map((side) => px(style.getPropertyValue(`padding-${side}`)));
    const name = `${el.tagName.toLowerCase()}${el.className ? `.${el.className}` : ''} “${(el.textContent ?? '').slice(0, 24)}…”`;
    const lines = [...el.getClientRects()];
    for (const line of lines)
      for (const word of words)
        if (meets(grow(line, reach), word.rect) && !(el.contains(word.node) && within(word.rect, shrink(line, border))))
          problems.push(`${name} lies over “${word.text}”`);
    for (const word of words)
      if (el.contains(word.node) && !lines.some((line) => within(word.rect, shrink(shrink(line, border), padding))))
        problems.push(`“${word.text}” touches the edge of ${name}`);
    // A frame around the element in focus is scrolled into view, and nothing may cut it off.
    if (el === root || !el.contains(document.activeElement)) continue;
    for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
      const clip = getComputedStyle(up);
      if (clip.overflowX === 'visible' && clip.overflowY === 'visible' && clip.clipPath === 'none') continue;
      const area = up.getBoundingClientRect();
      if (lines.some((line) => !within(grow(line, reach), area)))
        problems.push(`${name} is cut off by ${up.tagName.toLowerCase()}.${up.className}`);
    }
  }
  return [...new Set(problems)];
}

describe.each(BROWSERS)('the trainer page on a projector, %s', (name) => {
  const browser = useBrowser(name);
  const pictures = resolve(artifactsDir, 'trainer');

  it('fits 1280×720 and 1920×1080: nothing cut off, the marked text on the first screen, the title always in view while presenting (screenshots)', async ({
    annotate,
  }) => {
    mkdirSync(pictures, { recursive: true });
    const findings = check(EXAMPLE_LETTERS[0].text).findings.length;
    for (const [width, height] of SCREENS) {
      const size = `${width}×${height}`;
      const page = await openTrainer(browser(), width, height);
      const start = await page.evaluate(layout);
      // The width less a scroll bar, if the browser shows one.
      expect(start.height, size).toBe(height);
      expect(start.width, size).toBeGreaterThan(width - 20);
      // The marked text starts high on the first screen; its first mark is on it.
      expect(start.marked!.top + start.scrollY, size).toBeLessThan(400);
      expect(start.firstMark!.bottom + start.scrollY, size).toBeLessThan(height);
      expect(start.outside, size).toEqual([]);
      expect(start.overflowing, size).toEqual([]);
      expect(start.pageWidth, size).toBeLessThanOrEqual(start.width);
      expect(start.wrapped, size).toEqual([]);
      const picture = resolve(pictures, `oefenen-${name}-${width}x${height}.png`);
      await page.screenshot(picture);
      await annotate(`the trainer page at ${size} (${name})`, { path: picture, contentType: 'image/png' });

      // Presenting: → through every finding; the title stays on screen, whole, and so does the open finding.
      await present(page);
      const seen: string[] = [];
      for (let i = 0; i < findings; i++) {
        await page.press('ArrowRight');
        const now = await until(
          () => page.evaluate(layout),
          (l) => l.focused === String(i) && l.card !== null,
          5_000,
        );
        if (now.title!.top < 0 || now.title!.bottom > now.height)
          seen.push(`finding ${i}: title at ${now.title!.top}–${now.title!.bottom}`);
        if (!now.current || now.current.top < 0 || now.current.bottom > now.height)
          seen.push(`finding ${i}: its mark at ${now.current?.top}–${now.current?.bottom}`);
        if (i === 0) {
          expect(now.outside, `${size} presenting`).toEqual([]);
          expect(now.overflowing, `${size} presenting`).toEqual([]);
          expect(now.pageWidth, `${size} presenting`).toBeLessThanOrEqual(now.width);
          expect(now.wrapped, `${size} presenting`).toEqual([]);
          const shot = resolve(pictures, `oefenen-${name}-${width}x${height}-presentatie.png`);
          await page.screenshot(shot);
          await annotate(`presentation mode at ${size}, a card open (${name})`, { path: shot, contentType: 'image/png' });
        }
      }
      expect(seen, size).toEqual([]);
      await page.close();
    }
  });

  it('presentation mode shows the marks of the finding whose card is open, also right after "Voor en na"', async () => {
    const page = await openTrainer(browser(), 1280, 720);
    await present(page);
    await clickButton(page, t.compare);
    expect(
      (
        await until(
          () => page.evaluate(layout),
          (l) => l.compare !== null,
        )
      ).compare!.height,
    ).toBeGreaterThan(0);
    const pressed = () =>
      page.evaluate(
        (name) => [...document.querySelectorAll('.toolbar button')].find((b) => b.textContent === name)?.getAttribute('aria-pressed'),
        t.compare,
      );
    for (const i of [0, 1]) {
      await page.press('ArrowRight');
      const now = await until(
        () => page.evaluate(layout),
        (l) => l.card !== null && l.focused === String(i),
        5_000,
      );
      // The finding of the card is marked on screen, where the group can see it.
      expect(now.current, `finding ${i}`).not.toBeNull();
      expect(now.current!.width).toBeGreaterThan(0);
      expect(now.current!.top).toBeGreaterThanOrEqual(0);
      expect(now.current!.bottom).toBeLessThanOrEqual(now.height);
      expect(now.compare).toBeNull();
      expect(await pressed()).toBe('false');
    }
    // "Voor en na" with a card open: the card goes with the marks.
    await clickButton(page, t.compare);
    const comparing = await until(
      () => page.evaluate(layout),
      (l) => l.compare !== null,
    );
    expect(comparing.card).toBeNull();
    expect(await pressed()).toBe('true');
    await page.close();
  });

  it('underlines run on under descenders, and no frame in the text lies over a letter or is cut off', async () => {
    const text = EXAMPLE_LETTERS[0].text;
    const order = readingOrder(check(text).findings);
    const page = await openTrainer(browser(), 1280, 720);
    // The lines are drawn patterns (ui/lines.css) under the whole word, not text decorations that skip descenders.
    const skipInk = () =>
      page.evaluate(() => [
        ...new Set(
          [...document.querySelectorAll('.marked mark')].map((m) => {
            const style = getComputedStyle(m);
            return style.backgroundImage.includes('gradient') && style.textDecorationLine === 'none' ? 'none' : 'skips';
          }),
        ),
      ]);
    expect(await skipInk()).toEqual(['none']);
    expect(await page.evaluate(lettersUnderFrames), 'nothing open').toEqual([]);

    // A mark focused with Tab.
    await page.evaluate(() => (document.querySelector('mark[data-finding="2"]') as HTMLElement).focus());
    await page.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-finding'))).toMatch(/^\d+$/);
    expect(await page.evaluate(lettersUnderFrames), 'a mark focused').toEqual([]);

    // The card of a long sentence open: one box over several lines.
    const long = order.findIndex((f) => f.rule === 'long-sentence');
    const box = () => page.evaluate(() => document.querySelector('.marked .focus-box, .marked mark.current')?.getClientRects().length ?? 0);
    const mark = await page.evaluate((i) => {
      const r = document.querySelector(`mark[data-finding="${i}"]`)!.getBoundingClientRect();
      return { left: r.left, top: r.top, width: Math.min(r.width, 20), height: r.height };
    }, long);
    await page.click(mark.left + mark.width / 2, mark.top + mark.height / 2);
    await until(() => page.evaluate(() => document.querySelector('.card') !== null), Boolean);
    expect(await box()).toBeGreaterThan(1);
    expect(await page.evaluate(lettersUnderFrames), 'a long sentence open').toEqual([]);

    // The hardest sentence shown in the text.
    await page.evaluate(() => (document.querySelector('.hardest button') as HTMLElement).click());
    expect(
      await until(
        () => page.evaluate(() => document.querySelector('.sentence-focus')?.getClientRects().length ?? 0),
        (n) => n > 1,
      ),
    ).toBeGreaterThan(1);
    expect(await page.evaluate(lettersUnderFrames), 'a sentence shown').toEqual([]);

    // Presenting (thicker lines, a thicker box): every finding in turn.
    await present(page);
    expect(await skipInk()).toEqual(['none']);
    const problems: string[] = [];
    const visited = new Set<string>();
    let at = await page.evaluate(() => document.activeElement?.getAttribute('data-finding'));
    for (let i = 0; i < order.length; i++) {
      await page.press('ArrowRight');
      const was = at;
      at = await until(
        () => page.evaluate(() => document.activeElement?.getAttribute('data-finding')),
        (f) => f != null && f !== was,
        5_000,
      );
      visited.add(String(at));
      problems.push(...(await page.evaluate(lettersUnderFrames)).map((p) => `finding ${at} (${order[Number(at)]?.rule}): ${p}`));
    }
    expect(visited.size).toBe(order.length);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('caused no uncaught error', async () => {
    expect(await browser().errors()).toEqual([]);
  });
});
