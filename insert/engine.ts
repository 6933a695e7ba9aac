import type {
  InsertRequest,
  FillPayload,
  FillReply,
  FormFieldKind,
  InsertReply,
  ProbeReply,
  Rendering,
} from './types';
// Straight from the renderer module (not the template index, which would pull its tables in).
import { escapeHtml } from '../template/render-html';
import { deepActiveElement, editableRoot, fieldName, isEditableField, isTextField } from './editable';
import { detectEditor, takesHtml } from './editor-detect';
import { postingAtCaret, postingKey, type RecentInsertions } from './duplicate-guard';
import { findDescriptionField, findFormFields } from './find-field';
import type { FocusTracker } from './focus-tracker';
import { displayLabel } from './labels';
import { runLadder, type MainWorldStep } from './ladder';
import { detectLimit, truncateText } from './limits';
import { fieldText, squash } from './readback';
import { placeCaret } from './selection';
import type { SiteProfile } from './sites';
import { selectionSettled } from './timing';
import { isVisibleToPerson } from './visibility';
import { mergeVocabulary } from './vocabulary';

/** Everything the engine needs from its surroundings (the content script wires the real ones). */
export interface EngineDeps {
  doc: Document;
  isTopFrame: boolean;
  tracker: FocusTracker;
  recent: RecentInsertions;
  profile: SiteProfile | null;
  /** DOMPurify against the renderer's tags, no attributes. */
  sanitizeHtml: (html: string) => string;
  mainWorld?: MainWorldStep;
  now?: () => number;
  settleMs?: number;
  /** Firefox: DataTransfer-carrying events must be built in the page world (see ladder.ts). */
  dataTransferInPageOnly?: boolean;
}

type Scope = 'top' | 'focused-child-frame';

export interface ResolvedTarget {
  field: HTMLElement;
  via: 'focus' | 'label';
  label: string;
}

/**
 * Which field to write into: the focused one (through shadow roots and same-origin iframes), else the
 * one last focused in this frame, else the job description found by its label. Only fields a person
 * can see qualify: when focus sits in a hidden helper (off-screen, transparent, a pixel wide) the
 * visible field the user was in wins, then the label match, else nothing (the popup asks). `'child-frame'`
 * means focus sits in a frame this document cannot see into; its own content script must answer.
 */
export function resolveTarget(deps: EngineDeps, scope: Scope): ResolvedTarget | 'child-frame' | null {
  const focus = deepActiveElement(deps.doc);
  const focused = focus.element && isEditableField(focus.element) ? focus.element : null;
  // Not the <body> itself, unless it is the editor (designMode iframe document, our own frame's body).
  const field = focused && focused !== deps.doc.body ? editableRoot(focused) : focused;
  const seen = field && isVisibleToPerson(field) ? field : null;
  if (scope === 'focused-child-frame') return deps.isTopFrame || !seen ? null : named(seen, 'focus');
  if (seen) return named(seen, 'focus');
  if (!field && focus.inOpaqueFrame) return 'child-frame';
  const tracked = deps.tracker.lastField();
  if (tracked) return named(tracked, 'focus');
  const match = findDescriptionField(deps.doc, mergeVocabulary(deps.profile?.vocabulary));
  if (match) return { field: match.element, via: 'label', label: match.label };
  return null;
}

function named(field: HTMLElement, via: ResolvedTarget['via']): ResolvedTarget {
  return { field, via, label: fieldName(field, displayLabel(field) ?? undefined) };
}

/** Plain-text fields (inputs, textareas, plaintext-only) get text; rich fields the sanitised HTML. */
function renderingFor(html: boolean, rendering: Rendering, deps: EngineDeps): Rendering {
  if (!html) return { html: '', text: rendering.text };
  return { html: deps.sanitizeHtml(rendering.html), text: rendering.text };
}

/** After a cut the HTML no longer matches: rebuild simple paragraphs from the cut text. */
function textToHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((block) => `<p>${block.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('');
}

function currentLength(field: HTMLElement): number {
  return isTextField(field) ? field.value.length : fieldText(field).trim().length;
}

interface LimitCheck {
  limit: number;
  /** What the field would hold after the insertion. */
  length: number;
  /** Room left for our text. */
  room: number;
}

function checkLimit(field: HTMLElement, text: string, mode: 'insert' | 'replace' | 'end', profileLimit?: number): LimitCheck | null {
  const existing = currentLength(field);
  const found = detectLimit(field, existing);
  const limit = found?.limit ?? (profileLimit && !isTextField(field) ? profileLimit : undefined);
  if (!limit || !Number.isFinite(limit)) return null;
  const used = mode === 'replace' ? 0 : (found?.used ?? existing);
  const length = used + text.length;
  return length > limit ? { limit, length, room: Math.max(0, limit - used) } : null;
}

/** Which kind a single-target insert is, for the profile's limit table. */
function kindOf(field: HTMLElement): FormFieldKind {
  return field.tagName === 'INPUT' ? 'title' : 'description';
}

export function probe(deps: EngineDeps, scope: Scope): ProbeReply | null {
  const target = resolveTarget(deps, scope);
  if (scope === 'focused-child-frame' && (target === null || target === 'child-frame')) return null;
  const form = scope === 'top' ? findFormFields(deps.doc, mergeVocabulary(deps.profile?.vocabulary)) : new Map();
  return {
    target:
      target && target !== 'child-frame'
        ? { label: target.label, editor: detectEditor(target.field), via: target.via }
        : null,
    form:
      form.size > 0
        ? { site: deps.profile?.id ?? 'generic', fields: [...form.values()].map((m) => ({ kind: m.kind, label: m.label })) }
        : null,
    focusInChildFrame: target === 'child-frame' || undefined,
  };
}

/** Insert the posting into the target field: the whole contract of "Insert", minus the clipboard. */
export async function insertPosting(deps: EngineDeps, request: InsertRequest): Promise<InsertReply | null> {
  const scope = request.scope ?? 'top';
  const target = resolveTarget(deps, scope);
  if (scope === 'focused-child-frame' && (target === null || target === 'child-frame')) return null;
  if (target === 'child-frame') return { status: 'focus-in-child-frame' };
  if (!target) return { status: 'no-target' };
  const { field, label } = target;
  const family = detectEditor(field);
  const html = takesHtml(family, field);
  let rendering = renderingFor(html, request.rendering, deps);
  const now = deps.now?.() ?? Date.now();
  const key = postingKey(rendering.text);
  const saved = deps.tracker.savedSelectionFor(field);

  // Editors sync their selection on selectionchange: let it land, but only if the caret moved.
  if (placeCaret(field, request.mode, saved)) await selectionSettled(field.ownerDocument);

  if (!request.force) {
    const repeat = deps.recent.isRepeat(field, key, now);
    const atCaret = request.mode === 'insert' ? postingAtCaret(field, rendering.text) : squash(fieldText(field)) === squash(rendering.text);
    if (repeat || atCaret) return { status: 'already-inserted', label };
  }

  const over = checkLimit(field, rendering.text, request.mode, deps.profile?.limits?.[kindOf(field)]);
  let truncated = false;
  if (over) {
    if (!request.allowTruncate || over.room <= 0) return { status: 'too-long', label, limit: over.limit, length: over.length };
    const text = truncateText(rendering.text, over.room);
    rendering = { text, html: html ? textToHtml(text) : '' };
    truncated = true;
  }

  // Recorded before the ladder runs: a second request arriving meanwhile (double click) is a repeat.
  deps.recent.record(field, key, now);
  const result = await runLadder(field, family, rendering, {
    mainWorld: deps.mainWorld,
    // A failed step can move focus or caret; put them back the same way before the next one.
    prepare: async () => {
      if (field.ownerDocument.activeElement !== field && placeCaret(field, request.mode, saved)) {
        await selectionSettled(field.ownerDocument);
      }
    },
    settleMs: deps.settleMs,
    dataTransferInPageOnly: deps.dataTransferInPageOnly,
    plainText: !html,
  });
  if (result.arrival === 'none' || !result.step) {
    deps.recent.forget(field, key);
    return { status: 'refused', label, editor: family };
  }
  deps.recent.record(field, key, deps.now?.() ?? Date.now());
  if (result.arrival === 'partial') return { status: 'partial', label, editor: family, step: result.step };
  return { status: 'inserted', label, editor: family, step: result.step, ...(truncated ? { truncated } : {}) };
}

const FILL_ORDER: FormFieldKind[] = ['title', 'description', 'responsibilities', 'requirements', 'benefits'];

/** Sections that go to a field of their own when the form has one. */
const SECTION_FIELD: Record<string, FormFieldKind> = {
  responsibilities: 'responsibilities',
  requirements: 'requirements',
  benefits: 'benefits',
};

/**
 * The description field's content: every section without a field of its own on this form (so a
 * title + description form still gets requirements, pay, EEO…), or the fixed variants from older callers.
 */
export function descriptionFor(payload: FillPayload, fieldKinds: ReadonlySet<FormFieldKind>): Rendering {
  if (!payload.sections) return fieldKinds.has('responsibilities') ? payload.description : payload.descriptionFull;
  const parts = payload.sections.filter((section) => {
    const own = SECTION_FIELD[section.id];
    return !(own && fieldKinds.has(own)) && section.rendering.text.trim() !== '';
  });
  return {
    html: parts.map((p) => p.rendering.html).join(''),
    text: parts.map((p) => p.rendering.text).join('\n\n'),
  };
}

/** Fill every detected field with its own section; never wipe what the recruiter already wrote. */
export async function fillForm(deps: EngineDeps, payload: FillPayload): Promise<FillReply> {
  const fields = findFormFields(deps.doc, mergeVocabulary(deps.profile?.vocabulary));
  const reply: FillReply = { fields: [] };
  for (const kind of FILL_ORDER) {
    const match = fields.get(kind);
    if (!match) continue;
    const field = match.element;
    const family = detectEditor(field);
    const html = takesHtml(family, field);
    const source: Rendering =
      kind === 'title'
        ? { html: escapeHtml(payload.title), text: payload.title }
        : kind === 'description'
          ? descriptionFor(payload, new Set(fields.keys()))
          : payload[kind];
    const rendering = renderingFor(html, source, deps);
    const report = (outcome: FillReply['fields'][number]['outcome'], note?: string) =>
      reply.fields.push({ kind, label: match.label, outcome, ...(note ? { note } : {}) });
    if (!rendering.text.trim()) {
      report('skipped-has-text', 'nothing in the posting for this field');
      continue;
    }
    const existing = fieldText(field).trim();
    if (existing && squash(existing).includes(squash(rendering.text))) {
      report('already-there');
      continue;
    }
    if (existing && kind === 'title') {
      report('skipped-has-text', 'kept the title already there');
      continue;
    }
    const over = checkLimit(field, rendering.text, 'end', deps.profile?.limits?.[kind]);
    if (over) {
      report('too-long', `limit ${over.limit} characters, this section would make ${over.length}`);
      continue;
    }
    if (placeCaret(field, 'end', null)) await selectionSettled(field.ownerDocument);
    const result = await runLadder(field, family, rendering, {
      mainWorld: deps.mainWorld,
      settleMs: deps.settleMs,
      dataTransferInPageOnly: deps.dataTransferInPageOnly,
      plainText: !html,
    });
    if (result.arrival === 'none') report('refused');
    else if (result.arrival === 'partial') report('partial');
    else report(existing ? 'appended' : 'filled', existing ? 'added after the text already there' : undefined);
  }
  return reply;
}
