import type { InsertStep, Rendering } from './types';
import { isTextField } from './editable';
import { type EditorFamily, forbidsExecCommand } from './editor-detect';
import { arrival, type Arrival, fieldText, probesFor } from './readback';
import { watchField } from './timing';

/**
 * The insertion ladder: each step goes through the editor's own input path (execCommand, a synthetic
 * paste, a beforeinput, or the page-world API), and each is read back before the next is tried.
 * A step that changed the field stops the ladder, complete or not: stacking a second insertion on a
 * partial one would duplicate text. Whether a step did anything is decided at once (see timing.ts):
 * a dead step costs no waiting; only a step the editor took (defaultPrevented, the page world's route)
 * waits, event-driven, for the editor to apply it.
 */

/** Runs the page-world step; resolves true if some route ran (the read-back decides whether it worked). */
export type MainWorldStep = (field: HTMLElement, rendering: Rendering, family: EditorFamily) => Promise<boolean>;

export interface LadderResult {
  arrival: Arrival;
  /** The step that changed the field (or the last one tried). */
  step: InsertStep | null;
  tried: InsertStep[];
}

/** Step order per editor family (editor-insertion.md §2, verified matrix in Chromium 156). */
export const LADDERS: Record<EditorFamily, InsertStep[]> = {
  textfield: ['insert-text', 'value-setter'],
  contenteditable: ['insert-html', 'insert-text', 'main-world'],
  summernote: ['insert-html', 'paste', 'main-world'],
  prosemirror: ['paste', 'main-world'],
  quill: ['paste', 'main-world', 'insert-html'],
  // Quill 1 ignores a synthetic paste (it waits for the browser's own into its hidden container);
  // insertHTML goes through its DOM observer, formatted and undoable.
  quill1: ['insert-html', 'main-world'],
  ckeditor5: ['paste', 'main-world'],
  ckeditor4: ['paste', 'main-world', 'insert-html'],
  tinymce: ['paste', 'main-world', 'insert-html'],
  froala: ['paste', 'main-world', 'insert-html'],
  draft: ['paste', 'main-world'],
  lexical: ['paste', 'beforeinput-replacement', 'main-world'],
  slate: ['beforeinput-paste', 'paste-text', 'main-world'],
  trix: ['beforeinput-paste', 'main-world'],
};

/**
 * Fields that take text only (inputs, textareas, contenteditable="plaintext-only"): insertText keeps the
 * browser's own undo; an HTML step would be turned into literal markup or dropped.
 */
const PLAIN_TEXT_LADDERS: Record<'textfield' | 'editable', InsertStep[]> = {
  textfield: LADDERS.textfield,
  editable: ['insert-text', 'paste-text', 'main-world'],
};

const EXEC_STEPS = new Set<InsertStep>(['insert-text', 'insert-html']);

/** Steps that hand the editor a DataTransfer built in this (isolated) world. */
const DATA_TRANSFER_STEPS = new Set<InsertStep>(['paste', 'paste-text', 'beforeinput-paste', 'beforeinput-replacement']);

/**
 * The ladder for a family, with execCommand steps removed where they corrupt the editor. With
 * `dataTransferInPageOnly` (Firefox: Xray wrappers empty a DataTransfer made by a content script), the
 * DataTransfer steps become the page-world step, which builds the same events in the page's realm.
 */
export function ladderFor(family: EditorFamily, dataTransferInPageOnly = false, plainText = false): InsertStep[] {
  let steps = plainText ? PLAIN_TEXT_LADDERS[family === 'textfield' ? 'textfield' : 'editable'] : LADDERS[family];
  if (forbidsExecCommand(family)) steps = steps.filter((s) => !EXEC_STEPS.has(s));
  if (dataTransferInPageOnly) {
    steps = steps.map((s) => (DATA_TRANSFER_STEPS.has(s) ? 'main-world' : s));
    steps = steps.filter((s, i) => steps.indexOf(s) === i);
  }
  return steps;
}

function dataTransfer(entries: Record<string, string>): DataTransfer | null {
  try {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(entries)) transfer.setData(type, value);
    return transfer;
  } catch {
    return null;
  }
}

/** Each dispatch returns whether the editor took the event (cancelled it to handle it itself). */
function dispatchPaste(field: HTMLElement, entries: Record<string, string>): boolean {
  const transfer = dataTransfer(entries);
  const event = new ClipboardEvent('paste', {
    clipboardData: transfer,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  // Gecko ignores `clipboardData` in the init dictionary; fill the event's own one when it has one.
  if (event.clipboardData && event.clipboardData !== transfer && !event.clipboardData.types.length) {
    for (const [type, value] of Object.entries(entries)) event.clipboardData.setData(type, value);
  }
  return !field.dispatchEvent(event);
}

function dispatchBeforeInput(field: HTMLElement, inputType: string, entries: Record<string, string>): boolean {
  const transfer = dataTransfer(entries);
  const event = new InputEvent('beforeinput', {
    inputType,
    dataTransfer: transfer,
    data: transfer ? null : (entries['text/plain'] ?? null),
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  return !field.dispatchEvent(event);
}

function exec(field: HTMLElement, command: 'insertText' | 'insertHTML', value: string): void {
  field.ownerDocument.execCommand(command, false, value);
}

/** Last resort for plain fields where execCommand is unavailable: breaks undo, so it comes last. */
function setValue(field: HTMLElement, text: string): void {
  if (!isTextField(field)) return;
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? start;
  let piece = text;
  if (field.maxLength > 0) piece = piece.slice(0, Math.max(0, field.maxLength - (field.value.length - (end - start))));
  field.setRangeText(piece, start, end, 'end');
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: piece }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * Runs one step. Resolves whether the editor *took* it without (yet) showing a change: true makes the
 * ladder wait for the change; false with no change means the step is dead. null: the step could not run.
 */
async function runStep(
  step: InsertStep,
  field: HTMLElement,
  rendering: Rendering,
  family: EditorFamily,
  mainWorld: MainWorldStep | undefined,
): Promise<boolean | null> {
  const both = { 'text/html': rendering.html, 'text/plain': rendering.text };
  switch (step) {
    // execCommand and the value setter change the field synchronously or not at all.
    case 'insert-text':
      exec(field, 'insertText', rendering.text);
      return false;
    case 'value-setter':
      setValue(field, rendering.text);
      return false;
    case 'insert-html':
      exec(field, 'insertHTML', rendering.html);
      return false;
    case 'paste':
      return dispatchPaste(field, both);
    case 'paste-text':
      return dispatchPaste(field, { 'text/plain': rendering.text });
    case 'beforeinput-paste':
      // Slate takes only text/plain; Trix takes the HTML.
      return dispatchBeforeInput(field, 'insertFromPaste', family === 'slate' ? { 'text/plain': rendering.text } : both);
    case 'beforeinput-replacement':
      return dispatchBeforeInput(field, 'insertReplacementText', both);
    case 'main-world':
      // The page world reports a route only when the field changed or the editor took it.
      return mainWorld ? ((await mainWorld(field, rendering, family)) || null) : null;
  }
}

export interface LadderOptions {
  mainWorld?: MainWorldStep;
  /** Re-establish focus and caret before each step (a failed step may have moved them). */
  prepare?: () => Promise<void> | void;
  /** How long a step the editor took may take to show up (test hook: shorter). */
  settleMs?: number;
  /** See `ladderFor` (true in the Firefox build). */
  dataTransferInPageOnly?: boolean;
  /** The field takes text only (plaintext-only contenteditable): the text ladder, never an HTML step. */
  plainText?: boolean;
}

export async function runLadder(
  field: HTMLElement,
  family: EditorFamily,
  rendering: Rendering,
  options: LadderOptions = {},
): Promise<LadderResult> {
  const probes = probesFor(rendering.text);
  const tried: InsertStep[] = [];
  for (const step of ladderFor(family, options.dataTransferInPageOnly, options.plainText)) {
    if (step === 'main-world' && !options.mainWorld) continue;
    await options.prepare?.();
    const before = fieldText(field);
    tried.push(step);
    const watch = watchField(field);
    let taken: boolean | null;
    try {
      taken = await runStep(step, field, rendering, family, options.mainWorld);
    } catch {
      // A throwing step may still have changed the field: the read-back below decides.
      taken = true;
    }
    // Read only if something moved (a plain field's value is cheap; innerText costs a layout).
    let after = watch.count() || isTextField(field) ? fieldText(field) : before;
    let result = arrival(before, after, probes);
    if (result === 'complete' && !isTextField(field)) {
      // One task later: a page that reverts foreign DOM changes (Lexical, guarded editors) has done so
      // by then — in Firefox its observer runs after our continuation, not before.
      const seen = watch.count();
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (watch.count() !== seen) result = arrival(before, (after = fieldText(field)), probes);
    }
    // Taken but not shown yet, or shown in part (editors that apply in passes): wait for the editor.
    if (result !== 'complete' && (taken || result === 'partial')) {
      after = await watch.until(
        () => fieldText(field),
        (value) => arrival(before, value, probes) === 'complete',
        options.settleMs ?? 700,
      );
      result = arrival(before, after, probes);
    }
    watch.stop();
    if (result !== 'none') return { arrival: result, step, tried };
  }
  return { arrival: 'none', step: tried.at(-1) ?? null, tried };
}
