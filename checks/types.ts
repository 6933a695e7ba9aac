import type { Confidence, Posting, StateCode, TailorOptions } from '../template/types';

export type Severity = 'error' | 'warning' | 'info';

/**
 * A one-click fix as data: the UI shallow-merges `patch` over the posting's options and re-runs
 * `tailor()`. Fixes never edit the rendered text, so options stay the single source of truth.
 * Array fields in `patch` (dropLines, extraRequirements…) are complete replacement arrays.
 */
export interface Fix {
  label: string;
  patch: Partial<TailorOptions>;
}

export interface Finding {
  /** Stable id; per-jurisdiction rules carry the jurisdiction after "@", e.g. "pay/range-missing@CO". */
  ruleId: string;
  severity: Severity;
  /** Plain words a recruiter understands. */
  message: string;
  /** Where the rule comes from (statute, study, board), so the UI can show it. */
  source: string;
  /** The source's own date, or "crawl". */
  asOf: string;
  /** Below H the UI should add "verify with the board / counsel". */
  confidence?: Confidence;
  /** A public https page for the source (statute, agency, or a reputable summary). */
  url?: string;
  /** When the rule was last reviewed against its sources (YYYY-MM-DD). */
  reviewed?: string;
  /** The posting line the finding is about, when there is one. */
  lineId?: string;
  fix?: Fix;
}

export interface CheckContext {
  /** Defaults to posting.options.state. */
  state?: StateCode;
  /** Defaults to the city part of posting.options.location ("Denver, CO" → "Denver"). */
  city?: string;
  /** Unknown size → every size threshold is assumed met, and a finding says so. */
  employerSize?: number;
  /** YYYY-MM-DD; injected so dated rules are testable. */
  today: string;
  /** e.g. "linkedin", "workable", "greenhouse": enables known length limits. */
  targetSite?: string;
  /** Character limit of the description field, when the caller knows it. */
  fieldMaxLength?: number;
  /** Alias of fieldMaxLength (older name). */
  siteCharLimit?: number;
  /** Length of the plain-text rendering; when absent checks estimate it from the posting. */
  renderedLength?: number;
}

export type Check = (posting: Posting, context: CheckContext) => Finding[];
