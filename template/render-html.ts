/**
 * HTML for rich-text fields. Only the tags in RENDER_HTML_TAGS, never an attribute, and every string is
 * escaped (user strings included), so DOMPurify and editors keep it exactly as rendered.
 */
import { planRender } from './render-select';
import type { Posting, PostingParagraph, RenderOptions } from './types';

export const RENDER_HTML_TAGS = ['h2', 'h3', 'p', 'ul', 'li', 'strong', 'em', 'br'] as const;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/** Escapes, then keeps the writer's line breaks as <br>. */
function inline(text: string): string {
  return text
    .split('\n')
    .map((line) => escapeHtml(line))
    .join('<br>');
}

function paragraph({ label, text }: PostingParagraph): string {
  return label ? `<p><strong>${inline(label)}:</strong> ${inline(text)}</p>` : `<p>${inline(text)}</p>`;
}

export function renderHtml(posting: Posting, options: RenderOptions = {}): string {
  const plan = planRender(posting, options);
  const blocks: string[] = [];
  if (plan.title !== undefined) blocks.push(`<h2>${inline(plan.title)}</h2>`);
  for (const section of plan.sections) {
    if (plan.headings) blocks.push(`<h3>${inline(section.heading)}</h3>`);
    for (const item of section.paragraphs) blocks.push(paragraph(item));
    if (section.bullets.length > 0) {
      blocks.push(`<ul>${section.bullets.map((line) => `<li>${inline(line.text)}</li>`).join('')}</ul>`);
    }
  }
  return blocks.join('\n');
}
