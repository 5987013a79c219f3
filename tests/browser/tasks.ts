/**
 * How long the page's main thread is blocked, measured in the page. Chromium says whose work a long frame was
 * (Long Animation Frames attribute script time to its source: ours is `chrome-extension://…`); Firefox has no
 * such API, so there we measure the longest gap between ticks of a 5 ms timer, whatever blocked it (also
 * the browser's own layout of a huge text).
 */
import type { TestPage } from './drivers';

export interface Blocking {
  /** Chromium: the longest frame's time spent in our scripts (ms); undefined in Firefox. */
  ours?: number;
  /** The longest stretch the page could not run anything (longest long task, or longest timer gap), in ms. */
  longest: number;
}

export async function startMeter(page: TestPage): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { meter: { ours: number | undefined; longest: number; stop(): void } };
    const meter = { ours: undefined as number | undefined, longest: 0, stop: () => {} };
    w.meter = meter;
    const types = PerformanceObserver.supportedEntryTypes ?? [];
    if (types.includes('long-animation-frame')) {
      meter.ours = 0;
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { duration: number; scripts: { sourceURL: string; duration: number }[] }[]) {
          meter.longest = Math.max(meter.longest, entry.duration);
          const ours = entry.scripts.filter((s) => s.sourceURL.startsWith('chrome-extension://')).reduce((sum, s) => sum + s.duration, 0);
          meter.ours = Math.max(meter.ours!, ours);
        }
      });
      observer.observe({ type: 'long-animation-frame' });
      meter.stop = () => observer.disconnect();
    } else {
      let last = performance.now();
      const timer = setInterval(() => {
        const now = performance.now();
        meter.longest = Math.max(meter.longest, now - last);
        last = now;
      }, 5);
      meter.stop = () => clearInterval(timer);
    }
  });
}

export async function readMeter(page: TestPage): Promise<Blocking> {
  return page.evaluate(() => {
    const { meter } = window as unknown as { meter: { ours: number | undefined; longest: number; stop(): void } };
    meter.stop();
    return { ours: meter.ours, longest: meter.longest };
  });
}
