/**
 * A page that watches everything it can (DOM, open shadow roots, style sheets, the highlight registry,
 * attributes, storage, hit testing) and presses everything it can reach, in Chromium and in Firefox. With a
 * private own word and an ignored word seeded, it must learn neither, nor which words are marked or why, nor
 * read the card, nor change anything, and a focus() of its own must not start Klaretaal.
 */
import { RULE_IDS } from '../../contract/index';
import { describe, expect, it } from 'vitest';
import { BROWSERS, useBrowser, type TestBrowser, type TestPage } from './drivers';
import { clickAt, clickButton, fillIn, focusEditor, marks, pressCardButton, setText, until, wait, wordRectsText } from './measure';

const OWN_WORD = 'wijkwerking';
const PRIVATE_ALTERNATIVE = 'buurtploegvanons';
const PRIVATE_EXPLANATION = 'geheimeuitlegxyz';
const IGNORED = 'reeds';
const TITLES = ['Moeilijk woord', 'Lange zin', 'Lijdende vorm', 'Afkorting', 'Negeer dit woord altijd', 'Zet deze controle uit'];

interface Spy {
  html: string;
  openRoots: string[];
  highlights: { name: string; ranges: string[] }[];
  sheets: string;
  adopted: string;
  hostShadow: unknown;
  hostStyle: string;
  hostText: string;
  attributes: string[];
  mutations: { type: string; target: string; attribute: string | null; added: string[] }[];
  storage: string[];
  extensionApi: string[];
  active: string;
}

const spy = (page: TestPage) => page.evaluate(() => (window as unknown as { spy(): Spy }).spy());

/** What the page learned, without its own text (which it wrote itself). */
function learned(s: Spy, ownText: string): string {
  return JSON.stringify({ ...s, html: s.html.replace(ownText, '') });
}

async function seed(browser: TestBrowser): Promise<void> {
  // A private own word, added on the options page as a user does.
  const options = await browser.extensionPage('options.html');
  await fillIn(options, 'Woord of woordgroep', OWN_WORD);
  await fillIn(options, 'Schrijf liever', PRIVATE_ALTERNATIVE);
  await fillIn(options, 'Uitleg', PRIVATE_EXPLANATION);
  await clickButton(options, 'Voeg toe');
  await until(
    () => options.evaluate(() => document.body.textContent ?? ''),
    (t) => t.includes('is toegevoegd'),
  );
  await options.close();
  // An ignored word, with "Negeer dit woord altijd" on an ordinary page.
  const page = await browser.open('textarea');
  await setText(page, '');
  await focusEditor(page);
  await page.type(`Wij sturen u ${IGNORED} de brief.`);
  const [word] = await until(
    () => wordRectsText(page, '#field', IGNORED),
    (r) => r.length === 1,
  );
  await until(
    () => marks(page, 'jargon'),
    (m) => m.length === 1,
  );
  await clickAt(page, word);
  await pressCardButton(page, 'Negeer dit woord altijd');
  await until(
    () => marks(page, 'jargon'),
    (m) => m.length === 0,
  );
  await page.close();
}

/** What the extension keeps: the settings and the ignored words (to prove the page changed nothing). */
const stored = (browser: TestBrowser) =>
  browser.background(async (api) => {
    const { settings } = await api.storage.local.get('settings');
    return JSON.stringify(settings ?? null);
  });

describe.each(BROWSERS)('%s', (name) => {
  const browser = useBrowser(name);

  it('a page learns nothing of the user’s words or our marks, cannot read the card, and cannot press anything', async () => {
    await seed(browser());
    const page = await browser().open('hostile');
    // A focus() of the page's own, with no user action: Klaretaal does not start.
    await page.evaluate(() => document.getElementById('field')!.focus());
    await wait(1500);
    expect((await page.probe()).present).toBe(false);
    expect((await spy(page)).hostText).toBe('');

    // The user writes: the own word is marked, the ignored one is not (the extension itself sees this).
    const text = `Wij sturen u ${IGNORED} de brief over de ${OWN_WORD}.`;
    await focusEditor(page);
    await page.type(text);
    const typed = Date.now();
    let found = await until(
      () => marks(page, 'jargon'),
      (m) => m.length === 1,
    );
    if (found.length === 0) {
      // Seen in Firefox under a loaded CI (never locally, ~300 ms there; 2 of 5 CI runs on 2026-11-30): no mark at
      // all after the first click and typing, while the page script is there. Since then the page asks again when a
      // check gets no answer (page/check-request.ts: within about 4 s, inside this wait), so a log line here means
      // another cause. The probe is logged, and the user types on: a space and its undo, so the text stays the
      // same and the field is checked again.
      // Seen once more in CI on 2026-11-30 with the retry in place (overlay there, no marks, also after typing on):
      // log what the field holds and what has focus, to tell a lost keyboard focus from a check gone wrong.
      const field = await page.evaluate(() => ({
        value: (document.getElementById('field') as HTMLTextAreaElement).value,
        active: document.activeElement?.id ?? document.activeElement?.nodeName,
        focused: document.hasFocus(),
      }));
      console.log(
        `${browser().name}: no mark ${Date.now() - typed} ms after typing; field ${JSON.stringify(field)}; probe ${JSON.stringify(await page.probe())}`,
      );
      await focusEditor(page);
      await page.press('End');
      await page.type(' ');
      await page.press('Backspace');
      found = await until(
        () => marks(page, 'jargon'),
        (m) => m.length === 1,
      );
    }
    console.log(`${browser().name}: first mark ${Date.now() - typed} ms after typing`);
    expect(found).toHaveLength(1);
    const [own] = await wordRectsText(page, '#field', OWN_WORD);
    expect(Math.abs(found[0].left - own.left)).toBeLessThan(2);

    let seen = await spy(page);
    const secrets = [PRIVATE_ALTERNATIVE, PRIVATE_EXPLANATION, ...TITLES];
    for (const secret of secrets) expect(learned(seen, text)).not.toContain(secret);
    for (const rule of RULE_IDS) expect(learned(seen, text)).not.toContain(`"${rule}`);
    expect(seen.hostShadow).toBe(null); // closed
    expect(seen.openRoots).toEqual([]);
    expect(seen.highlights).toEqual([]); // nothing in the highlight registry: no word, no rule
    expect(seen.sheets + seen.adopted).not.toMatch(/klaretaal|highlight/i);
    expect(seen.attributes.join(' ')).not.toMatch(/klaretaal/i);
    // The only thing the page saw happen: our (empty-looking) element was added once.
    expect(seen.mutations.filter((m) => m.added.some((a) => /klaretaal/i.test(a)))).toEqual([
      { type: 'childList', target: 'HTML', attribute: null, added: ['<klaretaal-overlay></klaretaal-overlay>'] },
    ]);
    expect(seen.extensionApi).not.toContain('sendMessage');

    // The user opens the card on the own word: the page cannot read it either.
    await clickAt(page, own);
    const card = await until(
      () => page.probe().then((p) => p.card),
      (c) => c !== null,
    );
    expect(card!.text).toContain(PRIVATE_ALTERNATIVE); // it is there, for the user
    seen = await spy(page);
    for (const secret of secrets) expect(learned(seen, text)).not.toContain(secret);

    // The page presses everything it can reach: nothing happens.
    const before = await stored(browser());
    await page.evaluate(() => (window as unknown as { tryPress(): void }).tryPress());
    await wait(800);
    expect(await page.evaluate(() => (document.getElementById('field') as HTMLTextAreaElement).value)).toBe(text);
    expect((await page.probe()).card?.text).toContain(PRIVATE_ALTERNATIVE); // still open: not even closed
    expect(await stored(browser())).toBe(before);
    expect((await marks(page, 'jargon')).length).toBe(1);

    // The control: the same button pressed by the user does work.
    await pressCardButton(page, PRIVATE_ALTERNATIVE);
    expect(
      await until(
        () => page.evaluate(() => (document.getElementById('field') as HTMLTextAreaElement).value),
        (value) => value.includes(PRIVATE_ALTERNATIVE),
      ),
    ).toBe(text.replace(OWN_WORD, PRIVATE_ALTERNATIVE));
    await page.close();
  });

  it('caused no uncaught error in any page or script', async () => {
    expect(await browser().errors()).toEqual([]);
  });
});
