import { editableRoot, eventOrigin, frameDocument, isEditableField } from './editable';
import { saveSelection, type SavedSelection } from './selection';
import { isVisibleToPerson } from './visibility';

/**
 * Remembers the last editable field focused in this frame and where its caret was when focus left —
 * opening the popup or the context menu takes focus away, and the insertion must land where the user
 * was. Two listeners (focusin/focusout, capture phase), no scanning, no observers.
 *
 * Only fields a person can see are remembered, and only from trusted focus events: a page that moves
 * focus into a hidden helper, or fires a synthetic focusin, must not become the insertion target.
 */
export class FocusTracker {
  private field: HTMLElement | null = null;
  private saved: SavedSelection | null = null;

  /** Listens on `win`; returns a function that removes the listeners. */
  install(win: Window): () => void {
    const onFocusIn = (event: Event) => this.noteFocus(event);
    const onFocusOut = (event: Event) => this.noteBlur(event);
    win.addEventListener('focusin', onFocusIn, true);
    win.addEventListener('focusout', onFocusOut, true);
    return () => {
      win.removeEventListener('focusin', onFocusIn, true);
      win.removeEventListener('focusout', onFocusOut, true);
    };
  }

  noteFocus(event: Event): void {
    // `=== false`: test DOMs without the flag count as trusted; browsers always set it.
    if (event.isTrusted === false) return;
    const origin = eventOrigin(event);
    if (!origin || !isVisibleToPerson(origin)) return;
    if (isEditableField(origin)) {
      this.field = editableRoot(origin);
      this.saved = null;
    } else if (origin.tagName === 'IFRAME') {
      // Focus moved into a same-origin iframe editor (TinyMCE, CKEditor 4): remember the frame.
      this.field = origin as HTMLElement;
      this.saved = null;
    }
  }

  noteBlur(event: Event): void {
    if (event.isTrusted === false) return;
    const origin = eventOrigin(event);
    if (!origin || !this.field) return;
    if (origin === this.field || this.field.contains(origin)) this.saved = saveSelection(this.field);
  }

  /**
   * The remembered field, if it is still on the page, writable and visible (an iframe resolves to its
   * editable body).
   */
  lastField(): HTMLElement | null {
    const field = this.field;
    if (!field?.isConnected || !isVisibleToPerson(field)) return null;
    if (field.tagName === 'IFRAME') {
      const inner = frameDocument(field as HTMLIFrameElement);
      const active = inner?.activeElement;
      if (active && isEditableField(active)) return editableRoot(active as HTMLElement);
      return inner?.body && isEditableField(inner.body) ? inner.body : null;
    }
    return isEditableField(field) ? field : null;
  }

  savedSelectionFor(field: HTMLElement): SavedSelection | null {
    return this.field === field ? this.saved : null;
  }
}
