import type { Posting, PostingLine, SectionId } from '../template/types';

/** One piece of visible posting text, with enough context to point a finding (and a fix) at it. */
export interface TextUnit {
  text: string;
  kind: 'title' | 'heading' | 'paragraph' | 'bullet';
  sectionId?: SectionId;
  line?: PostingLine;
}

/**
 * Every visible string in the posting. Defensive on purpose: postings can come from hand-edited presets,
 * so missing arrays or non-string text are skipped instead of throwing.
 */
export function postingTextUnits(posting: Posting): TextUnit[] {
  const units: TextUnit[] = [];
  if (typeof posting?.title === 'string') units.push({ text: posting.title, kind: 'title' });
  for (const section of asArray(posting?.sections)) {
    if (!section || typeof section !== 'object') continue;
    const sectionId = section.id;
    if (typeof section.heading === 'string') units.push({ text: section.heading, kind: 'heading', sectionId });
    for (const paragraph of asArray(section.paragraphs)) {
      if (!paragraph) continue;
      const label = typeof paragraph.label === 'string' && paragraph.label ? `${paragraph.label}: ` : '';
      const text = typeof paragraph.text === 'string' ? paragraph.text : '';
      if (label || text) units.push({ text: label + text, kind: 'paragraph', sectionId });
    }
    for (const line of asArray(section.bullets)) {
      if (line && typeof line.text === 'string') units.push({ text: line.text, kind: 'bullet', sectionId, line });
    }
  }
  return units;
}

/** Rough plain-text length: what a text rendering would take, give or take bullet markers. */
export function estimatePlainTextLength(posting: Posting): number {
  return postingTextUnits(posting).reduce((sum, unit) => sum + unit.text.length + 2, 0);
}

export function sectionHasContent(posting: Posting, id: SectionId): boolean {
  return asArray(posting?.sections).some(
    (section) =>
      section?.id === id &&
      (asArray(section.bullets).some((line) => nonBlank(line?.text)) ||
        asArray(section.paragraphs).some((paragraph) => nonBlank(paragraph?.text))),
  );
}

export function nonBlank(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

export function asArray<T>(value: T[] | undefined | null): T[] {
  return Array.isArray(value) ? value : [];
}

/** Where a fix can remove a line: template lines by id, user extras by filtering the option array. */
export function removeLinePatch(posting: Posting, line: PostingLine) {
  const options = posting.options ?? {};
  if (line.origin === 'user') {
    const inRequirements = asArray(options.extraRequirements).includes(line.text);
    if (inRequirements) {
      return { extraRequirements: asArray(options.extraRequirements).filter((text) => text !== line.text) };
    }
    if (asArray(options.extraResponsibilities).includes(line.text)) {
      return { extraResponsibilities: asArray(options.extraResponsibilities).filter((text) => text !== line.text) };
    }
  }
  return { dropLines: [...new Set([...asArray(options.dropLines), line.id])] };
}
