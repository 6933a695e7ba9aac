/**
 * What the side panel and options page need from the presets, checks and insertion modules, stated
 * as small interfaces. Each adapter file implements one of them over the real module; tests can
 * hand in their own. This keeps the UI buildable and testable while those modules change.
 */
import type { Finding, Fix } from '../checks/types';
import type { FillReply } from '../messaging/protocol';
import type { SectionId, TailorOptions, Posting } from '../template/types';

/** What a button's action reports back: shown in the status line, styled as success or error. */
export type ActionResult = { ok: boolean; message: string };

export interface PresetEntry {
  id: string;
  name: string;
  options: TailorOptions;
  /** Organization presets (enterprise policy): can be loaded and copied, never changed. */
  readOnly?: boolean;
}

/** What the organization's policy sets (see presets/managed.ts); absent or empty without a policy. */
export interface OrganizationView {
  presets: readonly PresetEntry[];
  /** Fill blank fields (applied with `applyOrganizationPolicy`). */
  defaults: TailorOptions;
  /** Fields the user cannot change; they always take the value in `defaults`. */
  lockedFields: ReadonlyArray<keyof TailorOptions>;
}

export interface PresetNoticeView {
  key: string;
  text: string;
  /** Present for one-off events; standing conditions (load error, local-only presets) cannot be dismissed. */
  dismiss?: () => void;
}

export interface PresetsView {
  /** False until stored presets are loaded; nothing may be written before. */
  hydrated: boolean;
  presets: readonly PresetEntry[];
  defaultId: string | null;
  /** Storage notices to show (e.g. "sync is full, presets are kept on this device only"). */
  notices: readonly PresetNoticeView[];
  /** Organization presets, defaults and locked fields; `presets` above stays personal only. */
  organization?: OrganizationView;
}

export interface PresetsPort {
  /** Preact hook: re-renders the caller when presets change (in this or another extension page). */
  useView(): PresetsView;
  /** Resolves to the preset as stored (the store may normalize the options). */
  create(name: string, options: TailorOptions): Promise<PresetEntry>;
  update(id: string, options: TailorOptions): Promise<PresetEntry>;
}

export interface ChecksPort {
  run(posting: Posting): Finding[];
  /** The options with a finding's one-click fix applied. */
  applyFix(options: TailorOptions, fix: Fix): TailorOptions;
}

/** A question the user must answer before Insert can go on. */
export type InsertFollowUp = { kind: 'too-long'; limit: number; length: number } | { kind: 'repeat'; label: string };

export interface InsertOutcome extends ActionResult {
  followUp?: InsertFollowUp;
  /** Per-field result of Fill form. */
  fill?: FillReply;
}

export interface InsertOptions {
  /** Insert although the same text was just inserted there. */
  force?: boolean;
  /** The user accepted cutting the text to the field's limit. */
  allowTruncate?: boolean;
}

export interface InsertPort {
  insert(posting: Posting, section: SectionId | undefined, options?: InsertOptions): Promise<InsertOutcome>;
  fill(posting: Posting): Promise<InsertOutcome>;
}

export type ConflictChoice = 'keep' | 'replace' | 'keep-both';

export interface ImportConflictView {
  id: string;
  incomingName: string;
  existingName: string;
}

export type ParsedImport =
  | { ok: false; error: string }
  | {
      ok: true;
      count: number;
      conflicts: readonly ImportConflictView[];
      /** Every conflict id needs a choice; nothing is written when one is missing. */
      apply(resolution: Readonly<Record<string, ConflictChoice>>): Promise<ActionResult>;
    };

export interface ImportExportPort {
  exportJson(): { json: string; count: number };
  /** Validates the file text; changes nothing. */
  parse(text: string): ParsedImport;
}
