/** Messages between the page side and the background. The background checks every one it receives. */
import type { RuleId } from '../contract/index';

export type PageMessage =
  | { type: 'klaretaal:activate' }
  | { type: 'klaretaal:ignore-word'; word: string }
  | { type: 'klaretaal:disable-rule'; rule: RuleId }
  /**
   * Check a field's text in the background; answered with a `CheckReply` (background/check-service.ts). A long
   * text comes in parts, one message each (`part` of `parts`, numbered from 0): the last one is answered.
   */
  | { type: 'klaretaal:check'; text: string; field: string; part: number; parts: number };

/** The answer to `ignore-word` and `disable-rule`: whether it was stored. */
export interface Stored {
  stored: boolean;
}

/**
 * To a tab: Klaretaal was switched off for these sites (`stop`, from the background; the page script of a page
 * on one of them stops), or how many findings of each category the field the user writes in has (`counts`,
 * from the popup; answered by the frame with that field).
 */
export type TabMessage = { type: 'klaretaal:stop'; sites: string[] } | { type: 'klaretaal:counts' };

/** The answer to `klaretaal:counts`. */
export interface FieldCounts {
  counts: Partial<Record<RuleId, number>>;
}

export const PAGE_SCRIPT = '/klaretaal-page.js';

/** Characters per message when a page sends a long text: each part is sent (and copied) in a task of its own. */
export const TEXT_PART = 250_000;
