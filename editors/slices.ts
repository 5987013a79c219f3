/**
 * Check a text without blocking the page: the engine checks uncached paragraphs for a few milliseconds at a
 * time and the main thread goes back to the page in between. A 1 MB paste keeps the page responsive; an edit
 * while we work cancels the rest.
 */
import type { Checker } from '../engine/check';
import type { CheckResult } from '../engine/types';

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function checkInSlices(
  checker: Checker,
  text: string,
  stillWanted: () => boolean,
  budgetMs = 8,
): Promise<CheckResult | undefined> {
  while (!checker.warm(text, budgetMs)) {
    await yieldToPage();
    if (!stillWanted()) return undefined;
  }
  return stillWanted() ? checker.check(text) : undefined;
}
