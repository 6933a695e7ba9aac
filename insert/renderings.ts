import { render, type Posting, type SectionId } from '../template';
import type { FillPayload, Rendering } from './types';

/** The whole posting, for one field: title on top, every section with its heading. */
export function postingRendering(posting: Posting): Rendering {
  return { html: render(posting, 'html'), text: render(posting, 'text') };
}

/** Some sections of the posting, in posting order, with their headings but without the title. */
export function sectionsRendering(posting: Posting, ids: SectionId[], includeHeadings = ids.length > 1): Rendering {
  const part: Posting = { ...posting, sections: posting.sections.filter((s) => ids.includes(s.id)) };
  if (part.sections.length === 0) return { html: '', text: '' };
  const options = { includeTitle: false, includeHeadings };
  return { html: render(part, 'html', options), text: render(part, 'text', options) };
}

/**
 * One rendering per form field. The description field gets the brief and "about the role", plus the
 * responsibilities when the form has no responsibilities field of its own (the content script picks),
 * so no section lands twice.
 */
export function fillPayload(posting: Posting): FillPayload {
  return {
    title: posting.title,
    description: sectionsRendering(posting, ['brief', 'about-role']),
    descriptionFull: sectionsRendering(posting, ['brief', 'about-role', 'responsibilities']),
    requirements: sectionsRendering(posting, ['requirements']),
    benefits: sectionsRendering(posting, ['benefits']),
    responsibilities: sectionsRendering(posting, ['responsibilities']),
    sections: posting.sections.map((section) => ({ id: section.id, rendering: sectionsRendering(posting, [section.id], true) })),
  };
}
