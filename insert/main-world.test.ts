// @vitest-environment happy-dom
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mainWorldInsert } from './main-world';
import { stubLayout } from './test-layout';

let restoreLayout: () => void;
beforeAll(() => {
  restoreLayout = stubLayout();
});
afterAll(() => restoreLayout());
afterEach(() => {
  document.body.innerHTML = '';
  delete (window as { tinymce?: unknown }).tinymce;
  delete (window as { CKEDITOR?: unknown }).CKEDITOR;
});

describe('mainWorldInsert never writes into another editor instance', () => {
  it('TinyMCE: no instance owns the focused field → activeEditor is not used', async () => {
    document.body.innerHTML = '<div id="e" class="mce-content-body" contenteditable="true"></div>';
    document.getElementById('e')!.focus();
    const other = { insertContent: vi.fn(), getBody: () => document.createElement('div') };
    (window as { tinymce?: unknown }).tinymce = { get: () => [other], activeEditor: other };
    const reply = await mainWorldInsert('<p>x</p>', 'x', 'tinymce');
    expect(other.insertContent).not.toHaveBeenCalled();
    expect(reply.route).not.toBe('tinymce-api');
  });

  it('CKEditor 4: no instance owns the focused field → the first instance is not used', async () => {
    document.body.innerHTML = '<div id="e" class="cke_editable" contenteditable="true"></div>';
    document.getElementById('e')!.focus();
    const first = { insertHtml: vi.fn(), editable: () => ({ $: document.createElement('div') }) };
    (window as { CKEDITOR?: unknown }).CKEDITOR = { instances: { editor1: first } };
    const reply = await mainWorldInsert('<p>x</p>', 'x', 'ckeditor4');
    expect(first.insertHtml).not.toHaveBeenCalled();
    expect(reply.route).not.toBe('ckeditor4-api');
  });

  it('refuses a hidden focused field', async () => {
    document.body.innerHTML = '<textarea id="t" style="opacity:0"></textarea>';
    document.getElementById('t')!.focus();
    expect(await mainWorldInsert('<p>x</p>', 'x', 'textfield')).toEqual({ route: null, error: 'focused field is hidden' });
  });
});
