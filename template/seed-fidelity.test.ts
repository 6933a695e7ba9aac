import { describe, expect, it } from 'vitest';
import { FORMATS, render, tailor, type Posting, type TailorOptions } from './index';
import { SEED_FILE, bulletsUnderHeading, readSharedFile } from './reference-files';

const seed = readSharedFile(SEED_FILE);
const seedResponsibilities = bulletsUnderHeading(seed, 'Responsibilities');
const seedRequirements = bulletsUnderHeading(seed, 'Requirements');

function bulletsOf(posting: Posting, sectionId: string): string[] {
  return posting.sections.find((section) => section.id === sectionId)?.bullets.map((line) => line.text) ?? [];
}

describe('seed fidelity', () => {
  it('parses the seed file as expected (10 responsibilities, 9 requirements)', () => {
    expect(seedResponsibilities).toHaveLength(10);
    expect(seedRequirements).toHaveLength(9);
  });

  it('keeps every seed responsibility and requirement verbatim in the untailored posting', () => {
    const posting = tailor();
    const responsibilities = bulletsOf(posting, 'responsibilities');
    const requirements = bulletsOf(posting, 'requirements');
    for (const line of seedResponsibilities) expect(responsibilities).toContain(line);
    for (const line of seedRequirements) expect(requirements).toContain(line);
    // Curly apostrophes survive (the seed uses ’).
    expect(responsibilities).toContain('Review clients’ physical and psychological needs');
  });

  it('keeps the seed lines in every format', () => {
    const posting = tailor();
    for (const format of FORMATS) {
      const output = render(posting, format);
      for (const line of [...seedResponsibilities, ...seedRequirements]) expect(output).toContain(line);
    }
  });

  it('replaces only the physical-demands line with ADA wording when asked', () => {
    const ada = tailor({ physicalDemands: 'ada', adaStandHours: 3, adaLiftPounds: 35 });
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
