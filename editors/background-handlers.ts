/**
 * What the background does for the page side. Messages from content scripts are untrusted (a compromised
 * page process can forge them): each is checked for shape and sender before anything is done.
 */
import { browser, type Browser } from 'wxt/browser';
import { readyDatabase, wordSnapshot } from '../db/background';
import { settingsItem } from '../db/settings';
import { addIgnoredWord, type WordSnapshot } from '../db/words';
import { sanitizeSettings } from '../engine/settings';
import { RULE_IDS, type RuleId } from '../engine/types';
import { PAGE_SCRIPT, type PageMessage } from './messages';
import { isSiteEnabled } from './site-access';
import { isBuiltIn, sitePattern } from './sites';

const MAX_WORD_LENGTH = 80;

function parse(message: unknown): PageMessage | undefined {
  if (!message || typeof message !== 'object') return undefined;
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case 'klaretaal:activate':
    case 'klaretaal:get-words':
      return { type: m.type };
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

export async function handlePageMessage(raw: unknown, sender: Browser.runtime.MessageSender): Promise<WordSnapshot | undefined> {
  // Only our own content scripts, in a tab.
  if (sender.id !== browser.runtime.id || !sender.tab?.id) return;
  const message = parse(raw);
  if (!message) return;
  if (message.type === 'klaretaal:get-words') return wordSnapshot();
  if (message.type === 'klaretaal:activate') {
    // A loader may still wait on a site the user switched off since: only start where Klaretaal is on.
    if (sender.url && !(await runsOn(sender.url))) return;
    await injectPageScript(sender.tab.id, sender.frameId ?? 0);
    return;
  }
  if (message.type === 'klaretaal:ignore-word') {
    await addIgnoredWord(await readyDatabase(), message.word);
    return;
  }
  const settings = sanitizeSettings(await settingsItem.getValue());
  if (message.type === 'klaretaal:disable-rule' && !settings.disabledRules.includes(message.rule)) {
    await settingsItem.setValue({ ...settings, disabledRules: [...settings.disabledRules, message.rule] });
  }
}

/** Built-in webmail (and the test hosts in the test build), or a site the user switched on. */
async function runsOn(url: string): Promise<boolean> {
  const builtIn = (browser.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.matches ?? []);
  if (isBuiltIn(url, builtIn)) return true;
  const pattern = sitePattern(url);
  return pattern !== undefined && (await isSiteEnabled(pattern));
}

async function injectPageScript(tabId: number, frameId: number): Promise<void> {
  if (browser.scripting?.executeScript) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [PAGE_SCRIPT] });
  } else {
    // Firefox with Manifest V2 before the scripting API.
    await browser.tabs.executeScript(tabId, { file: PAGE_SCRIPT, frameId });
  }
}
