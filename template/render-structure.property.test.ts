import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SETTING_IDS, SPECIALTY_IDS, STATE_CODES, render, tailor, type TailorOptions } from './index';

/** Strings built from characters that carry structure in plain text or Markdown. */
const structuralString = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: fc.constantFrom('#', '-', '*', '_', '=', '>', '+', '1', '.', ')', '[', ']', '(', '`', '\n', ' ', 'a', '\\', '|', '&'), maxLength: 30 }),
  fc.constantFrom('### Fake heading', '\n\n## Title\n\n', 'line one\n\nline two', 'a\n\n\n\nb', '- fake bullet', '1. one\n2. two', '---', '===', '> quote', '    code', '**bold**'),
);

const optionsArbitrary: fc.Arbitrary<TailorOptions> = fc.record(
  {
    specialty: fc.constantFrom(...SPECIALTY_IDS),
    setting: fc.constantFrom(...SETTING_IDS),
    state: fc.constantFrom(...STATE_CODES),
    company: structuralString,
    location: structuralString,
    schedule: structuralString,
    supervision: structuralString,
    howToApply: structuralString,
    aboutUs: structuralString,
    benefits: fc.array(structuralString, { maxLength: 4 }),
    extraResponsibilities: fc.array(structuralString, { maxLength: 3 }),
    extraRequirements: fc.array(structuralString, { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

describe('plain-text and Markdown structure under arbitrary employer input', () => {
  it('Markdown: user strings never create headings, and the posting keeps one ## title and one ### per section', () => {
    fc.assert(
      fc.property(optionsArbitrary, (options) => {
        const posting = tailor(options);
        const lines = render(posting, 'markdown').split('\n');
        expect(lines.filter((line) => /^\s{0,3}## /.test(line))).toEqual([`## ${posting.title}`]);
        expect(lines.filter((line) => /^\s{0,3}### /.test(line))).toEqual(posting.sections.map((s) => `### ${s.heading}`));
        // No setext underline or thematic break can come from user text.
        expect(lines.filter((line) => /^\s{0,3}(=+|-{3,}|\*{3,}|_{3,})\s*$/.test(line))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('plain text: blank lines separate sections only, and every bullet line is one posting line', () => {
    fc.assert(
      fc.property(optionsArbitrary, (options) => {
        const posting = tailor(options);
        const text = render(posting, 'text');
        const blocks = text.split('\n\n');
        expect(blocks.map((block) => block.split('\n')[0])).toEqual([posting.title, ...posting.sections.map((s) => s.heading)]);
        const bulletCount = posting.sections.reduce((sum, s) => sum + s.bullets.length, 0);
        expect(text.split('\n').filter((line) => line.startsWith('• '))).toHaveLength(bulletCount);
      }),
      { numRuns: 300 },
    );
  });
});
