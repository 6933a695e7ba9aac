/**
 * Reads the posting a recruiter is about to publish, for "Check the page": the description from the field
 * Insert would use (focused, else found by its label), plus the form's title, requirements and benefits
 * fields where it has them. Read only: nothing on the page changes. Rich editors are read as their HTML
 * (headings and lists survive); checks/ turns it into text in the extension page, not here: the content
 * script has a 20 KB budget, so this file stays a few lines.
 */
import { isTextField } from './editable';
import { resolveTarget, type EngineDeps } from './engine';
import { findFormFields } from './find-field';
import { mergeVocabulary } from './vocabulary';

export interface ReadField {
  text: string;
  format: 'text' | 'html';
  label: string;
}

export interface ReadPostingReply {
  status: 'ok' | 'no-target' | 'focus-in-child-frame';
  description?: ReadField;
  title?: ReadField;
  requirements?: ReadField;
  benefits?: ReadField;
}

const read = (el: HTMLElement, label: string): ReadField =>
  isTextField(el) ? { text: el.value, format: 'text', label } : { text: el.innerHTML, format: 'html', label };

export function readPosting(deps: EngineDeps, scope: 'top' | 'focused-child-frame'): ReadPostingReply | null {
  const target = resolveTarget(deps, scope);
  if (!target || target === 'child-frame') return scope === 'top' ? { status: target ? 'focus-in-child-frame' : 'no-target' } : null;
  const form = scope === 'top' ? findFormFields(deps.doc, mergeVocabulary(deps.profile?.vocabulary)) : new Map();
  let { field, label } = target;
  // Focus last sat in a one-line field (the title) or in another part of the form (requirements, benefits,
  // typed last): the description is the form's description field, and the focused part is read as itself.
  const description = form.get('description');
  const inOtherPart = [...form.values()].some((m) => m.element === field && m !== description);
  if (description && (field.tagName === 'INPUT' || inOtherPart)) ({ element: field, label } = description);
  const reply: ReadPostingReply = { status: 'ok', description: read(field, label) };
  for (const kind of ['title', 'requirements', 'benefits'] as const) {
    const match = form.get(kind);
    if (match && match.element !== field) reply[kind] = read(match.element, match.label);
  }
  return reply;
}
