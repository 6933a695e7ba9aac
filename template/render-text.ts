/** Plain text for textarea fields: "• " bullets, headings on their own line, a blank line between sections. */
import { planRender } from './render-select';
import type { Posting, PostingParagraph, RenderOptions } from './types';

function paragraph({ label, text }: PostingParagraph): string {
  return label ? `${label}: ${text}` : text;
}

/** A bullet's continuation lines are indented under its text. */
function bullet(text: string): string {
  return `• ${text.split('\n').join('\n  ')}`;
}

export function renderText(posting: Posting, options: RenderOptions = {}): string {
  const plan = planRender(posting, options);
  const blocks: string[] = [];
  if (plan.title !== undefined) blocks.push(plan.title);
  for (const section of plan.sections) {
    const lines: string[] = [];
    if (plan.headings) lines.push(section.heading);
    for (const item of section.paragraphs) lines.push(paragraph(item));
    for (const line of section.bullets) lines.push(bullet(line.text));
    blocks.push(lines.join('\n'));
  }
  return blocks.join('\n\n');
}
