// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectEditor, forbidsExecCommand, takesHtml } from './editor-detect';
import { ladderFor } from './ladder';

function element(html: string, selector: string): HTMLElement {
  document.body.innerHTML = html;
  return document.querySelector<HTMLElement>(selector)!;
}

describe('detectEditor', () => {
  const cases: [string, string, string][] = [
    ['<textarea id="x"></textarea>', '#x', 'textfield'],
    ['<input id="x" type="text">', '#x', 'textfield'],
    ['<trix-editor id="x" contenteditable="true"></trix-editor>', '#x', 'trix'],
    ['<div id="x" contenteditable="true" data-lexical-editor="true"></div>', '#x', 'lexical'],
    ['<div id="x" contenteditable="true" data-slate-editor="true"></div>', '#x', 'slate'],
    ['<div class="DraftEditor-root"><div id="x" class="public-DraftEditor-content" contenteditable="true"><div data-contents="true"></div></div></div>', '#x', 'draft'],
    ['<div id="x" class="ProseMirror tiptap" contenteditable="true"></div>', '#x', 'prosemirror'],
    ['<div id="x" class="ck ck-content ck-editor__editable" contenteditable="true"></div>', '#x', 'ckeditor5'],
    ['<div id="x" class="cke_editable cke_editable_inline" contenteditable="true"></div>', '#x', 'ckeditor4'],
    ['<div id="x" class="mce-content-body" contenteditable="true"></div>', '#x', 'tinymce'],
    ['<div class="ql-container"><div id="x" class="ql-editor" contenteditable="true"></div></div>', '#x', 'quill'],
    ['<div id="x" class="fr-element fr-view" contenteditable="true"></div>', '#x', 'froala'],
    ['<div id="x" class="note-editable" contenteditable="true"></div>', '#x', 'summernote'],
    ['<div id="x" contenteditable="true"></div>', '#x', 'contenteditable'],
  ];
  it.each(cases)('%s → %s', (html, selector, family) => {
    expect(detectEditor(element(html, selector))).toBe(family);
  });

  it('recognises an editor from a node focused inside it', () => {
    const inner = element('<div class="ProseMirror" contenteditable="true"><p id="x">hi</p></div>', '#x');
    expect(detectEditor(inner)).toBe('prosemirror');
  });
});

describe('ladder policy', () => {
  it('never uses execCommand or DOM edits on Draft.js', () => {
    expect(forbidsExecCommand('draft')).toBe(true);
    expect(ladderFor('draft')).not.toContain('insert-html');
    expect(ladderFor('draft')).not.toContain('insert-text');
    expect(ladderFor('draft')[0]).toBe('paste');
  });

  it('starts plain fields with insertText and plain contenteditable with insertHTML', () => {
    expect(ladderFor('textfield')[0]).toBe('insert-text');
    expect(ladderFor('contenteditable')[0]).toBe('insert-html');
    expect(ladderFor('trix')[0]).toBe('beforeinput-paste');
    expect(ladderFor('lexical')).toContain('beforeinput-replacement');
  });

  it('moves DataTransfer steps to the page world where the isolated world cannot carry them (Firefox)', () => {
    expect(ladderFor('prosemirror', true)).toEqual(['main-world']);
    expect(ladderFor('lexical', true)).toEqual(['main-world']);
    expect(ladderFor('quill', true)).toEqual(['main-world', 'insert-html']);
    expect(ladderFor('textfield', true)).toEqual(ladderFor('textfield'));
    expect(ladderFor('draft', true)).not.toContain('insert-html');
  });

  it('sends HTML to rich fields only', () => {
    expect(takesHtml('textfield', element('<textarea id="x"></textarea>', '#x'))).toBe(false);
    expect(takesHtml('contenteditable', element('<div id="x" contenteditable="plaintext-only"></div>', '#x'))).toBe(false);
    expect(takesHtml('quill', element('<div id="x" class="ql-editor" contenteditable="true"></div>', '#x'))).toBe(true);
  });
});
