import type { SiteProfile } from './profile';

/**
 * Greenhouse Recruiting job post editor (`/jobapps/<id>/edit`, `/plans/<id>/jobapps/new`). Labels
 * "Job Name" (255 characters) and "Post Description"; the editor is probably TinyMCE in an iframe.
 * Sources (re-check these when the board changes):
 *   - canonical/ght src/common/constants.ts (URLs)
 *   - support.greenhouse.io 360045785571 (labels, toolbar)
 */
export const greenhouse: SiteProfile = {
  id: 'greenhouse',
  name: 'Greenhouse',
  matches: ['https://*.greenhouse.io/jobapps/*', 'https://*.greenhouse.io/plans/*'],
  vocabulary: {
    title: [
      { phrase: 'job name', weight: 1 },
      { phrase: 'job post name', weight: 1 },
    ],
    description: [
      { phrase: 'post description', weight: 1 },
      { phrase: 'job post description', weight: 1 },
    ],
  },
  limits: { title: 255 },
};
