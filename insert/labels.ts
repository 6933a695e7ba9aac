import { frameDocument, isTextField } from './editable';

/** One piece of text that names a field, and how much it is worth as evidence. */
export interface LabelText {
  text: string;
  source: 'label' | 'labelledby' | 'aria-label' | 'placeholder' | 'name' | 'nearby' | 'title';
}

/** How far each kind of label can be trusted to name the field. */
export const SOURCE_WEIGHT: Record<LabelText['source'], number> = {
  label: 1,
  labelledby: 1,
  'aria-label': 1,
  placeholder: 0.8,
  nearby: 0.7,
  name: 0.7,
  title: 0.5,
};

const MAX_LABEL_CHARS = 120;

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** "jobDescription_html" → "job description html" */
export function splitIdentifier(id: string): string {
  return id
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_.[\]:]+/g, ' ')
    .replace(/\b(ember)?\d+\b/gi, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function rootOf(el: Element): Document | ShadowRoot {
  const root = el.getRootNode();
  return root.nodeType === 11 || root.nodeType === 9 ? (root as Document | ShadowRoot) : el.ownerDocument;
}

function byId(root: Document | ShadowRoot, id: string): Element | null {
  try {
    return root.querySelector(`#${CSS.escape(id)}`);
  } catch {
    return null;
  }
}

function push(out: LabelText[], text: string | null | undefined, source: LabelText['source']): void {
  const value = clean(text);
  if (value && value.length <= MAX_LABEL_CHARS) out.push({ text: value, source });
}

/** Label-ish text right before the field or one of its near ancestors (rich editors often have no <label>). */
function nearbyLabel(el: Element): string | null {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    let sibling = node.previousElementSibling;
    for (let hops = 0; sibling && hops < 3; hops++, sibling = sibling.previousElementSibling) {
      if (/^(LABEL|LEGEND|H[1-6]|DT|STRONG|B|SPAN|P|DIV)$/.test(sibling.tagName)) {
        const text = clean(sibling.textContent);
        if (text && text.length <= 60) return text;
      }
    }
  }
  return null;
}

/** Hidden source textareas that rich editors (TinyMCE, CKEditor) keep next to their iframe or div. */
function companionTextarea(el: Element): Element | null {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 5; depth++, node = node.parentElement) {
    let sibling = node.previousElementSibling;
    for (let hops = 0; sibling && hops < 2; hops++, sibling = sibling.previousElementSibling) {
      if (sibling.tagName === 'TEXTAREA') return sibling;
    }
  }
  return null;
}

function ownLabels(el: Element, out: LabelText[]): void {
  const root = rootOf(el);
  if (el.id) {
    try {
      root.querySelectorAll(`label[for="${CSS.escape(el.id)}"]`).forEach((l) => push(out, l.textContent, 'label'));
    } catch {
      /* invalid id for a selector: no label */
    }
  }
  const wrapping = el.closest('label');
  if (wrapping) push(out, wrapping.textContent, 'label');
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    for (const id of labelledBy.split(/\s+/)) push(out, byId(root, id)?.textContent, 'labelledby');
  }
  push(out, el.getAttribute('aria-label'), 'aria-label');
  push(out, el.getAttribute('placeholder') ?? el.getAttribute('data-placeholder'), 'placeholder');
  for (const attr of ['name', 'id']) {
    const value = el.getAttribute(attr);
    if (value) push(out, splitIdentifier(value), 'name');
  }
  push(out, el.getAttribute('title'), 'title');
}

/** Every text that might name `el`. For an iframe editor, also the iframe's and its source textarea's. */
export function labelTexts(el: Element): LabelText[] {
  const out: LabelText[] = [];
  ownLabels(el, out);
  // An editable <body> inside an iframe: the names live on the iframe in the parent document.
  const doc = el.ownerDocument;
  const frame = el.tagName === 'BODY' ? (doc.defaultView?.frameElement ?? null) : null;
  const anchor = frame ?? el;
  if (frame) ownLabels(frame, out);
  if (!isTextField(el)) {
    const source = companionTextarea(anchor);
    if (source) ownLabels(source, out);
    // Rich editors wrap the editable in containers: a label pointing at the wrapper names the editor.
    let wrapper = anchor.parentElement;
    for (let depth = 0; wrapper && depth < 3; depth++, wrapper = wrapper.parentElement) {
      if (wrapper.id) ownLabels(wrapper, out);
    }
  }
  push(out, nearbyLabel(anchor), 'nearby');
  return out;
}

/**
 * The label to show the user: the first strong one, else whatever we found. Only its first sentence:
 * editors append instructions to their aria-label ("Job description. Press Alt+0 for help.").
 */
export function displayLabel(el: Element): string | null {
  const texts = labelTexts(el);
  const strong = texts.find((t) => t.source === 'label' || t.source === 'labelledby' || t.source === 'aria-label');
  const text = (strong ?? texts.find((t) => t.source === 'nearby') ?? texts[0])?.text;
  return text ? cleanLabel(text) : null;
}

/** "Job description. Press Alt+0 for help." → "Job description"; "Benefits *" → "Benefits". */
export function cleanLabel(text: string): string {
  return (text.split(/[.!?]\s+/)[0] ?? text).replace(/[.:*\s]+$/, '') || text;
}

