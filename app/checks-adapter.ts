/** The one place the side panel touches the checks module. */
import { localIsoDate } from '../checks/dates';
import { applyFix, runChecks } from '../checks/index';
import type { ChecksPort } from './ports';

export { reviewFreshness, type Freshness } from '../checks/freshness';

/** Today's local date, YYYY-MM-DD: the one place the panel reads the clock for dated rules. */
export function localToday(now: Date = new Date()): string {
  return localIsoDate(now);
}

/** Checks as of today (local date), with the panel's posting; site-specific limits are not known here. */
export const postingChecks: ChecksPort = {
  run(posting) {
    return runChecks(posting, { today: localToday() });
  },
  applyFix,
};
