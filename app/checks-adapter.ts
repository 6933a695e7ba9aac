/** The one place the side panel touches the checks module. */
import { applyFix, runChecks } from '../checks/index';
import type { ChecksPort } from './ports';

/** Checks as of today (local date), with the panel's posting; site-specific limits are not known here. */
export const postingChecks: ChecksPort = {
  run(posting) {
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    return runChecks(posting, { today });
  },
  applyFix,
};
