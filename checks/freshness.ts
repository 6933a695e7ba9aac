/**
 * How fresh the shown rules are: "Rules reviewed <Month YYYY>" and, once a review is more than six months
 * old, a "may be out of date" flag. Pure: `today` is passed in, so nothing here depends on the clock.
 */
import { isIsoDate } from './dates';

export const STALE_AFTER_MONTHS = 6;

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export interface Freshness {
  /** The oldest review date among the shown rules (YYYY-MM-DD); undefined when none has one. */
  reviewed?: string;
  /** "December 2026", from `reviewed`. */
  reviewedLabel?: string;
  /** True when a shown rule was reviewed more than six months before today, or has no review date. */
  stale: boolean;
  /** Some shown rule carries no review date at all. */
  missing: boolean;
}

/** "2026-12-02" → "December 2026". */
export function monthYear(isoDate: string): string {
  const [year, month] = isoDate.split('-');
  return `${MONTHS[Number(month) - 1] ?? '?'} ${year ?? '?'}`;
}

/** The same day `months` later, clamped to the month's last day (2026-08-31 + 6 → 2027-02-28). */
export function addMonths(isoDate: string, months: number): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  const total = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(total / 12);
  const targetMonth = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(targetYear, 4)}-${pad(targetMonth)}-${pad(Math.min(day, lastDay))}`;
}

/** More than six months between the review and today. An unreadable date counts as stale (the safe side). */
export function isStale(reviewed: string | undefined, today: string): boolean {
  if (!isIsoDate(reviewed) || !isIsoDate(today)) return true;
  return today > addMonths(reviewed, STALE_AFTER_MONTHS);
}

export function reviewFreshness(reviewedDates: readonly (string | undefined)[], today: string): Freshness {
  const valid = reviewedDates.filter(isIsoDate).sort();
  const missing = valid.length < reviewedDates.length;
  const oldest = valid[0];
  return {
    ...(oldest ? { reviewed: oldest, reviewedLabel: monthYear(oldest) } : {}),
    stale: missing || (oldest !== undefined && isStale(oldest, today)),
    missing,
  };
}
