import type { Confidence, StateCode, TailorOptions } from '../template/types';
import type { PostingFacts } from './facts';

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

/** A finding as every caller sees it: always with a public citation, an https link and a review date. */
export interface Finding {
  /** Stable id; per-jurisdiction rules carry the jurisdiction after "@", e.g. "pay/range-missing@CO". */
  ruleId: string;
  severity: Severity;
  /** Plain words a recruiter understands. */
  message: string;
  /** Where the rule comes from (statute or rule number, agency, study), as a recruiter would look it up. */
  source: string;
  /** An official or reputable public page for the source (https). */
  sourceUrl: string;
  /** YYYY-MM-DD: when we last reviewed the rule against its source (the UI flags it after six months). */
  reviewed: string;
  /** The source's own date, or "crawl". */
  asOf: string;
  /** Below H the UI should add "verify with the board / counsel". */
  confidence?: Confidence;
  /** The posting line the finding is about, when there is one. */
  lineId?: string;
  fix?: Fix;
  /** Free text only: the words the finding is about, as written (absent when the finding is about something missing). */
  quote?: string;
  /** Free text only: wording the recruiter can copy instead (the page is never rewritten without a click). */
  suggestion?: string;
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

/**
 * What a rule family may return: the link and review date can be left to `runChecks()`, which completes
 * them from the family's data (pay findings from their law in pay-laws.ts).
 */
export type RuleFinding = Omit<Finding, 'sourceUrl' | 'reviewed'> & Partial<Pick<Finding, 'sourceUrl' | 'reviewed'>>;

/** Every family reads facts, so generated postings and free text go through the same rules (see facts.ts). */
export type Check = (facts: PostingFacts, context: CheckContext) => RuleFinding[];
