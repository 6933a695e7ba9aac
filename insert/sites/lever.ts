import type { SiteProfile } from './profile';

/**
 * Lever posting editor (`hire.lever.co/jobs/postings/edit/<uuid>`): title, an opening paragraph,
 * headed lists (responsibilities, requirements, benefits) and a closing paragraph. DOM not observed.
 * Sources (re-check these when the board changes):
 *   - help.lever.co 115004807763, 360025919572
 *   - Lever postings API (content.description, lists, closing)
 */
export const lever: SiteProfile = {
  id: 'lever',
  name: 'Lever',
  matches: ['https://hire.lever.co/jobs/*'],
  vocabulary: {
    title: [{ phrase: 'posting title', weight: 1 }],
    description: [
      { phrase: 'opening', weight: 0.8 },
      { phrase: 'job description', weight: 1 },
    ],
  },
};
