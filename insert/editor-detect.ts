import { isTextField } from './editable';

/**
 * Editor families, told apart by DOM signature from the isolated world (editor-insertion.md §4).
 * The family decides the order of the insertion ladder.
 */
export const EDITOR_FAMILIES = [
  'textfield',
  'trix',
  'lexical',
  'slate',
  'draft',
  'prosemirror',
  'ckeditor5',
  'ckeditor4',
  'tinymce',
  'froala',
  'quill',
  'quill1',
  'summernote',
  'contenteditable',
] as const;
export type EditorFamily = (typeof EDITOR_FAMILIES)[number];

/** Most specific first: Draft's and Lexical's roots are also plain contenteditables. */
const SIGNATURES: [EditorFamily, string][] = [
  ['trix', 'trix-editor'],
  ['lexical', '[data-lexical-editor]'],
  ['slate', '[data-slate-editor]'],
  ['draft', '.DraftEditor-root, .public-DraftEditor-content, [data-contents]'],
  ['prosemirror', '.ProseMirror'],
  ['ckeditor5', '.ck-editor__editable, .ck-content'],
  ['ckeditor4', '.cke_editable'],
  ['tinymce', '.mce-content-body, body#tinymce'],
  ['froala', '.fr-element.fr-view'],
  // Quill 1 keeps a hidden paste container (.ql-clipboard) beside its editor; Quill 2 has none.
  ['quill1', '.ql-container:has(> .ql-clipboard) > .ql-editor'],
  ['quill', '.ql-editor'],
  ['summernote', '.note-editable'],
];

export function detectEditor(el: Element): EditorFamily {
  if (isTextField(el)) return 'textfield';
  for (const [family, selector] of SIGNATURES) {
    // The field itself, an ancestor (focus on an inner node), or — for Draft — the root's inner content node.
    if (el.matches(selector) || el.closest(selector) || (family === 'draft' && el.querySelector('[data-contents]'))) {
      return family;
    }
  }
  return 'contenteditable';
}

/** Draft.js is corrupted by execCommand and DOM edits (draft-js#36, #616): only paste may touch it. */
export function forbidsExecCommand(family: EditorFamily): boolean {
  return family === 'draft';
}

/** Plain fields get the plain-text rendering; everything else the HTML one. */
export function takesHtml(family: EditorFamily, el: Element): boolean {
  if (family === 'textfield') return false;
  return el.getAttribute('contenteditable')?.toLowerCase() !== 'plaintext-only';
}
