import { isTextField } from './editable';
import { squash } from './readback';

/** How long a repeat click counts as an accident rather than a wish for a second copy. */
export const REPEAT_WINDOW_MS = 10_000;

/** Cheap stable key for "this posting's text" (FNV-1a over the squashed text). */
export function postingKey(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of squash(text)) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** Remembers the last insertion per field, held weakly so removed fields are forgotten. */
export class RecentInsertions {
  private readonly byField = new WeakMap<Element, { key: string; at: number }>();

  record(field: Element, key: string, at: number): void {
    this.byField.set(field, { key, at });
  }

  /** The insertion did not happen after all: a retry must not be called a repeat. */
  forget(field: Element, key: string): void {
    if (this.byField.get(field)?.key === key) this.byField.delete(field);
  }

  isRepeat(field: Element, key: string, now: number, windowMs = REPEAT_WINDOW_MS): boolean {
    const last = this.byField.get(field);
    return !!last && last.key === key && now - last.at >= 0 && now - last.at < windowMs;
  }
}

/** Text before and after the caret (or selection) inside the field. */
export function textAroundCaret(field: Element): { before: string; after: string } | null {
  if (isTextField(field)) {
    const start = field.selectionStart ?? field.value.length;
    const end = field.selectionEnd ?? start;
    return { before: field.value.slice(0, start), after: field.value.slice(end) };
  }
  const selection = field.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!field.contains(range.startContainer) || !field.contains(range.endContainer)) return null;
  const doc = field.ownerDocument;
  const beforeRange = doc.createRange();
  beforeRange.selectNodeContents(field);
  beforeRange.setEnd(range.startContainer, range.startOffset);
  const afterRange = doc.createRange();
  afterRange.selectNodeContents(field);
  afterRange.setStart(range.endContainer, range.endOffset);
  return { before: beforeRange.toString(), after: afterRange.toString() };
}

/** The posting already sits right at the caret (just before it, as after an insertion, or just after). */
export function postingAtCaret(field: Element, postingText: string): boolean {
  const around = textAroundCaret(field);
  const wanted = squash(postingText);
  if (!around || !wanted) return false;
  return squash(around.before).endsWith(wanted) || squash(around.after).startsWith(wanted);
}
