import { describe, expect, it } from 'vitest';
import { addMonths, isStale, monthYear, reviewFreshness } from './freshness';

describe('freshness of reviewed rules', () => {
  it('names the month and year', () => {
    expect(monthYear('2026-12-02')).toBe('December 2026');
    expect(monthYear('2027-01-31')).toBe('January 2027');
  });

  it('adds months, clamping to the month end', () => {
    expect(addMonths('2026-12-02', 6)).toBe('2027-06-02');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
  });

  it('is fresh up to six months after the review and stale the day after', () => {
    expect(isStale('2026-12-02', '2026-12-02')).toBe(false);
    expect(isStale('2026-12-02', '2027-06-02')).toBe(false);
    expect(isStale('2026-12-02', '2027-06-03')).toBe(true);
    expect(isStale('2026-12-02', '2028-01-01')).toBe(true);
  });

  it('treats a missing or unreadable date as stale', () => {
    expect(isStale(undefined, '2026-12-02')).toBe(true);
    expect(isStale('2026-13-40', '2026-12-02')).toBe(true);
    expect(isStale('2026-12-02', 'not a date')).toBe(true);
  });

  it('reports the oldest shown review, and stale once any shown rule is past six months', () => {
    const fresh = reviewFreshness(['2026-12-02', '2026-11-26', '2026-12-02'], '2027-05-26');
    expect(fresh).toEqual({ reviewed: '2026-11-26', reviewedLabel: 'November 2026', stale: false, missing: false });
    const old = reviewFreshness(['2026-12-02', '2026-11-26'], '2027-05-27');
    expect(old).toMatchObject({ reviewedLabel: 'November 2026', stale: true });
  });

  it('says so when a shown rule has no review date', () => {
    expect(reviewFreshness(['2026-12-02', undefined], '2026-12-02')).toEqual({
      reviewed: '2026-12-02',
      reviewedLabel: 'December 2026',
      stale: true,
      missing: true,
    });
    expect(reviewFreshness([], '2026-12-02')).toEqual({ stale: false, missing: false });
  });
});
