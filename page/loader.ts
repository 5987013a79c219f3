/**
 * The only code that runs on every page load of a matched site, so it stays tiny: it waits until the user
 * clicks in or types in a field Klaretaal may check, then asks for the page script (the engine, the
 * underlines, the card). Only the user's own clicks and keys count (`isTrusted`): a page script that calls
 * `focus()` starts nothing. Same-origin child frames (editors in about:blank or srcdoc iframes) are handled
 * from the top frame.
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

/** The same-origin frame documents along the focus path, outermost first. */
function focusedFrames(doc: Document): Document[] {
  const active = deepActiveElement(doc);
  if (active?.localName !== 'iframe' && active?.localName !== 'frame') return [];
  try {
    const inner = (active as HTMLIFrameElement).contentDocument;
    return inner ? [inner, ...focusedFrames(inner)] : [];
  } catch {
    return [];
  }
}

function wantsChecking(doc: Document): boolean {
  const frames = focusedFrames(doc);
  const active = deepActiveElement(frames.at(-1) ?? doc);
  return !!active && active.localName !== 'iframe' && fieldKind(editableRoot(active)) !== undefined;
}

/** Calls `activate` once, the first time the user clicks or types in an eligible field. Returns a stop function. */
export function waitForField(win: Window, activate: () => void): () => void {
  if (handledByParent(win)) return () => {};
  const controller = new AbortController();
  const { signal } = controller;
  const watched = new WeakSet<Document>();
  const look = () => {
    if (signal.aborted || !wantsChecking(win.document)) return;
    controller.abort();
    activate();
  };
  // After the event's default action (a click or Tab moves the focus), look at what has the focus.
  const onInput = (e: Event) => {
    if (e.isTrusted) setTimeout(look, 0);
  };
  const watch = (doc: Document) => {
    if (watched.has(doc)) return;
    watched.add(doc);
    doc.addEventListener('pointerdown', onInput, { capture: true, signal });
    doc.addEventListener('keydown', onInput, { capture: true, signal });
  };
  watch(win.document);
  // Focus moving into a same-origin iframe shows here only as a blur: from then on, listen in there too.
  // The click that moved it is in the past, but the browser still knows it came from the user.
  win.addEventListener(
    'blur',
    () =>
      setTimeout(() => {
        for (const doc of focusedFrames(win.document)) watch(doc);
        if (userJustActed(win)) look();
      }, 0),
    { signal },
  );
  // Switched on while the user is typing in a field (the site was just allowed, and the loader came into the open
  // tab): that field is checked now, not only after the next key.
  if (userJustActed(win)) setTimeout(look, 0);
  return () => controller.abort();
}

/** The user clicked or typed a moment ago (transient activation; a script cannot fake it). */
function userJustActed(win: Window): boolean {
  return (win.navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation?.isActive === true;
}
