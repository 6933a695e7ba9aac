/**
 * Markdown for boards that take it. Strings are escaped so a company called "*Acme* [Health]" stays
 * literal text instead of turning into emphasis or a link.
 */
import { planRender } from './render-select';
import type { Posting, PostingParagraph, RenderOptions } from './types';

/** Characters active anywhere in a line. */
const INLINE_ACTIVE = /[\\`*_[\]<>|~]/g;
/** Things active only at the start of a line: headings, lists, quotes, thematic breaks, setext underlines. */
const LINE_START_ACTIVE = /^(\s*)([#+\-=]|\d+[.)])/;

export function escapeMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(INLINE_ACTIVE, (character) => `\\${character}`)
        // An "&name;" or "&#123;" would be read as an entity.
        .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
        .replace(LINE_START_ACTIVE, (_match, space: string, marker: string) =>
          /^\d/.test(marker) ? `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}` : `${space}\\${marker}`,
        ),
    )
    .join('\n');
}

function paragraph({ label, text }: PostingParagraph): string {
  // Two trailing spaces keep the writer's line breaks as hard breaks.
  const body = escapeMarkdown(text).split('\n').join('  \n');
  return label ? `**${escapeMarkdown(label)}:** ${body}` : body;
}

function bullet(text: string): string {
  return `- ${escapeMarkdown(text).split('\n').join('  \n  ')}`;
}

export function renderMarkdown(posting: Posting, options: RenderOptions = {}): string {
  const plan = planRender(posting, options);
  const blocks: string[] = [];
  if (plan.title !== undefined) blocks.push(`## ${escapeMarkdown(plan.title)}`);
  for (const section of plan.sections) {
    if (plan.headings) blocks.push(`### ${escapeMarkdown(section.heading)}`);
    for (const item of section.paragraphs) blocks.push(paragraph(item));
    if (section.bullets.length > 0) blocks.push(section.bullets.map((line) => bullet(line.text)).join('\n'));
  }
  return blocks.join('\n\n');
}
