/** After installing, the welcome page opens once; after an update no tab opens and the popup tells what is new for a week. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { followInstalls } from '../../background/install';
import { showsWhatsNew, updatedAtItem, WHATS_NEW_DAYS } from '../../storage/updates';

const DAY = 24 * 60 * 60 * 1000;
const trigger = (details: { reason: string; previousVersion?: string }) =>
  (fakeBrowser.runtime.onInstalled as unknown as { trigger(d: unknown): Promise<unknown> }).trigger(details);

describe('install and update', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens the welcome page once on install', async () => {
    followInstalls();
    const before = (await fakeBrowser.tabs.query({})).length;
    await trigger({ reason: 'install' });
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs).toHaveLength(before + 1);
    expect(tabs.filter((t) => t.url?.endsWith('/welkom.html'))).toHaveLength(1);
    expect(await updatedAtItem.getValue()).toBe(null);
  });

  it('opens nothing on an update, and keeps "Wat is nieuw" for a week', async () => {
    followInstalls();
    const tabs = (await fakeBrowser.tabs.query({})).length;
    const before = Date.now();
    await trigger({ reason: 'update', previousVersion: '0.1.0' });
    expect(await fakeBrowser.tabs.query({})).toHaveLength(tabs);
    const at = (await updatedAtItem.getValue())!;
    expect(at).toBeGreaterThanOrEqual(before);
    expect(showsWhatsNew(at, at + DAY)).toBe(true);
    expect(showsWhatsNew(at, at + WHATS_NEW_DAYS * DAY)).toBe(false);
    expect(showsWhatsNew(null, at)).toBe(false);
  });
});
