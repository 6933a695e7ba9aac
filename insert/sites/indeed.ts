import type { SiteProfile } from './profile';

/**
 * Indeed employer "Post a job" (observed 2021–2022): "Job title" input and a contenteditable job
 * description. The flow has been redesigned since; labels are the stable part.
 * Sources (re-check these when the board changes):
 *   - Puppeteer JobsServices (2022-02) selectors
 *   - docs.indeed.com/job-sync-api/formatting-guidelines
 */
export const indeed: SiteProfile = {
  id: 'indeed',
  name: 'Indeed',
  matches: ['https://employers.indeed.com/*'],
  vocabulary: {
    title: [{ phrase: 'job title', weight: 1 }],
    description: [{ phrase: 'job description', weight: 1 }],
  },
};
