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
  /**
   * The same element for drivers without Playwright's locators (the Firefox suite, puppeteer): a CSS
   * selector, inside the first `frame` match when set; `>>>` pierces an open shadow root.
   */
  locate: { css: string; frame?: string };
  /** How the test itself inserts "bare" (baseline for the benchmark, fixture self-check). */
  bareMethod: BarePasteMethod;
}

export const EDITOR_FIXTURES: EditorFixture[] = [
  { name: 'react-textarea', page: 'textarea-react', rich: false, headings: false, editable: (p) => p.locator('#job-description'), locate: { css: '#job-description' }, bareMethod: 'insertText' },
  { name: 'contenteditable', page: 'contenteditable', rich: true, headings: true, editable: (p) => p.locator('#editor'), locate: { css: '#editor' }, bareMethod: 'insertHTML' },
  { name: 'quill', page: 'quill', rich: true, headings: true, editable: (p) => p.locator('.ql-editor'), locate: { css: '.ql-editor' }, bareMethod: 'paste' },
  // Quill 1 ignores synthetic paste (editor-insertion notes): its own bare path is insertHTML.
  { name: 'quill1', page: 'quill1', rich: true, headings: true, editable: (p) => p.locator('.ql-editor'), locate: { css: '.ql-editor' }, bareMethod: 'insertHTML' },
  { name: 'tiptap', page: 'tiptap', rich: true, headings: true, editable: (p) => p.locator('.ProseMirror'), locate: { css: '.ProseMirror' }, bareMethod: 'paste' },
  { name: 'lexical', page: 'lexical', rich: true, headings: true, editable: (p) => p.locator('#editor'), locate: { css: '#editor' }, bareMethod: 'paste' },
  { name: 'draft', page: 'draft', rich: true, headings: true, editable: (p) => p.locator('.public-DraftEditor-content'), locate: { css: '.public-DraftEditor-content' }, bareMethod: 'paste' },
  { name: 'ckeditor5', page: 'ckeditor5', rich: true, headings: true, editable: (p) => p.locator('.ck-editor__editable'), locate: { css: '.ck-editor__editable' }, bareMethod: 'paste' },
  {
    name: 'tinymce',
    page: 'tinymce',
    rich: true,
    headings: true,
    editable: (p) => p.frameLocator('iframe.tox-edit-area__iframe').locator('body'),
    locate: { frame: 'iframe.tox-edit-area__iframe', css: 'body' },
    bareMethod: 'paste',
  },
  { name: 'trix', page: 'trix', rich: true, headings: false, editable: (p) => p.locator('trix-editor'), locate: { css: 'trix-editor' }, bareMethod: 'beforeinput' },
  // Playwright's CSS engine pierces open shadow roots.
  { name: 'shadow-root', page: 'shadow-root', rich: true, headings: true, editable: (p) => p.locator('job-description-field #editor'), locate: { css: 'job-description-field >>> #editor' }, bareMethod: 'insertHTML' },
  // Closed root: selectors can't reach inside, so the user's click lands on the host's editor area.
  {
    name: 'shadow-root-closed',
    page: 'shadow-root?mode=closed',
    rich: true,
    headings: true,
    editable: (p) => p.locator('job-description-field'),
    locate: { css: 'job-description-field' },
    bareMethod: 'insertHTML',
  },
  {
    name: 'iframe-host',
    page: 'iframe-host',
    rich: true,
    headings: true,
    editable: (p) => p.frameLocator('#description-frame').locator('#editor'),
    locate: { frame: '#description-frame', css: '#editor' },
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

/** The bare inserter's button (top document, outside the form), for the benchmark's click. */
export const BARE_BUTTON = '#__bare-insert';

/**
 * "Bare" insertion: the page itself puts the same HTML/text in through the editor's own paste or
 * typing path (`bareMethod`), in the click handler of a button the test adds to the page — no
 * extension involved. The button keeps focus and caret in the editor (mousedown is cancelled), and its
 * click listener stamps `window.__clickAt` (wall clock) the way the benchmark stamps the popup's Insert
 * click, so both paths are timed from the same point. Returns the button.
 */
export async function armBareInsert(page: Page, fixture: EditorFixture, payload: { html: string; text: string }): Promise<Locator> {
  await fixture.editable(page).evaluate(
    (el: HTMLElement, { html, text, method, id }) => {
      const top = (window.top ?? window) as Window & { __clickAt?: number };
      top.document.getElementById(id)?.remove();
      const button = top.document.createElement('button');
      button.id = id;
      button.type = 'button';
      button.textContent = 'Bare insert';
      button.style.cssText = 'position:fixed;right:4px;bottom:4px';
      button.addEventListener('mousedown', (event) => event.preventDefault());
      button.addEventListener(
        'click',
        () => {
          top.__clickAt = performance.timeOrigin + performance.now();
          const doc = el.ownerDocument;
          if (method === 'insertText' || method === 'insertHTML') {
            el.focus();
            doc.execCommand(method, false, method === 'insertText' ? text : html);
            return;
          }
          const data = new DataTransfer();
          data.setData('text/html', html);
          data.setData('text/plain', text);
          if (method === 'beforeinput') {
            el.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: data, bubbles: true, cancelable: true }));
          } else {
            el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
          }
        },
        { once: true },
      );
      top.document.body.append(button);
    },
    { ...payload, method: fixture.bareMethod, id: BARE_BUTTON.slice(1) },
  );
  return page.locator(BARE_BUTTON);
}

/** A bare insertion right now (fixture self-check): arm the button and click it from the page. */
export async function bareInsert(page: Page, fixture: EditorFixture, payload: { html: string; text: string }): Promise<void> {
  const button = await armBareInsert(page, fixture, payload);
  await button.evaluate((el: HTMLElement) => el.click());
}
