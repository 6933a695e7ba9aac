/**
 * What the insertion engine takes and answers, in its own words: the DOM layer must not depend on the
 * messages that carry these (messaging/protocol.ts wraps them in its message types).
 */

/** The posting in the two shapes a field can take: rich editors get `html`, plain fields get `text`. */
export interface Rendering {
  html: string;
  text: string;
}

/** What the focused (or label-matched) field is, so the popup can say "Insert into Job description". */
export interface TargetSummary {
  /** Human label of the field ("Job description"), or a generic name when it has none. */
  label: string;
  /** Editor family detected from the DOM (see insert/editor-detect.ts). */
  editor: string;
  /** How the field was chosen. */
  via: 'focus' | 'label';
}

export const FORM_FIELD_KINDS = ['title', 'description', 'requirements', 'benefits', 'responsibilities'] as const;
export type FormFieldKind = (typeof FORM_FIELD_KINDS)[number];

export interface FormSummary {
  /** Site profile id when the page matched one ("linkedin", …), else "generic". */
  site: string;
  fields: { kind: FormFieldKind; label: string }[];
}

export type InsertMode = 'insert' | 'replace';

/** What a form fill sends: one rendering per section a field can take. */
export interface FillPayload {
  title: string;
  /** Brief + about-role: for a description field next to a separate responsibilities field… */
  description: Rendering;
  /** …or brief + about-role + responsibilities when the form has no responsibilities field. */
  descriptionFull: Rendering;
  requirements: Rendering;
  benefits: Rendering;
  responsibilities: Rendering;
  /**
   * Every section on its own (with its heading), in posting order. When present, the description field
   * gets every section that has no field of its own on the form — nothing of the posting is dropped.
   */
  sections?: { id: string; rendering: Rendering }[];
}

/** What an insert asks for (the message adds its type). */
export interface InsertRequest {
  rendering: Rendering;
  mode: InsertMode;
  /** Insert even though the same posting was just inserted / sits at the caret. */
  force?: boolean;
  /** The user accepted cutting the posting to the field's limit. */
  allowTruncate?: boolean;
  scope?: 'top' | 'focused-child-frame';
}

export interface ProbeReply {
  target: TargetSummary | null;
  form: FormSummary | null;
  /** The top frame's focus sits in a cross-origin child frame; ask again with scope 'focused-child-frame'. */
  focusInChildFrame?: boolean;
}

/** The ladder step that got the text in (see insert/ladder.ts). */
export type InsertStep =
  | 'insert-text'
  | 'value-setter'
  | 'paste'
  | 'paste-text'
  | 'beforeinput-paste'
  | 'beforeinput-replacement'
  | 'insert-html'
  | 'main-world';

export type InsertReply =
  | { status: 'inserted'; label: string; editor: string; step: InsertStep; truncated?: boolean }
  /** Text went in but not all of it: nothing more was stacked on top. */
  | { status: 'partial'; label: string; editor: string; step: InsertStep }
  | { status: 'already-inserted'; label: string }
  | { status: 'too-long'; label: string; limit: number; length: number }
  /** No focused field and no confident label match. */
  | { status: 'no-target' }
  /** Every step ran and the text is not in the field: the popup puts it on the clipboard. */
  | { status: 'refused'; label: string; editor: string }
  | { status: 'focus-in-child-frame' }
  | { status: 'error'; message: string };

export type FillFieldOutcome =
  | 'filled'
  | 'appended'
  | 'skipped-has-text'
  | 'already-there'
  | 'partial'
  | 'refused'
  | 'too-long';

export interface FillReply {
  fields: { kind: FormFieldKind; label: string; outcome: FillFieldOutcome; note?: string }[];
}
