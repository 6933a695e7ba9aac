import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMATS, render, tailor, type Posting, type TailorOptions } from './index';

/** A verbatim copy of the published template (see NOTICE), kept in the repository so the test stands alone. */
const seed = readFileSync(new URL('./fixtures/seed-original.md', import.meta.url), 'utf8');

/** The "* " bullets under a "## {heading}" of a markdown file, up to the next "## " heading. */
function bulletsUnderHeading(markdown: string, heading: string): string[] {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  if (start === -1) throw new Error(`Heading "## ${heading}" not found`);
  const bullets: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('## ')) break;
    const match = /^\*\s+(.*\S)\s*$/.exec(line);
    if (match?.[1]) bullets.push(match[1]);
  }
  return bullets;
}

/** Non-empty lines under "## Job brief" (each line of the template's brief is one paragraph). */
function briefParagraphs(markdown: string): string[] {
  const after = markdown.split('## Job brief')[1] ?? '';
  return (after.split('\n## ')[0] ?? '').split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
}

const seedResponsibilities = bulletsUnderHeading(seed, 'Responsibilities');
const seedRequirements = bulletsUnderHeading(seed, 'Requirements');
const seedBrief = briefParagraphs(seed);
const seedTitle = /^# (.*) job description$/m.exec(seed)?.[1];
const ORIGINAL: TailorOptions = { wording: 'original' };

function bulletsOf(posting: Posting, sectionId: string): string[] {
  return posting.sections.find((section) => section.id === sectionId)?.bullets.map((line) => line.text) ?? [];
}
const paragraphsOf = (posting: Posting, sectionId: string) =>
  posting.sections.find((section) => section.id === sectionId)?.paragraphs.map((p) => p.text) ?? [];

describe('seed fidelity (wording: original)', () => {
  it('parses the template copy as expected (title, 3 brief paragraphs, 10 responsibilities, 9 requirements)', () => {
    expect(seedTitle).toBe('Occupational Therapist Assistant');
    expect(seedBrief).toHaveLength(3);
    expect(seedResponsibilities).toHaveLength(10);
    expect(seedRequirements).toHaveLength(9);
  });

  it('keeps the title, every responsibility and requirement verbatim in the untailored posting', () => {
    const posting = tailor(ORIGINAL);
    expect(posting.title).toBe(seedTitle);
    const responsibilities = bulletsOf(posting, 'responsibilities');
    const requirements = bulletsOf(posting, 'requirements');
    for (const line of seedResponsibilities) expect(responsibilities).toContain(line);
    for (const line of seedRequirements) expect(requirements).toContain(line);
    // Curly apostrophes survive (the template uses ’).
    expect(responsibilities).toContain('Review clients’ physical and psychological needs');
  });

  it('keeps the brief: its collaboration sentence, goal, success and closing paragraphs word for word', () => {
    const brief = paragraphsOf(tailor(ORIGINAL), 'brief');
    const [first = '', success, closing] = seedBrief;
    // The first paragraph is rebuilt around setting and supervision; its later sentences stay verbatim.
    const [, collaboration = '', goal = ''] = first.split(/(?<=\.) /);
    expect(brief[0]).toContain(collaboration.replace('You’ll collaborate', 'collaborate'));
    expect(brief[0]).toContain(goal);
    expect(brief[1]).toBe(success);
    expect(brief[2]).toBe(closing);
  });

  it('keeps the template lines in every format', () => {
    const posting = tailor(ORIGINAL);
    for (const format of FORMATS) {
      const output = render(posting, format);
      for (const line of [...seedResponsibilities, ...seedRequirements]) expect(output).toContain(line);
    }
  });

  it('the default (standard) wording differs from the template exactly where the profession’s words differ', () => {
    const standard = tailor();
    const requirements = bulletsOf(standard, 'requirements');
    const changed = seedRequirements.filter((line) => !requirements.includes(line));
    expect(changed).toEqual([
      'Previous experience as an occupational therapist assistant or a similar role',
      'State license to work as an Occupational Therapist Assistant',
      'Associate’s degree in Occupational Therapy',
    ]);
    expect(bulletsOf(standard, 'responsibilities').slice(0, seedResponsibilities.length)).toEqual(seedResponsibilities);
    expect(paragraphsOf(standard, 'brief')[2]).toBe(seedBrief[2]);
  });

  it('replaces only the physical-demands line with ADA wording when asked', () => {
    const ada = tailor({ ...ORIGINAL, physicalDemands: 'ada', adaStandHours: 3, adaLiftPounds: 35 });
    const requirements = bulletsOf(ada, 'requirements');
    expect(requirements).not.toContain('Ability to stand for long hours and lift heavy loads');
    const physical = ada.sections.find((s) => s.id === 'requirements')?.bullets.find((l) => l.id === 'seed-req-physical-demands');
    expect(physical?.text).toMatch(/with or without reasonable accommodation/);
    expect(physical?.text).toContain('up to 3 hours');
    expect(physical?.text).toContain('up to 35 lb');
    for (const line of seedRequirements.filter((l) => !l.startsWith('Ability to stand'))) expect(requirements).toContain(line);
  });

  it('carries none of the template meta text into any rendering', () => {
    const variants: TailorOptions[] = [
      {},
      ORIGINAL,
      { specialty: 'pediatrics', setting: 'school-district', state: 'TX', company: 'Acme', benefits: ['PTO'] },
      { specialty: 'hand-upper-extremity', setting: 'outpatient-clinic', state: 'CO', physicalDemands: 'ada' },
    ];
    for (const options of variants) {
      for (const format of FORMATS) {
        const output = render(tailor(options), format);
        for (const meta of ['Use this', 'More resources', 'workable.com', 'Feel free', 'href', 'job description template']) {
          expect(output).not.toContain(meta);
        }
      }
    }
  });
});
