/**
 * The only code that runs on every page load of a matched site, so it stays tiny: it waits until the user
 * focuses a field Klaretaal may check, then asks for the page script (the engine, the underlines, the card).
 * Same-origin child frames (editors in about:blank or srcdoc iframes) are handled from the top frame.
 */
import { deepActiveElement, editableRoot, fieldKind } from './eligibility';

function handledByParent(win: Window): boolean {
  if (win === win.top) return false;
  try {
    return !!win.parent.document;
  } catch {
    return false;
  }
}

function wantsChecking(doc: Document): boolean {
  const active = deepActiveElement(doc);
  if (!active) return false;
  if (active.localName === 'iframe') {
    try {
      const inner = (active as HTMLIFrameElement).contentDocument;
      return !!inner && wantsChecking(inner);
    } catch {
      return false;
    }
  }
  return fieldKind(editableRoot(active)) !== undefined;
}

/** Calls `activate` once, the first time an eligible field has focus. Returns a function that stops waiting. */
export function waitForField(win: Window, activate: () => void): () => void {
  if (handledByParent(win)) return () => {};
  const doc = win.document;
  const controller = new AbortController();
  const check = () => {
    if (controller.signal.aborted || !wantsChecking(doc)) return;
    controller.abort();
    activate();
  };
  doc.addEventListener('focusin', check, { capture: true, signal: controller.signal });
  // Focus moving into an iframe shows in this window only as a blur.
  win.addEventListener('blur', () => setTimeout(check, 0), { signal: controller.signal });
  check();
  return () => controller.abort();
}
