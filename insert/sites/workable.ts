import type { SiteProfile } from './profile';

/**
 * Workable's job editor keeps Description, Requirements and Benefits as separate rich-text sections
 * (API fields `description`, `requirements`, `benefits`). The editor library is not known publicly.
 * Sources (re-check these when the board changes):
 *   - help.workable.com 115012218687, 7214481833111
 *   - rubydoc workable gem (job object fields)
 */
export const workable: SiteProfile = {
  id: 'workable',
  name: 'Workable',
  matches: ['https://*.workable.com/backend/*'],
  vocabulary: {
    description: [{ phrase: 'description', weight: 1 }],
    requirements: [{ phrase: 'requirements', weight: 1 }],
    benefits: [{ phrase: 'benefits', weight: 1 }],
  },
  // "Titles should be no longer than 80 characters" (help.workable.com 115012218687, 7214481833111).
  limits: { title: 80 },
};
