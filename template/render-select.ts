/** Which sections a render covers, and whether it shows title and headings: shared by all renderers. */
import type { Posting, PostingSection, RenderOptions } from './types';

export interface RenderPlan {
  title: string | undefined;
  sections: PostingSection[];
  headings: boolean;
}

export function planRender(posting: Posting, options: RenderOptions = {}): RenderPlan {
  const single = options.section !== undefined;
  const sections = single ? posting.sections.filter((section) => section.id === options.section) : posting.sections;
  const includeTitle = options.includeTitle ?? !single;
  return {
    title: includeTitle ? posting.title : undefined,
    sections,
    headings: options.includeHeadings ?? !single,
  };
}
