/**
 * Checking for web pages happens here, in the background, not in the page: the engine and its word data are
 * loaded once for all tabs (a page script with them took a quarter of a second to start in every page), and
 * no check ever runs on a page's main thread. Pages send the text of a field after a pause in typing; the text
 * never leaves the browser. One checker serves all tabs: its paragraph cache is shared, and it is rebuilt
 * only when the settings or the words changed (each check compares the stored revisions first).
 */
import { browser } from 'wxt/browser';
import type { CheckReply } from '../extension/messages';
import { readyDatabase, wordSnapshot } from './database';
import { wordsRevisionItem } from '../storage/revision';
import { settingsItem } from '../storage/settings';
import { RULE_IDS, type RuleId, type RuleView } from '../contract/index';
import { createUserChecker, runInSlices, sanitizeSettings, warmUp, type Checker } from '../engine/index';
import { viewOf } from '../rules/index';

/**
 * At most this many findings go back to a page per field: a letter has tens, a pasted 2 MB document tens of
 * thousands, whose transfer alone would block the page. The page says when there were more.
 */
export const MAX_FINDINGS = 2000;

let current: { key: string; checker: Promise<Checker> } | undefined;

/** The checker for the stored settings and words, built again only when one of them changed. */
/**
 * The user clicked in a field: build the checker and its word tables now, while the page waits its pause before
 * the first check (a background that was asleep starts from nothing).
 */
export function prepareChecker(): void {
  void currentChecker()
    .then(() => warmUp())
    .catch(() => undefined);
}

export async function currentChecker(): Promise<Checker> {
  // Preparing the database (loading the built-in words) changes the words' revision: read it after that, or
  // the first checker would be built for a revision that is already old.
  await readyDatabase().catch(() => undefined);
  const [settings, revision] = await Promise.all([settingsItem.getValue(), wordsRevisionItem.getValue()]);
  const key = `${JSON.stringify(settings)}\u0000${revision}`;
  if (current?.key !== key) {
    const build = async () => {
      // Without the database (a browser that refuses it, a full disk) the built-in words still work.
      const words = await wordSnapshot().catch(() => undefined);
      return createUserChecker(sanitizeSettings(settings), words);
    };
    current = { key, checker: build() };
  }
  return current.checker;
}

/** Each rule's name and look, for the page's underlines and card. */
const VIEWS = Object.fromEntries(RULE_IDS.map((rule) => [rule, viewOf(rule)])) as Record<RuleId, RuleView>;

/** The newest request per field: an older check still running for it is dropped between slices. */
const latest = new Map<string, number>();
let requests = 0;

/**
 * Check `text` for the field `field` of the tab and frame `sender`. Runs in slices, so requests of other tabs
 * are answered in between; a newer request for the same field cancels this one.
 */
export async function checkForPage(text: string, field: string, sender: { tab?: { id?: number }; frameId?: number }): Promise<CheckReply> {
  const key = `${sender.tab?.id}:${sender.frameId ?? 0}:${field}`;
  const request = ++requests;
  latest.set(key, request);
  const result = await runInSlices((await currentChecker()).steps(text), () => latest.get(key) === request, 10);
  if (latest.get(key) === request) latest.delete(key);
  if (!result) return { cancelled: true };
  return { findings: result.findings.slice(0, MAX_FINDINGS), more: result.findings.length > MAX_FINDINGS, views: VIEWS };
}

/** Parts of long texts on their way in, per field. */
const arriving = new Map<string, string[]>();

/**
 * A `check` message: a whole text (one part) or one part of a long one. Parts of one text come in order (the
 * page sends the next one after the answer to the previous); the last part starts the check.
 */
export async function receiveForCheck(
  message: { text: string; field: string; part: number; parts: number },
  sender: { tab?: { id?: number }; frameId?: number },
): Promise<CheckReply | undefined> {
  const key = `${sender.tab?.id}:${sender.frameId ?? 0}:${message.field}`;
  if (message.parts === 1) return checkForPage(message.text, message.field, sender);
  if (message.part === 0) arriving.set(key, []);
  const parts = arriving.get(key);
  // A part without its beginning (a newer text started meanwhile): nothing to do.
  if (!parts || parts.length !== message.part) return undefined;
  parts.push(message.text);
  if (parts.length < message.parts) return undefined;
  arriving.delete(key);
  return checkForPage(parts.join(''), message.field, sender);
}

/** Forget the fields of a closed tab. */
export function followTabs(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    for (const map of [latest, arriving]) for (const key of map.keys()) if (key.startsWith(`${tabId}:`)) map.delete(key);
  });
}
