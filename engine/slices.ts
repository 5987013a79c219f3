/**
 * Long work without blocking the page: it runs as small steps (a paragraph, a few thousand findings or nodes),
 * a few milliseconds of them at a time, and the main thread goes back to the page in between. A 2 MB paste
 * keeps the page responsive; an edit while we work cancels the rest.
 */
import type { Checker } from './check';
import type { CheckResult } from '../contract/index';

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Run `steps` to the end in slices of `budgetMs`; undefined when `stillWanted` says no (checked between slices). */
export async function runInSlices<T>(steps: Generator<void, T>, stillWanted: () => boolean, budgetMs = 8): Promise<T | undefined> {
  for (;;) {
    const started = performance.now();
    let step = steps.next();
    while (!step.done && performance.now() - started < budgetMs) step = steps.next();
    if (step.done) return stillWanted() ? step.value : undefined;
    await yieldToPage();
    if (!stillWanted()) return undefined;
  }
}

export function checkInSlices(checker: Checker, text: string, stillWanted: () => boolean, budgetMs = 8): Promise<CheckResult | undefined> {
  return runInSlices(checker.steps(text), stillWanted, budgetMs);
}
