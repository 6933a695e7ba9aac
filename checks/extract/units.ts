import type { SectionId } from '../../template/types';
import type { TextUnit } from '../posting-text';

/**
 * Plain text or Markdown → the units the rules read: headings (Markdown "#", a bold-only line, a short
 * line ending in ":", or a known section name), bullets, and paragraphs (wrapped lines joined). Each unit
 * after a heading carries that heading's section, so "Requirements" rules find requirement lines.
 */

// Heading words → section. Order matters: "Pay & Benefits" counts as benefits, "Salary" as pay.
const SECTION_HEADINGS: ReadonlyArray<readonly [SectionId, RegExp]> = [
  ['eeo', /\b(?:equal\s+(?:employment\s+)?opportunit|EEO\b|non-?discrimination|diversity)/i],
  ['benefits', /\b(?:benefits?|perks|what\s+we\s+offer|why\s+(?:join|work)|total\s+rewards)\b/i],
  ['requirements', /\b(?:requirements?|qualifications?|what\s+you(?:'|’)?ll\s+(?:bring|need)|what\s+we(?:'|’)?re\s+looking\s+for|who\s+you\s+are|skills|must[\s-]haves?|credentials|education|licensure|experience)\b/i],
  ['responsibilities', /\b(?:responsibilit\w*|duties|what\s+you(?:'|’)?ll\s+do|what\s+you\s+will\s+do|essential\s+functions|day[\s-]to[\s-]day|a\s+day\s+in\s+the\s+life|key\s+functions|the\s+work)\b/i],
  ['schedule-pay', /\b(?:pay|compensation|salary|wages?|schedule|hours|shift)\b/i],
  ['how-to-apply', /\b(?:how\s+to\s+apply|apply|application)\b/i],
  ['about-us', /\b(?:about\s+(?:us|the\s+(?:company|organization|team))|who\s+we\s+are|our\s+(?:company|mission|team))\b/i],
  ['about-role', /\b(?:about\s+the\s+(?:role|job|position)|(?:job|position)\s+(?:overview|summary|description)|overview|summary)\b/i],
];

export function sectionOfHeading(heading: string): SectionId | undefined {
  return SECTION_HEADINGS.find(([, pattern]) => pattern.test(heading))?.[0];
}

const BULLET = /^(?:[-*+•·▪◦‣–]|\d{1,2}[.)])\s+(.*)$/;
const MD_HEADING = /^#{1,6}\s+(.*?)\s*#*$/;
const BOLD_LINE = /^(?:\*\*|__)(.+?)(?:\*\*|__):?$/;

/** Inline Markdown off: links to their text, emphasis and code marks dropped, escapes undone. */
export function stripInlineMarkdown(text: string): string {
  if (!/[*_`[\\]/.test(text)) return text;
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_](\S(?:.*?\S)?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!$])/g, '$1');
}

function headingText(line: string): string | undefined {
  const md = MD_HEADING.exec(line);
  if (md) return md[1];
  const bold = BOLD_LINE.exec(line);
  if (bold) return bold[1];
  // "Requirements:" or "WHAT YOU'LL DO" on a line of its own.
  if (line.length <= 60 && /:$/.test(line) && !/:\s*\S/.test(line.slice(0, -1))) return line.slice(0, -1);
  if (line.length <= 60 && /[A-Z]/.test(line) && line === line.toUpperCase() && /^[A-Z][A-Z &/'’-]+$/.test(line)) return line;
  // "Responsibilities" or "Pay and benefits" alone on a short line, without sentence punctuation.
  if (line.length <= 40 && !/[.,;!?]/.test(line) && /^[A-Z]/.test(line) && sectionOfHeading(line)) return line;
  return undefined;
}

export function textToUnits(text: string): TextUnit[] {
  const units: TextUnit[] = [];
  let sectionId: SectionId | undefined;
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) units.push({ text: paragraph.join(' '), kind: 'paragraph', ...(sectionId ? { sectionId } : {}) });
    paragraph = [];
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (!line || /^(?:[-*_=]\s*){3,}$/.test(line)) {
      flush();
      continue;
    }
    const bullet = BULLET.exec(line);
    const heading = bullet ? undefined : headingText(line);
    if (heading !== undefined) {
      flush();
      const clean = stripInlineMarkdown(heading).trim();
      const section = sectionOfHeading(clean);
      // A heading we cannot place (often the job title) ends the previous section.
      sectionId = section;
      units.push({ text: clean, kind: 'heading', ...(section ? { sectionId: section } : {}) });
      continue;
    }
    if (bullet) {
      flush();
      units.push({ text: stripInlineMarkdown(bullet[1] ?? ''), kind: 'bullet', ...(sectionId ? { sectionId } : {}) });
      continue;
    }
    const plain = stripInlineMarkdown(line);
    // "Benefits: medical, dental…" — an inline label names the section of its own line.
    const label = /^([A-Za-z][A-Za-z &/'’-]{2,40}):\s+\S/.exec(plain);
    const labelled = label ? sectionOfHeading(label[1] ?? '') : undefined;
    if (labelled) {
      flush();
      units.push({ text: plain, kind: 'paragraph', sectionId: labelled });
      continue;
    }
    // Hard-wrapped prose continues in lower case; any other line starts a new unit, as in most postings.
    if (paragraph.length > 0 && !/^[a-z(]/.test(line)) flush();
    paragraph.push(plain);
  }
  flush();
  return units;
}
