import type { SiteProfile } from './profile';

/**
 * LinkedIn "Post a job". Observed 2023–2024 (job-form-dom.md §1): title is a typeahead input with the
 * placeholder "Add the title you are hiring for"; the description is a Quill contenteditable labelled
 * "Description" with an on-page "520/10,000" counter. LinkedIn has since moved parts of its UI to other
 * stacks, so nothing here depends on class names: only words and limits.
 * Sources (re-check these when the board changes):
 *   - FakeHackerNguyen/Clone-SocialJob JobDescription.jsx (markup copied from the live page, 2023-12)
 *   - learn.microsoft.com LinkedIn Job Posting API schema (title ≤ 200)
 */
export const linkedin: SiteProfile = {
  id: 'linkedin',
  name: 'LinkedIn',
  matches: [
    'https://www.linkedin.com/job-posting/*',
    'https://www.linkedin.com/hiring/*',
    'https://www.linkedin.com/talent/*',
  ],
  vocabulary: {
    title: [{ phrase: 'add the title you are hiring for', weight: 1 }],
    description: [{ phrase: 'description', weight: 1 }],
  },
  // 10,000 from the on-page counter (2023-12); the title limit of 200 is the Job Posting API's.
  limits: { description: 10_000, title: 200 },
};
