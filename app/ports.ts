/**
 * What the popup, side panel and options page need from the presets, checks and insertion modules, stated
 * as small interfaces. Each adapter file implements one of them over the real module; tests can
 * hand in their own. This keeps the UI buildable and testable while those modules change.
 */
import type { Finding, Fix } from '../checks/types';
import type { FillReply } from '../messaging/protocol';
import type { PresetsSnapshot } from '../presets/read-only';
import type { SectionId, StateCode, TailorOptions, Posting } from '../template/types';
import type { DeliveryServices, FollowUp } from './deliver-posting';
import type { TabState } from './page-services';

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

export interface InsertOutcome extends ActionResult {
  followUp?: FollowUp;
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

/** What the popup takes (components/popup/usePopup.ts); app/popup-ports.ts builds them over the browser. */
export interface PopupPorts {
  presets: {
    /** Personal presets at once; the organization's part only if its policy answered within a brief wait. */
    quick(): Promise<PresetsSnapshot>;
    /** Everything, once the policy has answered (slow just after browser start). One read, however often asked. */
    full(): Promise<PresetsSnapshot>;
  };
  /** The popup's last pick, so the next popup starts on it. */
  lastPreset: { read(): Promise<string | null>; save(id: string): Promise<void> };
  tabs: {
    /** The tab the popup acts on; null when there is none. */
    target(): Promise<number | null>;
    /** Blocked and why, or reachable with its focused field and form (`loading`: inspect again once loaded). */
    inspect(tabId: number): Promise<TabState>;
    /** True once the tab has loaded; false when it gave up. */
    waitLoaded(tabId: number): Promise<boolean>;
  };
  /** Reach, insert, fill, copy: the popup's services for the deliver-posting use-case (presets come from above). */
  delivery: Omit<DeliveryServices, 'loadPosting'>;
  /** "Check posting": reads the posting in the target tab's form and checks it (absent: not offered). */
  pageCheck?: PageCheckPort;
  sidePanel: {
    /** Asked at once: the panel must open inside the click, with no await before it. */
    windowId(): Promise<number | undefined>;
    open(windowId: number | undefined): Promise<void>;
    /** The popup makes way for the panel (a popup opened as a tab in tests stays). */
    closePopup(): void;
  };
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

// "Check the page" (side panel) and "Check posting" (popup): app/page-check.ts implements the port.
export type PageCheckResult =
  | { ok: true; findings: Finding[]; fieldLabel: string; extraFields: string[] }
  | { ok: false; message: string };

export interface PageCheckContext {
  state?: StateCode;
  location?: string;
  employees?: number;
  /** The state chosen in the side panel: used only when the page's text names none. */
  fallbackState?: StateCode;
}

/** What PageCheck needs; the popup and the side panel hand in the same port, tests their own. */
export interface PageCheckPort {
  check(context?: PageCheckContext): Promise<PageCheckResult>;
  copy(text: string): Promise<boolean>;
}
