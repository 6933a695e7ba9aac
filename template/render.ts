import { renderHtml } from './render-html';
import { renderMarkdown } from './render-markdown';
import { renderText } from './render-text';
import type { Format, Posting, RenderOptions } from './types';

const RENDERERS: Record<Format, (posting: Posting, options?: RenderOptions) => string> = {
  html: renderHtml,
  text: renderText,
  markdown: renderMarkdown,
};

/** Posting → string for one field. A section the posting does not have renders as ''. */
export function render(posting: Posting, format: Format, options?: RenderOptions): string {
  const renderer = RENDERERS[format];
  if (!renderer) throw new RangeError(`Unknown format "${String(format)}". Valid: ${Object.keys(RENDERERS).join(', ')}`);
  return renderer(posting, options);
}
