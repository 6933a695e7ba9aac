/**
 * The page-world insertion step. The background runs `mainWorldInsert` with
 * `scripting.executeScript({world: 'MAIN', func, args})`, so it must be self-contained: no imports, no
 * closures, only its arguments. It reaches what the isolated world cannot see — editor instances
 * (Quill 1 `__quill`, `ckeditorInstance`, `tinymce`, `CKEDITOR`, Trix `editor`, TipTap `editor`) — and
 * builds paste events in the page's own realm, which Firefox needs for their DataTransfer to be readable.
 *
 * Its target is the focused field (the content script has just focused it; focus is shared by both
 * worlds), followed through shadow roots and same-origin iframes. It tries the routes for the editor
 * family one by one and stops at the first that changes the field. The content script reads the field
 * back afterwards; this function only reports which route ran.
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
  const read = (): string => field.textContent ?? '';
  const before = read();
  const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  async function changed(): Promise<boolean> {
    for (let i = 0; i < 12; i++) {
      if (read() !== before) return true;
      await wait(30);
    }
    return read() !== before;
  }

  // Page globals (editor instances) have no types we could know here.
  type AnyRecord = Record<string, any>;
  const pageWindow = window as unknown as AnyRecord;

  function pagePaste(entries: Record<string, string>): void {
    const view = (field!.ownerDocument.defaultView ?? window) as unknown as typeof window;
    const transfer = new view.DataTransfer();
    for (const [type, value] of Object.entries(entries)) transfer.setData(type, value);
    const event = new view.ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true, composed: true });
    // Gecko ignores clipboardData in the init dictionary: set the data on the event's own object.
    if (event.clipboardData && event.clipboardData !== transfer && !event.clipboardData.types.length) {
      for (const [type, value] of Object.entries(entries)) event.clipboardData.setData(type, value);
    }
    field!.dispatchEvent(event);
  }

  function pageBeforeInput(inputType: string, entries: Record<string, string>): void {
    const view = (field!.ownerDocument.defaultView ?? window) as unknown as typeof window;
    const transfer = new view.DataTransfer();
    for (const [type, value] of Object.entries(entries)) transfer.setData(type, value);
    field!.dispatchEvent(
      new view.InputEvent('beforeinput', { inputType, dataTransfer: transfer, bubbles: true, cancelable: true, composed: true }),
    );
  }

  const both = { 'text/html': html, 'text/plain': text };
  const routes: [string, () => boolean | void][] = [];

  const quillContainer = field.closest('.ql-container') as (Element & AnyRecord) | null;
  if (family === 'quill' && quillContainer?.__quill) {
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
      },
    ]);
  }
  if (family === 'tinymce' && pageWindow.tinymce?.get) {
    routes.push([
      'tinymce-api',
      () => {
        const editors: AnyRecord[] = pageWindow.tinymce.get();
        const editor = editors.find((e) => e.getBody?.() === field) ?? pageWindow.tinymce.activeEditor;
        if (!editor) return false;
        editor.insertContent(html);
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
      },
    ]);
  }
  if (family === 'ckeditor4' && pageWindow.CKEDITOR?.instances) {
    routes.push([
      'ckeditor4-api',
      () => {
        const instances: AnyRecord[] = Object.values(pageWindow.CKEDITOR.instances);
        const editor = instances.find((e) => e.editable?.()?.$ === field) ?? instances[0];
        if (!editor) return false;
        editor.insertHtml(html);
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
    routes.push(['tiptap-api', () => tiptap.commands.insertContent(html)]);
  }

  let lastError: string | undefined;
  for (const [name, run] of routes) {
    try {
      if (run() === false) continue;
    } catch (error) {
      lastError = String(error);
    }
    if (await changed()) return { route: name };
  }
  return { route: null, error: lastError };
}
