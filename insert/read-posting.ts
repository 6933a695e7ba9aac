/**
 * Reads the posting a recruiter is about to publish, for "Check the page": the description from the field
 * Insert would use (focused, else found by its label), plus the form's title, requirements and benefits
 * fields where it has them. Read only: nothing on the page changes. Rich editors are read as their HTML
 * (headings and lists survive); checks/ turns it into text in the extension page, not here, to keep the
 * content script small.
 */
import { isTextField } from './editable';
import { detectEditor } from './editor-detect';
import { resolveTarget, type EngineDeps } from './engine';
import { findDescriptionField, findFormFields } from './find-field';
import { mergeVocabulary } from './vocabulary';

export interface ReadField {
  text: string;
  format: 'text' | 'html';
  label: string;
}

export interface ReadPostingReply {
  status: 'ok' | 'no-target' | 'focus-in-child-frame';
  description?: ReadField & { editor: string };
  title?: string;
  requirements?: ReadField;
  benefits?: ReadField;
}

/** Enough for any real posting; a runaway field is cut rather than sent whole through messaging. */
const MAX_CHARS = 100_000;

function readField(el: HTMLElement, label: string): ReadField {
  if (isTextField(el)) return { text: el.value.slice(0, MAX_CHARS), format: 'text', label };
  return { text: el.innerHTML.slice(0, MAX_CHARS), format: 'html', label };
}

export function readPosting(deps: EngineDeps, scope: 'top' | 'focused-child-frame'): ReadPostingReply | null {
  const target = resolveTarget(deps, scope);
  if (scope === 'focused-child-frame' && (target === null || target === 'child-frame')) return null;
  if (target === 'child-frame') return { status: 'focus-in-child-frame' };
  if (!target) return { status: 'no-target' };
  const vocabulary = mergeVocabulary(deps.profile?.vocabulary);
  const form = scope === 'top' ? findFormFields(deps.doc, vocabulary) : new Map();
  let field = target.field;
  let label = target.label;
  // Focus last sat in a one-line field (the title): the description is the form's description field.
  if (isTextField(field) && field.tagName === 'INPUT') {
    const description = form.get('description') ?? findDescriptionField(deps.doc, vocabulary);
    if (description) ({ element: field, label } = description);
  }
  const reply: ReadPostingReply = { status: 'ok', description: { ...readField(field, label), editor: detectEditor(field) } };
  const title = form.get('title');
  if (title && title.element !== field && isTextField(title.element)) reply.title = title.element.value.slice(0, 500);
  for (const kind of ['requirements', 'benefits'] as const) {
    const match = form.get(kind);
    if (match && match.element !== field) reply[kind] = readField(match.element, match.label);
  }
  return reply;
}
