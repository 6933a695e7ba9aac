/**
 * The page-world insertion step. The background runs `mainWorldInsert` with
 * `scripting.executeScript({world: 'MAIN', func, args})`, so it must be self-contained: no imports, no
 * closures, only its arguments. It reaches what the isolated world cannot see — editor instances
 * (Quill 1 `__quill`, `ckeditorInstance`, `tinymce`, `CKEDITOR`, Trix `editor`, TipTap `editor`) — and
 * builds paste events in the page's own realm, which Firefox needs for their DataTransfer to be readable.
 *
 * Its target is the focused field (the content script has just focused it; focus is shared by both
 * worlds), followed through shadow roots and same-origin iframes, and only if a person can see it. It
 * tries the routes for the editor family one by one and stops at the first that changes the field. It
 * never falls back to another editor instance (TinyMCE's activeEditor, the first CKEditor 4): that may
 * be an editor other than the user's, so with no instance of its own it reports no route. A route that
 * neither changed the field nor was taken by the editor (defaultPrevented, an API call that returned)
 * is dead: the next one runs at once. A taken one gets a short wait for the editor to apply it, woken
 * by a MutationObserver, never a poll. The content script reads the field back afterwards.
 */
export async function mainWorldInsert(
  html: string,
  text: string,
  family: string,
): Promise<{ route: string | null; error?: string }> {
  function isEditable(el: Element | null): el is HTMLElement {
    if (!el) return false;
    if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') return true;
    return (el as HTMLElement).isContentEditable;
  }

  function focusedField(doc: Document): HTMLElement | null {
    let active: Element | null = doc.activeElement;
    for (let guard = 0; active && guard < 32; guard++) {
      if (active.shadowRoot?.activeElement) {
        active = active.shadowRoot.activeElement;
      } else if (active.tagName === 'IFRAME') {
        try {
          active = (active as HTMLIFrameElement).contentDocument?.activeElement ?? null;
        } catch {
          return null;
        }
      } else break;
    }
    if (!isEditable(active)) return null;
    // The editor root: the outermost contenteditable around the focused node.
    let root = active;
    while (root.parentElement && root.parentElement.isContentEditable) root = root.parentElement;
    return root;
  }

  const field = focusedField(document);
  if (!field) return { route: null, error: 'no focused field' };
  // The content script focused a visible field; if focus is now somewhere hidden, write nowhere.
  const box = field.getBoundingClientRect();
  const seen = (field as HTMLElement & { checkVisibility?(o: object): boolean }).checkVisibility?.({ opacityProperty: true, visibilityProperty: true }) ?? true;
  // Off the page means beyond its top/left edge; above the viewport a person can still scroll to it.
  const view = field.ownerDocument.defaultView ?? window;
  if (!seen || box.width <= 1 || box.height <= 1 || box.right + view.scrollX <= 0 || box.bottom + view.scrollY <= 0) {
    return { route: null, error: 'focused field is hidden' };
  }
  const read = (): string => field.textContent ?? '';
  const before = read();
  /** Resolves true once the field differs from `before`; waits (event-driven) only if the editor took the route. */
  function changed(taken: boolean): Promise<boolean> {
    if (read() !== before || !taken) return Promise.resolve(read() !== before);
    return new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (read() !== before) finish();
      });
      const timer = setTimeout(() => finish(), 500);
      function finish(): void {
        observer.disconnect();
        clearTimeout(timer);
        resolve(read() !== before);
      }
      observer.observe(field!, { childList: true, subtree: true, characterData: true });
    });
  }

  // Page globals (editor instances) have no types we could know here.
  type AnyRecord = Record<string, any>;
  const pageWindow = window as unknown as AnyRecord;

  function pagePaste(entries: Record<string, string>): boolean {
    const view = (field!.ownerDocument.defaultView ?? window) as unknown as typeof window;
    const transfer = new view.DataTransfer();
    for (const [type, value] of Object.entries(entries)) transfer.setData(type, value);
    const event = new view.ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true, composed: true });
    // Gecko ignores clipboardData in the init dictionary: set the data on the event's own object.
    if (event.clipboardData && event.clipboardData !== transfer && !event.clipboardData.types.length) {
      for (const [type, value] of Object.entries(entries)) event.clipboardData.setData(type, value);
    }
    return !field!.dispatchEvent(event);
  }

  function pageBeforeInput(inputType: string, entries: Record<string, string>): boolean {
    const view = (field!.ownerDocument.defaultView ?? window) as unknown as typeof window;
    const transfer = new view.DataTransfer();
    for (const [type, value] of Object.entries(entries)) transfer.setData(type, value);
    return !field!.dispatchEvent(
      new view.InputEvent('beforeinput', { inputType, dataTransfer: transfer, bubbles: true, cancelable: true, composed: true }),
    );
  }

  const both = { 'text/html': html, 'text/plain': text };
  /** Each route returns whether the editor took it (false: not applicable or ignored). */
  const routes: [string, () => boolean][] = [];

  const quillContainer = field.closest('.ql-container') as (Element & AnyRecord) | null;
  if (family.startsWith('quill') && quillContainer?.__quill) {
    routes.push([
      'quill1-api',
      () => {
        const quill = quillContainer.__quill;
        const index = quill.getSelection(true)?.index ?? quill.getLength();
        try {
          quill.clipboard.dangerouslyPasteHTML(index, html, 'user');
        } catch {
          // Trusted Types pages (LinkedIn) refuse HTML sinks: plain text still gets the posting in.
          quill.insertText(index, text, 'user');
        }
        return true;
      },
    ]);
  }
  if (family === 'tinymce' && pageWindow.tinymce?.get) {
    routes.push([
      'tinymce-api',
      () => {
        const editors: AnyRecord[] = pageWindow.tinymce.get();
        // The instance whose body is this field, never activeEditor: that may be another editor.
        const editor = editors.find((e) => e.getBody?.() === field);
        if (!editor) return false;
        editor.insertContent(html);
        return true;
      },
    ]);
  }
  const ck5 = (field as unknown as AnyRecord).ckeditorInstance;
  if (family === 'ckeditor5' && ck5) {
    routes.push([
      'ckeditor5-api',
      () => {
        const fragment = ck5.data.toModel(ck5.data.processor.toView(html));
        ck5.model.change(() => ck5.model.insertContent(fragment));
        return true;
      },
    ]);
  }
  if (family === 'ckeditor4' && pageWindow.CKEDITOR?.instances) {
    routes.push([
      'ckeditor4-api',
      () => {
        const instances: AnyRecord[] = Object.values(pageWindow.CKEDITOR.instances);
        // This field's own instance only, never the first one on the page.
        const editor = instances.find((e) => e.editable?.()?.$ === field);
        if (!editor) return false;
        editor.insertHtml(html);
        return true;
      },
    ]);
  }
  const trixEditor = (field as unknown as AnyRecord).editor;
  if (family === 'trix' && trixEditor?.insertHTML) {
    routes.push([
      'trix-api',
      () => {
        // Without an explicit entry Trix's undo does not cover API inserts.
        trixEditor.recordUndoEntry('Insert job posting');
        trixEditor.insertHTML(html);
        return true;
      },
    ]);
  }
  if (family === 'slate') {
    routes.push(['page-beforeinput', () => pageBeforeInput('insertFromPaste', { 'text/plain': text })]);
  } else if (family !== 'trix') {
    routes.push(['page-paste', () => pagePaste(both)]);
  }
  if (family === 'lexical') {
    routes.push(['page-beforeinput', () => pageBeforeInput('insertReplacementText', both)]);
  }
  const tiptap = (field as unknown as AnyRecord).editor;
  if (family === 'prosemirror' && tiptap?.commands?.insertContent) {
    routes.push(['tiptap-api', () => tiptap.commands.insertContent(html) !== false]);
  }

  let lastError: string | undefined;
  for (const [name, run] of routes) {
    let taken: boolean;
    try {
      taken = run();
    } catch (error) {
      lastError = String(error);
      // A throwing route may still have changed the field.
      taken = false;
    }
    if (await changed(taken)) return { route: name };
  }
  return { route: null, error: lastError };
}
