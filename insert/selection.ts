import { isTextField } from './editable';

/** Where the caret was when the user left a field (saved on focusout, restored before inserting). */
export type SavedSelection =
  | { kind: 'text'; start: number; end: number }
  | { kind: 'range'; range: Range };

export function saveSelection(field: Element): SavedSelection | null {
  if (isTextField(field)) {
    const start = field.selectionStart;
    const end = field.selectionEnd;
    return start === null || end === null ? null : { kind: 'text', start, end };
  }
  const selection = field.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!field.contains(range.startContainer) || !field.contains(range.endContainer)) return null;
  return { kind: 'range', range: range.cloneRange() };
}

function selectionInside(field: Element): boolean {
  const selection = field.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return false;
  const range = selection.getRangeAt(0);
  return field.contains(range.startContainer) && field.contains(range.endContainer);
}

function applyRange(field: Element, range: Range): void {
  const selection = field.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/**
 * Focus the field and put the caret where the insertion belongs:
 * - replace: everything in the field selected (one paste / insertText replaces it: one undo step);
 * - insert: the live caret if it is inside the field, else the saved one, else the end.
 * Returns false when focus and caret were already where they belong (nothing for the editor to catch up on).
 */
export function placeCaret(field: HTMLElement, mode: 'insert' | 'replace' | 'end', saved: SavedSelection | null): boolean {
  const wasFocused = field.ownerDocument.activeElement === field;
  // Before focus(): focusing a contenteditable puts a caret at its start, which is not the user's.
  const liveCaret = !isTextField(field) && selectionInside(field);
  field.focus({ preventScroll: true });
  if (isTextField(field)) {
    const length = field.value.length;
    if (mode === 'replace') field.setSelectionRange(0, length);
    else if (mode === 'end') field.setSelectionRange(length, length);
    else if (saved?.kind === 'text' && saved.end <= length) field.setSelectionRange(saved.start, saved.end);
    else if (!wasFocused) field.setSelectionRange(length, length);
    else return false;
    return true;
  }
  const doc = field.ownerDocument;
  if (mode === 'insert' && liveCaret) return !wasFocused;
  if (mode === 'insert' && saved?.kind === 'range' && saved.range.startContainer.isConnected && field.contains(saved.range.startContainer)) {
    applyRange(field, saved.range);
    return true;
  }
  const range = doc.createRange();
  range.selectNodeContents(field);
  if (mode !== 'replace') {
    const [node, offset] = endPoint(field);
    range.setStart(node, offset);
    range.collapse(true);
  }
  applyRange(field, range);
  return true;
}

/**
 * The last caret position inside the field's last block ("…text|</p>", or before a trailing <br>), not
 * after the block: editors map a caret between blocks to odd places.
 */
export function endPoint(field: Node): [Node, number] {
  let node: Node = field;
  for (;;) {
    const last: ChildNode | null = node.lastChild;
    if (!last) return [node, node.nodeType === 3 ? (node.textContent ?? '').length : 0];
    if (last.nodeType === 3) return [last, (last.textContent ?? '').length];
    if (last.nodeName === 'BR') return [node, node.childNodes.length - 1];
    if (last.nodeType !== 1) return [node, node.childNodes.length];
    node = last;
  }
}
