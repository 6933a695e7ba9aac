/**
 * The editor fixtures and how a test (or the benchmark) reaches each one's editable element.
 * `rich`: the editor keeps lists in its model, so an insertion must arrive as list items;
 * plain fields get `• ` bullets instead.
 */
import type { Locator, Page } from 'playwright-core';

export type BarePasteMethod = 'insertText' | 'insertHTML' | 'paste' | 'beforeinput';

export interface EditorFixture {
  name: string;
  /** Fixture page (without .html), optionally with a query. */
  page: string;
  rich: boolean;
  /** The model has heading nodes (Trix has only heading1 and drops h2/h3 on paste). */
  headings: boolean;
  /** The element a user clicks to put the caret in the editor. */
  editable(page: Page): Locator;
  /** How the test itself inserts "bare" (baseline for the benchmark, fixture self-check). */
  bareMethod: BarePasteMethod;
}

export const EDITOR_FIXTURES: EditorFixture[] = [
  { name: 'react-textarea', page: 'textarea-react', rich: false, headings: false, editable: (p) => p.locator('#job-description'), bareMethod: 'insertText' },
  { name: 'contenteditable', page: 'contenteditable', rich: true, headings: true, editable: (p) => p.locator('#editor'), bareMethod: 'insertHTML' },
  { name: 'quill', page: 'quill', rich: true, headings: true, editable: (p) => p.locator('.ql-editor'), bareMethod: 'paste' },
  { name: 'tiptap', page: 'tiptap', rich: true, headings: true, editable: (p) => p.locator('.ProseMirror'), bareMethod: 'paste' },
  { name: 'lexical', page: 'lexical', rich: true, headings: true, editable: (p) => p.locator('#editor'), bareMethod: 'paste' },
  { name: 'draft', page: 'draft', rich: true, headings: true, editable: (p) => p.locator('.public-DraftEditor-content'), bareMethod: 'paste' },
  { name: 'ckeditor5', page: 'ckeditor5', rich: true, headings: true, editable: (p) => p.locator('.ck-editor__editable'), bareMethod: 'paste' },
  {
    name: 'tinymce',
    page: 'tinymce',
    rich: true,
    headings: true,
    editable: (p) => p.frameLocator('iframe.tox-edit-area__iframe').locator('body'),
    bareMethod: 'paste',
  },
  { name: 'trix', page: 'trix', rich: true, headings: false, editable: (p) => p.locator('trix-editor'), bareMethod: 'beforeinput' },
  // Playwright's CSS engine pierces open shadow roots.
  { name: 'shadow-root', page: 'shadow-root', rich: true, headings: true, editable: (p) => p.locator('job-description-field #editor'), bareMethod: 'insertHTML' },
  // Closed root: selectors can't reach inside, so the user's click lands on the host's editor area.
  {
    name: 'shadow-root-closed',
    page: 'shadow-root?mode=closed',
    rich: true,
    headings: true,
    editable: (p) => p.locator('job-description-field'),
    bareMethod: 'insertHTML',
  },
  {
    name: 'iframe-host',
    page: 'iframe-host',
    rich: true,
    headings: true,
    editable: (p) => p.frameLocator('#description-frame').locator('#editor'),
    bareMethod: 'insertHTML',
  },
];

export function editorFixture(name: string): EditorFixture {
  const found = EDITOR_FIXTURES.find((f) => f.name === name);
  if (!found) throw new Error(`Unknown editor fixture ${name}`);
  return found;
}

/** Puts the caret at the end of the editor with a real click + End keys, then types `text`. */
export async function clickAndType(page: Page, fixture: EditorFixture, text: string): Promise<void> {
  const editable = fixture.editable(page);
  await page.bringToFront();
  await editable.click();
  await page.keyboard.press('Control+End');
  if (text) await page.keyboard.type(text, { delay: 5 });
}

/**
 * Inserts the way the editor's own paste/typing path expects, dispatched by the test in the page
 * (MAIN world). Used as the benchmark baseline and to prove each fixture accepts structured content.
 */
export async function bareInsert(page: Page, fixture: EditorFixture, payload: { html: string; text: string }): Promise<number> {
  return fixture.editable(page).evaluate(
    (el: HTMLElement, { html, text, method }) => {
      const doc = el.ownerDocument;
      // Wall-clock start (comparable across frames and pages) for the benchmark.
      const startedAt = performance.timeOrigin + performance.now();
      if (method === 'insertText') {
        (el as HTMLTextAreaElement).focus();
        doc.execCommand('insertText', false, text);
        return startedAt;
      }
      if (method === 'insertHTML') {
        el.focus();
        doc.execCommand('insertHTML', false, html);
        return startedAt;
      }
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', text);
      if (method === 'beforeinput') {
        el.dispatchEvent(
          new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: data, bubbles: true, cancelable: true }),
        );
        return startedAt;
      }
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      return startedAt;
    },
    { ...payload, method: fixture.bareMethod },
  );
}
