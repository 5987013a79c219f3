/**
 * The README's pictures, made from the real extension in Chromium (like docs/oefenen.png by trainer.test.ts):
 * the card in a webmail editor (RoosterJS, the editor of Outlook on the web), the popup on that page, the options
 * page and the welcome page. Each picture is only saved after the test has seen what it must show.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSession } from './harness';
import { overlayBoxes, probeOf, tabIdOf, untilBoxes } from './support';

const browser = useSession();
const DOCS = resolve(import.meta.dirname, '..', '..', 'docs');
const picture = (name: string) => {
  mkdirSync(DOCS, { recursive: true });
  return resolve(DOCS, `${name}.png`);
};
const LETTER = 'Beste mevrouw,\n\nGelieve het formulier te retourneren. U dient uw loonbrief mee te brengen naar de afspraak.';

async function extensionPage(path: string, width = 900, height = 700): Promise<Page> {
  const session = browser.session();
  const page = await session.context.newPage();
  await page.setViewportSize({ width, height });
  page.on('pageerror', (e) => browser.pageErrors.push(`${path}: ${e.message}`));
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  return page;
}

describe('pictures for the README', () => {
  it('the card in Outlook’s editor, and the popup on that page', async () => {
    const mail = await browser.open('roosterjs');
    await mail.setViewportSize({ width: 900, height: 520 });
    await mail.evaluate((text) => (window as unknown as { fixture: { setText(t: string): void } }).fixture.setText(text), LETTER);
    await mail.locator('[contenteditable="true"]').first().click();
    await mail.keyboard.press('Control+End');
    await mail.keyboard.type(' ');
    await untilBoxes(mail, 'jargon', 'some', Date.now());
    const [gelieve] = await overlayBoxes(mail, 'jargon');
    await mail.mouse.click(gelieve.left + gelieve.width / 2, gelieve.top + gelieve.height / 2);
    await expect.poll(() => probeOf(mail).then((p) => p.card?.message ?? '')).toContain('Gelieve');
    await mail.screenshot({ path: picture('kaart') });

    const tabId = await tabIdOf(mail);
    const popup = await extensionPage(`popup.html?tab=${tabId}`, 400, 560);
    await expect.poll(() => popup.getByRole('heading', { name: 'In het tekstvak waar je schrijft' }).count()).toBe(1);
    await popup.screenshot({ path: picture('popup') });
    await popup.close();
    await mail.close();
  });

  it('the options page and the welcome page', async () => {
    const options = await extensionPage('options.html');
    await options.getByRole('heading', { level: 1, name: 'Klaretaal instellen' }).waitFor();
    await expect.poll(() => options.locator('input[name="profile"]:checked').count()).toBe(1);
    await options.screenshot({ path: picture('instellingen') });
    await options.close();

    const welcome = await extensionPage('welkom.html', 900, 900);
    await expect.poll(() => welcome.locator('.example mark[data-finding]').count()).toBeGreaterThanOrEqual(3);
    await welcome.screenshot({ path: picture('welkom') });
    await welcome.close();
  });

  it('no page had an error', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
