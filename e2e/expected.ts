/**
 * What an insertion should put into a field, computed from the template (the same `tailor()` +
 * `render()` the popup uses), never hard-coded: a template change moves the expectation with it.
 */
import { tailor, render } from '../template';
import type { Posting, SectionId, TailorOptions } from '../template';

/** Whitespace differs per editor (paragraph gaps, NBSP, trailing newlines); words must not. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

export interface ExpectedPosting {
  posting: Posting;
  html: string;
  text: string;
  /** Every heading, paragraph and bullet text, squashed: each must appear in the field. */
  pieces: string[];
  bullets: string[];
  /** A line that appears exactly once in the posting, to detect a double insertion. */
  uniqueLine: string;
}

/** The popup starts a fresh profile with no preset, i.e. `tailor({})`. */
export function expectedPosting(options: TailorOptions = {}): ExpectedPosting {
  const posting = tailor(options);
  const pieces = [posting.title];
  const bullets: string[] = [];
  for (const section of posting.sections) {
    pieces.push(section.heading);
    for (const p of section.paragraphs) pieces.push(p.label ? `${p.label}: ${p.text}` : p.text);
    for (const b of section.bullets) {
      pieces.push(b.text);
      bullets.push(b.text);
    }
  }
  const text = render(posting, 'text');
  const uniqueLine = bullets.find((b) => text.split(b).length === 2) ?? posting.title;
  return { posting, html: render(posting, 'html'), text, pieces: pieces.map(squash), bullets: bullets.map(squash), uniqueLine: squash(uniqueLine) };
}

export function sectionBullets(posting: Posting, id: SectionId): string[] {
  return (posting.sections.find((s) => s.id === id)?.bullets ?? []).map((b) => squash(b.text));
}

export function listCount(posting: Posting, ids: SectionId[] = ['responsibilities', 'requirements']): number {
  return ids.reduce((n, id) => n + sectionBullets(posting, id).length, 0);
}

/** Pieces of the posting missing from `fieldText` (empty = everything arrived). */
export function missingPieces(fieldText: string, pieces: string[]): string[] {
  const haystack = squash(fieldText).replace(/\s*:\s*/g, ': ');
  return pieces.filter((piece) => !haystack.includes(piece.replace(/\s*:\s*/g, ': ')));
}

export function occurrences(haystack: string, needle: string): number {
  return squash(haystack).split(needle).length - 1;
}
