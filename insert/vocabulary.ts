import type { FormFieldKind } from './types';

/** A phrase that names a kind of field, with how sure it makes us (1 = certain). */
export interface Term {
  phrase: string;
  weight: number;
}

export type Vocabulary = Record<FormFieldKind, Term[]>;

/** Generic words for job-form fields, in English, as boards and ATSs label them. */
export const GENERIC_VOCABULARY: Vocabulary = {
  title: [
    { phrase: 'job title', weight: 1 },
    { phrase: 'position title', weight: 1 },
    { phrase: 'posting title', weight: 1 },
    { phrase: 'job name', weight: 1 },
    { phrase: 'role title', weight: 1 },
    { phrase: 'add the title you are hiring for', weight: 1 },
    { phrase: 'job position', weight: 0.9 },
    { phrase: 'title', weight: 0.8 },
    { phrase: 'position', weight: 0.5 },
  ],
  description: [
    { phrase: 'job description', weight: 1 },
    { phrase: 'about the job', weight: 1 },
    { phrase: 'about the role', weight: 1 },
    { phrase: 'role description', weight: 1 },
    { phrase: 'position description', weight: 1 },
    { phrase: 'post description', weight: 1 },
    { phrase: 'tell us about the role', weight: 0.9 },
    { phrase: 'description', weight: 0.8 },
    { phrase: 'job summary', weight: 0.8 },
    { phrase: 'summary', weight: 0.5 },
    { phrase: 'overview', weight: 0.5 },
  ],
  requirements: [
    { phrase: 'requirements', weight: 1 },
    { phrase: 'job requirements', weight: 1 },
    { phrase: 'qualifications', weight: 0.9 },
    { phrase: 'required skills', weight: 0.8 },
    { phrase: 'what you need', weight: 0.7 },
    { phrase: 'what you ll need', weight: 0.7 },
    { phrase: 'skills', weight: 0.5 },
  ],
  benefits: [
    { phrase: 'benefits', weight: 1 },
    { phrase: 'compensation and benefits', weight: 1 },
    { phrase: 'perks', weight: 0.8 },
    { phrase: 'what we offer', weight: 0.8 },
  ],
  responsibilities: [
    { phrase: 'responsibilities', weight: 1 },
    { phrase: 'key responsibilities', weight: 1 },
    { phrase: 'job duties', weight: 1 },
    { phrase: 'duties', weight: 0.9 },
    { phrase: 'what you ll do', weight: 0.8 },
  ],
};

/** Phrases that look like a match but name something else ("Company description", "Search"). */
export const NEGATIVE_PHRASES = [
  'company description',
  'company overview',
  'department description',
  'meta description',
  'search',
  'screening question',
  'cover letter',
  'message',
  'comment',
];

/** Merge a site's extra terms into the generic ones (site terms first, they are more specific). */
export function mergeVocabulary(extra: Partial<Vocabulary> | undefined): Vocabulary {
  if (!extra) return GENERIC_VOCABULARY;
  const merged = { ...GENERIC_VOCABULARY };
  for (const kind of Object.keys(extra) as FormFieldKind[]) {
    merged[kind] = [...(extra[kind] ?? []), ...GENERIC_VOCABULARY[kind]];
  }
  return merged;
}
