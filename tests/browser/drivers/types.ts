/**
 * One small interface over the two browsers the tests drive: Chromium through playwright-core (CDP) and
 * Firefox ESR through puppeteer-core (WebDriver BiDi). Tests written against it run the same in both.
 */

import type { TaskReport } from '../trace';

export type BrowserName = 'chromium' | 'firefox';

/** The WebExtension API as test code uses it (loosely typed: tests reach for whatever they check). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ExtensionApi = any;

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** An underline box of ours, read from inside our closed shadow root (see probe.ts). */
export interface MarkInfo extends Rect {
  rule: string;
  active: boolean;
  /** Drawn (our layer hides itself when the page script stops; see page/overlay.ts). */
  visible: boolean;
}

export interface ButtonInfo extends Rect {
  /** Visible text. */
  text: string;
  /** Accessible name (aria-label, else the text). */
  name: string;
}

export interface CardInfo {
  text: string;
  message: string;
  notice: string | null;
  buttons: ButtonInfo[];
  /** Text of the focused element inside our layer, if any. */
  focused: string | null;
}

/** What Klaretaal shows in a page: read through the extension (the page itself cannot read it). */
export interface Probe {
  /** Our layer is in the page. */
  present: boolean;
  marks: MarkInfo[];
  card: CardInfo | null;
  /** Notes of ours beside a field (e.g. a text too long to check). */
  notices: string[];
}

export interface TestPage {
  readonly url: string;
  /** Runs in the page's main world, top frame. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Runs source text in the page's main world (not subject to the page's CSP, as DevTools' console). */
  evaluateSource(source: string): Promise<unknown>;
  /** Runs in the frame that holds the fixture's editor (the top frame unless the fixture names one). */
  evaluateInEditor<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Offset of the editor frame's viewport in the page's viewport. */
  editorOrigin(): Promise<{ x: number; y: number }>;
  click(x: number, y: number): Promise<void>;
  type(text: string): Promise<void>;
  /** Playwright-style key names: `Control+z`, `Alt+Shift+K`, `Escape`. */
  press(keys: string): Promise<void>;
  /** Resize the page's viewport (CSS pixels). */
  setViewport(width: number, height: number): Promise<void>;
  /** A PNG of the viewport, written to `path`. */
  screenshot(path: string): Promise<void>;
  /** Our marks and card in this page. */
  probe(): Promise<Probe>;
  /** The extension's tab id of this page. */
  tabId(): Promise<number>;
  reload(): Promise<void>;
  close(): Promise<void>;
  /**
   * Chromium only: record a performance trace until the returned function is called, which says how long our
   * longest task was (see trace.ts). Firefox offers no such attribution.
   */
  traceTasks?(): Promise<() => Promise<TaskReport>>;
}

export interface TestBrowser {
  readonly name: BrowserName;
  /** The fixture server, `http://127.0.0.1:<port>`. */
  readonly baseUrl: string;
  /** Every URL the browser requested (pages, frames, extension). */
  readonly requests: readonly string[];
  /** The welcome page opened by itself after the install (the driver then closes it). */
  readonly welcomed: boolean;
  /** A fixture page (`textarea`, `quill`…), on 127.0.0.1 or on another host name of this machine. */
  open(fixture: string, options?: { host?: string }): Promise<TestPage>;
  /** One of the extension's own pages: `popup.html?tab=3`, `options.html`, `oefenen.html`. */
  extensionPage(path: string): Promise<TestPage>;
  /**
   * Runs `fn` in an extension context (Chromium: the service worker; Firefox: an extension page, which reaches
   * the background page with `api.extension.getBackgroundPage()`). `api` is the extension API with promises
   * (Firefox's `chrome` takes callbacks only). `fn` is sent as source text: it cannot use imports.
   */
  background<R, A = undefined>(fn: (api: ExtensionApi, arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Uncaught errors of pages, extension pages, the background and our content scripts so far. */
  errors(): Promise<string[]>;
  close(): Promise<void>;
}

/** A host name that resolves to this machine in both test browsers, for which the test build has no permission. */
export const FOREIGN_HOST = 'gemeente.test';
