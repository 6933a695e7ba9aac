import { describe, expect, it } from 'vitest';
import { FORMATS, SETTING_IDS, SPECIALTY_IDS, STATE_CODES, render, tailor, type Posting, type StateCode } from './index';

const LEFTOVER = /[{}]|\bundefined\b|\bnull\b|\bNaN\b/;

function normalizedBullets(posting: Posting): string[] {
  return posting.sections.flatMap((s) => s.bullets.map((b) => b.text.toLowerCase().replace(/[’']/g, "'").trim()));
}

/**
 * Rendered-empty-section detectors (whole posting, with title and headings): a heading followed directly
 * by another heading or by nothing, or an empty list/paragraph.
 */
const EMPTY_SECTION: Record<(typeof FORMATS)[number], (output: string) => boolean> = {
  html: (output) => /<h3>[^<]*<\/h3>\s*(<h3>|$)|<ul><\/ul>|<p><\/p>|<li><\/li>/.test(output),
  markdown: (output) => /^### .*\n\n### |^### .*$(?![\s\S])|^- *$/m.test(output),
  // Blocks are separated by blank lines; after the title each block is a heading plus at least one line.
  text: (output) => output.split('\n\n').slice(1).some((block) => block.split('\n').filter((l) => l.trim() !== '').length < 2),
};

describe('every specialty × setting × jurisdiction (and no state)', () => {
  it('renders in all formats with no placeholder, no empty section and no duplicated line', () => {
    const states: (StateCode | undefined)[] = [...STATE_CODES, undefined];
    let renders = 0;
    const problems: string[] = [];
    for (const specialty of SPECIALTY_IDS) {
      for (const setting of SETTING_IDS) {
        for (const state of states) {
          const posting = tailor({ specialty, setting, state });
          const label = `${specialty}/${setting}/${state ?? 'no-state'}`;
          if (posting.sections.some((s) => s.paragraphs.length === 0 && s.bullets.length === 0)) problems.push(`${label}: empty section`);
          const bullets = normalizedBullets(posting);
          if (new Set(bullets).size !== bullets.length) problems.push(`${label}: duplicated line`);
          const ids = posting.sections.flatMap((s) => s.bullets.map((b) => b.id));
          if (new Set(ids).size !== ids.length) problems.push(`${label}: duplicated id`);
          for (const format of FORMATS) {
            const output = render(posting, format);
            renders += 1;
            if (LEFTOVER.test(output)) problems.push(`${label} ${format}: leftover ${LEFTOVER.exec(output)?.[0]}`);
            if (EMPTY_SECTION[format](output)) problems.push(`${label} ${format}: empty section`);
            const lines = output.split('\n').filter((l) => /^(• |- |<li>)/.test(l));
            if (new Set(lines).size !== lines.length) problems.push(`${label} ${format}: duplicated rendered line`);
          }
        }
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(problems).toHaveLength(0);
    expect(renders).toBe(6 * 9 * 55 * 3);
  });

  it('the empty-section detectors do fire on an empty section', () => {
    const posting = tailor();
    const broken: Posting = { ...posting, sections: [...posting.sections, { id: 'benefits', heading: 'Benefits', paragraphs: [], bullets: [] }] };
    for (const format of FORMATS) expect(EMPTY_SECTION[format](render(broken, format)), format).toBe(true);
    for (const format of FORMATS) expect(EMPTY_SECTION[format](render(posting, format)), format).toBe(false);
  });
});
