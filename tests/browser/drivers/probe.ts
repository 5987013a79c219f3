/**
 * Reading what Klaretaal shows in a page. Our layer is a closed shadow root: the page cannot open it, and
 * neither can test code in the page. The extension can: a script it injects runs in its own isolated world,
 * where Chrome offers `chrome.dom.openOrClosedShadowRoot` and Firefox `element.openOrClosedShadowRoot`.
 * These functions are turned into source text and run through `scripting.executeScript`, so they must be
 * self-contained.
 */
import type { Probe } from './types';

/** Runs in the page's isolated world of our extension. */
export function probeInPage(): Probe {
  const host = document.querySelector('klaretaal-overlay');
  if (!host) return { present: false, marks: [], card: null, notices: [] };
  const g = globalThis as unknown as { chrome?: { dom?: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } } };
  const root = (g.chrome?.dom?.openOrClosedShadowRoot?.(host) ??
    (host as unknown as { openOrClosedShadowRoot: ShadowRoot }).openOrClosedShadowRoot)!;
  const rect = (el: Element) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width, height: r.height };
  };
  const marks = [...root.querySelectorAll<HTMLElement>('.mark')].map((m) => ({
    rule: m.dataset.rule ?? '',
    active: m.classList.contains('active'),
    visible: getComputedStyle(m).visibility === 'visible',
    ...rect(m),
  }));
  const card = root.querySelector('.card');
  return {
    present: true,
    marks: marks.sort((a, b) => a.top - b.top || a.left - b.left),
    card: card && {
      text: card.textContent ?? '',
      message: card.querySelector('.message')?.textContent ?? '',
      notice: card.querySelector('.notice')?.textContent ?? null,
      buttons: [...card.querySelectorAll('button')].map((b) => ({
        text: b.textContent ?? '',
        name: b.getAttribute('aria-label') ?? b.textContent ?? '',
        ...rect(b),
      })),
      focused: root.activeElement?.textContent ?? null,
    },
    notices: [...root.querySelectorAll('.field-notice')].map((n) => n.textContent ?? ''),
  };
}

/** Source of an expression that probes tab `tabId` from an extension context (`api` is `chrome` or `browser`). */
export function probeExpression(api: 'chrome' | 'browser', tabId: number): string {
  return `(async () => {
    const api = globalThis.${api};
    // Test code runs through esbuild, which may wrap functions in __name(…): give the isolated world that helper.
    await api.scripting.executeScript({ target: { tabId: ${tabId} }, func: () => { globalThis.__name = globalThis.__name || ((f) => f); } });
    const [result] = await api.scripting.executeScript({ target: { tabId: ${tabId} }, func: ${probeInPage.toString()} });
    return result.result;
  })()`;
}

/** Source of an expression that finds the tab id of the page at `url` from an extension context. */
export function tabIdExpression(api: 'chrome' | 'browser', url: string): string {
  return `(async () => {
    const tabs = await globalThis.${api}.tabs.query({});
    const tab = tabs.find((t) => t.url === ${JSON.stringify(url)});
    if (!tab) throw new Error('no tab with ' + ${JSON.stringify(url)} + ' among ' + tabs.map((t) => t.url).join(', '));
    return tab.id;
  })()`;
}

/** Playwright-style key combination → modifiers and key (`Control+z` → [['Control'], 'z']). */
export function splitKeys(keys: string): [string[], string] {
  const parts = keys.split('+');
  const key = parts.pop()!;
  return [parts, key === '' ? '+' : key];
}
