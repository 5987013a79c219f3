/** Messages between the page side and the background. The background checks every one it receives. */
import type { RuleId } from '../engine/types';

export type PageMessage =
  | { type: 'klaretaal:activate' }
  | { type: 'klaretaal:ignore-word'; word: string }
  | { type: 'klaretaal:disable-rule'; rule: RuleId };

/** From the popup to a tab: Klaretaal was switched off for this site. */
export type TabMessage = { type: 'klaretaal:stop' };

export const PAGE_SCRIPT = '/klaretaal-page.js';
