import type { SectionId } from './types';

const SECTION_HEADINGS: Record<SectionId, string> = {
  brief: 'Job brief',
  'about-role': 'About the role',
  responsibilities: 'Responsibilities',
  requirements: 'Requirements',
  'about-us': 'About us',
  'schedule-pay': 'Schedule and pay',
  benefits: 'Benefits',
  'how-to-apply': 'How to apply',
  eeo: 'Equal opportunity',
};

export function sectionHeading(id: SectionId): string {
  return SECTION_HEADINGS[id];
}
