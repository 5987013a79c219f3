/**
 * Which fields Klaretaal may check. Never sensitive fields (passwords, e-mail addresses, numbers, payment and
 * one-time codes), never read-only or disabled ones, never where the page opts out.
 */

/** Input types that hold prose. `input.type` reports "text" for a missing or unknown type. */
const TEXT_INPUT_TYPES = new Set(['text', 'search']);
/** Autocomplete tokens of fields that hold secrets or identifiers, not prose. */
const SENSITIVE_AUTOCOMPLETE =
  /(?:^|\s)(?:current-password|new-password|one-time-code|cc-[a-z-]+|username|email|tel(?:-[a-z-]+)?|url)(?:\s|$)/i;
/** Opt-outs that pages already use for other writing assistants, and our own. */
const OPT_OUT = '[data-gramm="false"],[data-gramm_editor="false"],[data-enable-grammarly="false"],[data-klaretaal="false"]';

export type FieldKind = 'text' | 'rich';

export type TextField = HTMLTextAreaElement | HTMLInputElement;

export function isTextField(el: Element): el is TextField {
  return el.localName === 'textarea' || el.localName === 'input';
}

/** `el` or a shadow host around it carries an opt-out attribute. */
function optedOut(el: Element): boolean {
  for (let node: Element | null = el; node;) {
    if (node.closest(OPT_OUT)) return true;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return false;
}

/** The kind of field `el` is, or undefined when Klaretaal must leave it alone. */
export function fieldKind(el: Element): FieldKind | undefined {
  if (el.localName === 'textarea') {
    const area = el as HTMLTextAreaElement;
    if (area.readOnly || area.disabled) return undefined;
    if (SENSITIVE_AUTOCOMPLETE.test(area.autocomplete ?? '')) return undefined;
    return optedOut(el) ? undefined : 'text';
  }
  if (el.localName === 'input') {
    const input = el as HTMLInputElement;
    if (!TEXT_INPUT_TYPES.has(input.type) || input.readOnly || input.disabled) return undefined;
    if (SENSITIVE_AUTOCOMPLETE.test(input.autocomplete ?? '') || SENSITIVE_AUTOCOMPLETE.test(input.getAttribute('autocomplete') ?? '')) {
      return undefined;
    }
    return optedOut(el) ? undefined : 'text';
  }
  // Duck typing: elements of a same-origin iframe come from another window's HTMLElement.
  if ((el as HTMLElement).isContentEditable === true) {
    if (el.getAttribute('aria-readonly') === 'true' || el.getAttribute('aria-disabled') === 'true') return undefined;
    return optedOut(el) ? undefined : 'rich';
  }
  return undefined;
}

/** The outermost editable element around `el` (the editor's root), crossing no shadow boundary. */
export function editableRoot(el: Element): Element {
  if (isTextField(el)) return el;
  let root = el;
  for (let parent = el.parentElement; parent && (parent as HTMLElement).isContentEditable; parent = parent.parentElement) root = parent;
  return root;
}

/** The element that really has focus, looking into open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
