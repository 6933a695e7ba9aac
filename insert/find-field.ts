import type { FormFieldKind } from './types';
import { editableRoot, frameDocument, isEditableField, isTextField, shadowRootOf } from './editable';
import { cleanLabel, labelTexts, SOURCE_WEIGHT } from './labels';
import { isVisibleToPerson } from './visibility';
import { GENERIC_VOCABULARY, NEGATIVE_PHRASES, type Vocabulary } from './vocabulary';

/** Below this a match is a guess, and a guess is not good enough to write into. */
export const CONFIDENT_SCORE = 0.5;

export interface FieldMatch {
  element: HTMLElement;
  kind: FormFieldKind;
  score: number;
  /** The label text that matched, for the status line. */
  label: string;
}

function normalise(text: string): string {
  return ` ${text.toLowerCase().replace(/[’']/g, ' ').replace(/[^a-z0-9]+/g, ' ').trim()} `;
}

function isMultiLine(el: HTMLElement): boolean {
  if (el.tagName === 'INPUT') return false;
  if (el.tagName === 'TEXTAREA') return true;
  return el.getAttribute('aria-multiline') !== 'false';
}

function isShown(el: HTMLElement): boolean {
  if (el.closest('[hidden]') || el.closest('[aria-hidden="true"]')) return false;
  if (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'hidden') return false;
  // Rendered, opaque, bigger than a pixel and on the page: hidden look-alikes never win the match.
  return isVisibleToPerson(el);
}

/** Every writable field on the page: inputs, textareas, editor roots, inside open shadow roots and same-origin iframes. */
export function collectCandidates(root: Document | ShadowRoot, out: HTMLElement[] = [], depth = 0): HTMLElement[] {
  if (depth > 8) return out;
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('*'))) {
    const shadow = shadowRootOf(el);
    if (shadow) collectCandidates(shadow, out, depth + 1);
    if (el.tagName === 'IFRAME') {
      const inner = frameDocument(el as HTMLIFrameElement);
      if (!inner?.body || !isShown(el)) continue;
      // A designMode/contenteditable body is the editor (TinyMCE, CKEditor 4); otherwise look inside.
      if (isEditableField(inner.body)) out.push(inner.body);
      else collectCandidates(inner, out, depth + 1);
      continue;
    }
    if (!isEditableField(el)) continue;
    if (!isTextField(el) && editableRoot(el) !== el) continue;
    if (isShown(el)) out.push(el);
  }
  return out;
}

function scoreAgainst(el: HTMLElement, terms: Vocabulary[FormFieldKind]): { score: number; label: string } {
  let best = { score: 0, label: '' };
  for (const label of labelTexts(el)) {
    const text = normalise(label.text);
    if (NEGATIVE_PHRASES.some((p) => text.includes(normalise(p)))) continue;
    for (const term of terms) {
      const phrase = normalise(term.phrase);
      let strength = 0;
      if (text === phrase) strength = 1;
      else if (text.includes(phrase)) strength = 0.75;
      const score = term.weight * strength * SOURCE_WEIGHT[label.source];
      if (score > best.score) best = { score, label: cleanLabel(label.text) };
    }
  }
  return best;
}

/** Can this element hold that kind of content? Titles are single-line; sections need room. */
function fits(kind: FormFieldKind, el: HTMLElement): boolean {
  return kind === 'title' ? isTextField(el) : isMultiLine(el);
}

/** All confident matches of every kind, best first. */
export function scoreFields(candidates: HTMLElement[], vocabulary: Vocabulary = GENERIC_VOCABULARY): FieldMatch[] {
  const matches: FieldMatch[] = [];
  for (const element of candidates) {
    for (const kind of Object.keys(vocabulary) as FormFieldKind[]) {
      if (!fits(kind, element)) continue;
      const { score, label } = scoreAgainst(element, vocabulary[kind]);
      if (score >= CONFIDENT_SCORE) matches.push({ element, kind, score, label });
    }
  }
  return matches.sort((a, b) => b.score - a.score);
}

/**
 * The job description field, found by its label. Returns null unless one field clearly wins: two equally
 * good candidates mean we would be guessing, and a wrong guess writes into someone else's field.
 */
export function findDescriptionField(
  doc: Document,
  vocabulary: Vocabulary = GENERIC_VOCABULARY,
): FieldMatch | null {
  const matches = scoreFields(collectCandidates(doc), vocabulary).filter((m) => m.kind === 'description');
  const [best, second] = matches;
  if (!best) return null;
  if (second && second.element !== best.element && second.score >= best.score - 0.05) return null;
  return best;
}

/**
 * One field per kind for a multi-field form: greedy by score, each element used once.
 * A "form" needs at least two kinds, one of them a section field (a lone title input is not a form).
 */
export function findFormFields(
  doc: Document,
  vocabulary: Vocabulary = GENERIC_VOCABULARY,
): Map<FormFieldKind, FieldMatch> {
  const chosen = new Map<FormFieldKind, FieldMatch>();
  const used = new Set<HTMLElement>();
  for (const match of scoreFields(collectCandidates(doc), vocabulary)) {
    if (chosen.has(match.kind) || used.has(match.element)) continue;
    chosen.set(match.kind, match);
    used.add(match.element);
  }
  const sectionKinds = [...chosen.keys()].filter((k) => k !== 'title');
  if (chosen.size < 2 || sectionKinds.length === 0) chosen.clear();
  return chosen;
}
