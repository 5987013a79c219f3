/**
 * Check a text without blocking the page: paragraphs that are not cached yet are checked one at a time, and
 * the main thread is handed back whenever a slice of work has taken `budgetMs`. A 1 MB paste keeps the page
 * responsive; an edit while we work cancels the rest.
 */
import type { Checker } from '../engine/check';
import { splitParagraphs } from '../engine/paragraphs';
import type { CheckResult } from '../engine/types';

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function checkInSlices(
  checker: Checker,
  text: string,
  stillWanted: () => boolean,
  budgetMs = 8,
): Promise<CheckResult | undefined> {
  let sliceStart = performance.now();
  for (const paragraph of splitParagraphs(text)) {
    if (performance.now() - sliceStart > budgetMs) {
      await yieldToPage();
      if (!stillWanted()) return undefined;
      sliceStart = performance.now();
    }
    // Checking one paragraph on its own fills the cache the whole-text check below reads from.
    checker.check(paragraph.text);
  }
  if (!stillWanted()) return undefined;
  return checker.check(text);
}
