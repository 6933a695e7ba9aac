import type { InsertStep, Rendering } from './types';
import { isTextField } from './editable';
import { type EditorFamily, forbidsExecCommand } from './editor-detect';
import { arrival, type Arrival, fieldText, probesFor } from './readback';
import { settle } from './timing';

/**
 * The insertion ladder: each step goes through the editor's own input path (execCommand, a synthetic
 * paste, a beforeinput, or the page-world API), and each is read back before the next is tried.
 * A step that changed the field stops the ladder, complete or not: stacking a second insertion on a
 * partial one would duplicate text.
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

function dispatchPaste(field: HTMLElement, entries: Record<string, string>): void {
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
  field.dispatchEvent(event);
}

function dispatchBeforeInput(field: HTMLElement, inputType: string, entries: Record<string, string>): void {
  const transfer = dataTransfer(entries);
  const event = new InputEvent('beforeinput', {
    inputType,
    dataTransfer: transfer,
    data: transfer ? null : (entries['text/plain'] ?? null),
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  field.dispatchEvent(event);
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

async function runStep(
  step: InsertStep,
  field: HTMLElement,
  rendering: Rendering,
  family: EditorFamily,
  mainWorld: MainWorldStep | undefined,
): Promise<boolean> {
  const both = { 'text/html': rendering.html, 'text/plain': rendering.text };
  switch (step) {
    case 'insert-text':
      exec(field, 'insertText', rendering.text);
      return true;
    case 'value-setter':
      setValue(field, rendering.text);
      return true;
    case 'insert-html':
      exec(field, 'insertHTML', rendering.html);
      return true;
    case 'paste':
      dispatchPaste(field, both);
      return true;
    case 'paste-text':
      dispatchPaste(field, { 'text/plain': rendering.text });
      return true;
    case 'beforeinput-paste':
      // Slate takes only text/plain; Trix takes the HTML.
      dispatchBeforeInput(field, 'insertFromPaste', family === 'slate' ? { 'text/plain': rendering.text } : both);
      return true;
    case 'beforeinput-replacement':
      dispatchBeforeInput(field, 'insertReplacementText', both);
      return true;
    case 'main-world':
      return mainWorld ? mainWorld(field, rendering, family) : false;
  }
}

export interface LadderOptions {
  mainWorld?: MainWorldStep;
  /** Re-establish focus and caret before each step (a failed step may have moved them). */
  prepare?: () => Promise<void> | void;
  /** Test hook: a shorter read-back budget. */
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
    let ran = false;
    try {
      ran = await runStep(step, field, rendering, family, options.mainWorld);
    } catch {
      // A throwing step may still have changed the field: the read-back below decides.
      ran = true;
    }
    if (!ran) continue;
    const after = await settle(() => fieldText(field), before, options.settleMs);
    const result = arrival(before, after, probes);
    if (result !== 'none') return { arrival: result, step, tried };
  }
  return { arrival: 'none', step: tried.at(-1) ?? null, tried };
}
