/**
 * The documents of a page we listen in: the top document and the same-origin frames the user moves into (webmail
 * composers often sit in an about:blank iframe). Each gets our focus, key and click listeners once.
 */
import { deepActiveElement } from './eligibility';

export interface FrameListeners {
  /** The focus moved within `doc` (or into a frame of it). */
  focus(doc: Document): void;
  keydown(e: KeyboardEvent): void;
  click(e: MouseEvent): void;
}

export class Frames {
  private readonly documents = new WeakSet<Document>();

  constructor(
    private readonly listeners: FrameListeners,
    private readonly signal: AbortSignal,
  ) {}

  watch(doc: Document): void {
    if (this.documents.has(doc)) return;
    this.documents.add(doc);
    const { signal } = this;
    doc.addEventListener('focusin', () => this.listeners.focus(doc), { capture: true, signal });
    doc.addEventListener('keydown', (e) => this.listeners.keydown(e), { capture: true, signal });
    doc.addEventListener('click', (e) => this.listeners.click(e), { capture: true, signal });
    // Focus moving into an iframe shows in the parent only as a blur of its window.
    doc.defaultView?.addEventListener('blur', () => setTimeout(() => this.listeners.focus(doc), 0), { signal });
  }

  /** The element that has the focus in `doc`, following it into same-origin frames (which we then watch too). */
  focused(doc: Document): Element | undefined {
    const active = deepActiveElement(doc);
    if (!active) return undefined;
    if (active.localName !== 'iframe' && active.localName !== 'frame') return active;
    const inner = sameOriginDocument(active as HTMLIFrameElement);
    if (!inner) return undefined;
    this.watch(inner);
    return this.focused(inner);
  }
}

function sameOriginDocument(frame: HTMLIFrameElement): Document | undefined {
  try {
    return frame.contentDocument ?? undefined;
  } catch {
    return undefined;
  }
}
