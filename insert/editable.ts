/**
 * What counts as a field we can write into, and where focus really is (through same-origin iframes
 * and open shadow roots, where `document.activeElement` stops at the host).
 */

const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'url', 'email', 'tel']);

export type TextField = HTMLTextAreaElement | HTMLInputElement;

export function isTextField(el: Element): el is TextField {
  const tag = el.tagName;
  if (tag === 'TEXTAREA') return true;
  if (tag !== 'INPUT') return false;
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  return TEXT_INPUT_TYPES.has(type);
}

function isRichEditable(el: Element): el is HTMLElement {
  const html = el as HTMLElement;
  if (html.isContentEditable) return true;
  // happy-dom and some detached states report isContentEditable=false: read the attribute too.
  const attr = el.getAttribute('contenteditable');
  return attr !== null && attr.toLowerCase() !== 'false';
}

/** A field the user could type into right now (not disabled, not read-only, not a password). */
export function isEditableField(el: Element | null | undefined): el is HTMLElement {
  if (!el || el.nodeType !== 1) return false;
  if (isTextField(el)) return !el.disabled && !el.readOnly;
  if (el.tagName === 'BODY' && (el.ownerDocument.designMode === 'on' || isRichEditable(el))) return true;
  return isRichEditable(el);
}

/**
 * The outermost contenteditable that contains `el` — editors put focus on their root, but a click can
 * land on a nested contenteditable (CKEditor widgets, Trix attachments).
 */
export function editableRoot(el: HTMLElement): HTMLElement {
  if (isTextField(el)) return el;
  let root = el;
  let parent = el.parentElement;
  while (parent && isRichEditable(parent)) {
    root = parent;
    parent = parent.parentElement;
  }
  return root;
}

/** Same-origin iframe document, or null (cross-origin access throws or returns null). */
export function frameDocument(frame: HTMLIFrameElement | HTMLFrameElement): Document | null {
  try {
    return frame.contentDocument ?? null;
  } catch {
    return null;
  }
}

/**
 * The element's shadow root, open or closed: content scripts may open closed roots (Chrome
 * `chrome.dom.openOrClosedShadowRoot`, Firefox `element.openOrClosedShadowRoot`); pages never see this.
 */
export function shadowRootOf(el: Element): ShadowRoot | null {
  if (el.shadowRoot) return el.shadowRoot;
  try {
    const chromeDom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?(e: Element): ShadowRoot | null } } }).chrome
      ?.dom;
    const viaChrome = chromeDom?.openOrClosedShadowRoot?.(el);
    if (viaChrome) return viaChrome;
    // Gecko's is a property (MDN: Element.openOrClosedShadowRoot), not a method.
    const viaGecko = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
    return viaGecko ?? null;
  } catch {
    return null;
  }
}

export interface DeepFocus {
  /** The deepest focused element we can see. */
  element: Element | null;
  /** Focus went into an iframe we cannot look into. */
  inOpaqueFrame: boolean;
}

/** Follow activeElement through open shadow roots and same-origin iframes. */
export function deepActiveElement(doc: Document): DeepFocus {
  let active: Element | null = doc.activeElement;
  for (let guard = 0; active && guard < 32; guard++) {
    const shadowActive = shadowRootOf(active)?.activeElement;
    if (shadowActive) {
      active = shadowActive;
      continue;
    }
    if (active.tagName === 'IFRAME' || active.tagName === 'FRAME') {
      const inner = frameDocument(active as HTMLIFrameElement);
      if (!inner) return { element: active, inOpaqueFrame: true };
      const innerActive = inner.activeElement;
      if (!innerActive || innerActive === inner.body && !isEditableField(inner.body)) {
        return { element: active, inOpaqueFrame: false };
      }
      active = innerActive;
      continue;
    }
    break;
  }
  return { element: active, inOpaqueFrame: false };
}

/** The element an event really started on (inside shadow roots), from `composedPath()`. */
export function eventOrigin(event: Event): Element | null {
  const path = typeof event.composedPath === 'function' ? event.composedPath() : [];
  const first = path[0] ?? event.target;
  return first && (first as Node).nodeType === 1 ? (first as Element) : null;
}

/** A name for the field a person would recognise (for the status line). */
export function fieldName(el: Element, fallbackLabel?: string): string {
  if (fallbackLabel) return fallbackLabel;
  const aria = el.getAttribute('aria-label');
  if (aria?.trim()) return aria.trim();
  const placeholder = el.getAttribute('placeholder') ?? el.getAttribute('data-placeholder');
  if (placeholder?.trim()) return placeholder.trim();
  return isTextField(el) ? 'the text field' : 'the editor';
}
