/**
 * What the background does for the page side. Messages from content scripts are untrusted (a compromised
 * page process can forge them): each is checked for shape, and its sender for being our own script in a tab,
 * in a frame whose address is a site where Klaretaal runs, before anything is done. No address: refused.
 */
import { browser, type Browser } from 'wxt/browser';
import { prepareChecker, receiveForCheck } from './check-service';
import { readyDatabase } from './database';
import { settingsItem } from '../storage/settings';
import { addIgnoredWord } from '../db/words';
import { RULE_IDS, type RuleId } from '../contract/index';
import { PAGE_SCRIPT, TEXT_PART, type BackgroundMessage, type BackgroundReply } from '../extension/messages';
import { isSiteEnabled } from '../storage/sites';
import { isBuiltIn, sitePattern } from '../extension/sites';
import { sanitizeSettings } from '../engine/index';

const MAX_WORD_LENGTH = 80;
/** Longer than anything a field holds in practice (20 million characters). */
const MAX_TEXT_LENGTH = 20_000_000;

export function parsePageMessage(message: unknown): BackgroundMessage | undefined {
  if (!message || typeof message !== 'object') return undefined;
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case 'klaretaal:activate':
      return { type: m.type };
    case 'klaretaal:check': {
      const { text, field, part, parts } = m;
      const count = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= MAX_TEXT_LENGTH / TEXT_PART;
      if (typeof text !== 'string' || text.length > TEXT_PART || typeof field !== 'string' || field.length > 40) return undefined;
      return count(part) && count(parts) && part < parts ? { type: m.type, text, field, part, parts } : undefined;
    }
    case 'klaretaal:ignore-word':
      return typeof m.word === 'string' && m.word.trim().length > 0 && m.word.length <= MAX_WORD_LENGTH
        ? { type: m.type, word: m.word.trim().toLowerCase() }
        : undefined;
    case 'klaretaal:disable-rule':
      return (RULE_IDS as readonly string[]).includes(m.rule as string) ? { type: m.type, rule: m.rule as RuleId } : undefined;
    default:
      return undefined;
  }
}

/** Our own content script, in a tab, in a frame on a site where Klaretaal runs. */
export async function trustedSender(sender: Browser.runtime.MessageSender): Promise<boolean> {
  if (sender.id !== browser.runtime.id || sender.tab?.id === undefined || !sender.url) return false;
  return runsOn(sender.url);
}

export async function handlePageMessage(
  raw: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<BackgroundReply<BackgroundMessage['type']> | undefined> {
  const message = parsePageMessage(raw);
  if (!message || !(await trustedSender(sender))) return undefined;
  switch (message.type) {
    case 'klaretaal:check':
      return receiveForCheck(message, sender);
    case 'klaretaal:activate':
      await injectPageScript(sender.tab!.id!, sender.frameId ?? 0);
      prepareChecker();
      return undefined;
    case 'klaretaal:ignore-word':
      return stored(async () => addIgnoredWord(await readyDatabase(), message.word));
    case 'klaretaal:disable-rule':
      return stored(async () => {
        const settings = sanitizeSettings(await settingsItem.getValue());
        if (!settings.disabledRules.includes(message.rule)) {
          await settingsItem.setValue({ ...settings, disabledRules: [...settings.disabledRules, message.rule] });
        }
      });
  }
}

/** Whether a write went through (a full disk, a broken database: the page says so and keeps the underline). */
async function stored(write: () => Promise<void>): Promise<BackgroundReply<'klaretaal:ignore-word'>> {
  try {
    await write();
    return { stored: true };
  } catch (error) {
    console.warn('Klaretaal: could not store a choice made in a page.', error);
    return { stored: false };
  }
}

/** Built-in webmail (and the test hosts in the test build), or a site the user switched on. */
export async function runsOn(url: string): Promise<boolean> {
  const builtIn = (browser.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.matches ?? []);
  if (isBuiltIn(url, builtIn)) return true;
  const pattern = sitePattern(url);
  return pattern !== undefined && (await isSiteEnabled(pattern));
}

async function injectPageScript(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [PAGE_SCRIPT] });
}
