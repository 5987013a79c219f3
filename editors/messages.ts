/** Messages between the page side and the background. The background checks every one it receives. */
import type { RuleId } from '../engine/types';

export type PageMessage =
  | { type: 'klaretaal:activate' }
  | { type: 'klaretaal:ignore-word'; word: string }
  | { type: 'klaretaal:disable-rule'; rule: RuleId }
  /** Answered with the word snapshot (db/words.ts), read from the database in the background. */
  | { type: 'klaretaal:get-words' };

/**
 * From the popup to a tab: Klaretaal was switched off for this site (`stop`), or how many findings of each
 * category the field the user writes in has (`counts`, answered by the frame with that field).
 */
export type TabMessage = { type: 'klaretaal:stop' } | { type: 'klaretaal:counts' };

/** The answer to `klaretaal:counts`. */
export interface FieldCounts {
  counts: Partial<Record<RuleId, number>>;
}

export const PAGE_SCRIPT = '/klaretaal-page.js';
