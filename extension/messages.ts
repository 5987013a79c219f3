/**
 * The messages between the parts of the extension, each with its request and its reply: one map per direction,
 * and typed helpers to send them. Whoever receives a message checks it first (background/page-messages.ts for
 * what pages send; the page script for what reaches a tab).
 */
import { browser } from 'wxt/browser';
import type { Finding, RuleId, RuleView } from '../contract/index';

/**
 * A check's answer: the findings (at most a few thousand) with the name and look of each rule (so the page script
 * needs no rules of its own), or that a newer check of the field replaced it.
 */
export type CheckReply = { findings: Finding[]; more: boolean; views: Record<RuleId, RuleView> } | { cancelled: true };

/** Whether a choice made in a page was stored (a full disk: no). */
export interface Stored {
  stored: boolean;
}

/** How many findings of each category the field the user writes in has. */
export interface FieldCounts {
  counts: Partial<Record<RuleId, number>>;
}

/** From a page (loader or page script) to the background. */
export interface ToBackground {
  /** The user clicked or typed in a field: start the page script in this frame. */
  'klaretaal:activate': { request: Record<never, never>; reply: void };
  /** Check a field's text; a long text comes in parts (`part` of `parts`, from 0), the last one is answered. */
  'klaretaal:check': { request: { text: string; field: string; part: number; parts: number }; reply: CheckReply | undefined };
  'klaretaal:ignore-word': { request: { word: string }; reply: Stored };
  'klaretaal:disable-rule': { request: { rule: RuleId }; reply: Stored };
}

/** From the popup or the background to the page script of a tab. */
export interface ToTab {
  /** Counts of the field the user wrote in last (the frame with that field answers). */
  'klaretaal:counts': { request: Record<never, never>; reply: FieldCounts | undefined };
  /** Klaretaal was switched off for these sites: the page script of a page on one of them stops. */
  'klaretaal:stop': { request: { sites: string[] }; reply: void };
}

type Message<Map, T extends keyof Map> = { type: T } & (Map[T] extends { request: infer R } ? R : never);
type Reply<Map, T extends keyof Map> = Map[T] extends { reply: infer R } ? R : never;

export type BackgroundMessage = { [T in keyof ToBackground]: Message<ToBackground, T> }[keyof ToBackground];
export type TabMessage = { [T in keyof ToTab]: Message<ToTab, T> }[keyof ToTab];
export type BackgroundReply<T extends keyof ToBackground> = Reply<ToBackground, T>;
export type TabReply<T extends keyof ToTab> = Reply<ToTab, T>;

/** Ask the background; undefined when it cannot answer (restarting, or the extension was updated or removed). */
export async function askBackground<T extends keyof ToBackground>(
  message: Message<ToBackground, T>,
): Promise<BackgroundReply<T> | undefined> {
  try {
    return (await browser.runtime.sendMessage(message)) as BackgroundReply<T> | undefined;
  } catch {
    return undefined;
  }
}

/** Tell or ask the page script of a tab; undefined when nothing of ours runs there. */
export async function askTab<T extends keyof ToTab>(tabId: number, message: Message<ToTab, T>): Promise<TabReply<T> | undefined> {
  try {
    return (await browser.tabs.sendMessage(tabId, message)) as TabReply<T> | undefined;
  } catch {
    return undefined;
  }
}

export const PAGE_SCRIPT = '/klaretaal-page.js';

/** Characters per message when a page sends a long text: each part is sent (and copied) in a task of its own. */
export const TEXT_PART = 250_000;
