/** Dated rules compare ISO dates as strings; an unreadable date counts as "every rule in force" (the safe side). */
export const ALL_RULES_IN_FORCE = '9999-12-31';

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

export function effectiveToday(today: unknown): string {
  return isIsoDate(today) ? today : ALL_RULES_IN_FORCE;
}

/** The local calendar date of `now`, YYYY-MM-DD: laws take effect on the local date, not on UTC's. */
export function localIsoDate(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
