import { describe, expect, it } from 'vitest';
import {
  FORMATS,
  JURISDICTIONS,
  SETTINGS,
  SPECIALTIES,
  SPECIALTY_IDS,
  SETTING_IDS,
  render,
  tailor,
  type Posting,
  type PostingLine,
  type SectionId,
} from './index';

function section(posting: Posting, id: SectionId) {
  return posting.sections.find((candidate) => candidate.id === id);
}
function allBullets(posting: Posting): PostingLine[] {
  return posting.sections.flatMap((candidate) => candidate.bullets);
}
function line(posting: Posting, id: string): PostingLine | undefined {
  return allBullets(posting).find((candidate) => candidate.id === id);
}
function briefText(posting: Posting): string {
  return section(posting, 'brief')?.paragraphs.map((p) => p.text).join(' ') ?? '';
}

describe('specialties', () => {
  const general = tailor();
  for (const specialty of SPECIALTIES.filter((s) => s.id !== 'general')) {
    it(`${specialty.id}: changes the title and adds ≥3 lines with provenance`, () => {
      const posting = tailor({ specialty: specialty.id });
      expect(posting.title).toBe(specialty.title);
      expect(posting.title).not.toBe(general.title);
      expect(posting.title).toMatch(/Occupational Therapy Assistant$/);
      const added = allBullets(posting).filter((l) => l.origin === 'specialty');
      expect(added.length).toBeGreaterThanOrEqual(3);
      for (const l of added) {
        expect(l.provenance?.url).toMatch(/^https:\/\//);
        expect(l.provenance?.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(['H', 'M', 'L']).toContain(l.provenance?.confidence);
        expect(l.provenance?.asOf).toBeTruthy();
      }
      expect(briefText(posting)).toContain(specialty.title.toLowerCase());
    });
  }

  it('names the expected titles', () => {
    expect(tailor({ specialty: 'pediatrics' }).title).toBe('Pediatric Occupational Therapy Assistant');
    expect(tailor({ specialty: 'geriatrics' }).title).toBe('Geriatric Occupational Therapy Assistant');
    expect(tailor({ specialty: 'hand-upper-extremity' }).title).toBe('Hand and Upper Extremity Occupational Therapy Assistant');
  });

  it('never requires a credential an OTA cannot hold (CHT, AOTA board certification)', () => {
    const forbidden = /\bCHT\b|certified hand therapist|\bBC(P|PR|G|MH)\b|board certification/i;
    for (const specialty of SPECIALTY_IDS) {
      for (const setting of SETTING_IDS) {
        const output = render(tailor({ specialty, setting, state: 'TX' }), 'text');
        expect(output).not.toMatch(forbidden);
      }
    }
  });
});

describe('settings', () => {
  for (const setting of SETTINGS) {
    it(`${setting.id}: names the setting in the brief and adds ≥2 lines`, () => {
      const posting = tailor({ setting: setting.id });
      expect(briefText(posting)).toContain(`to join our ${setting.team} team`);
      const added = allBullets(posting).filter((l) => l.origin === 'setting');
      expect(added.length).toBeGreaterThanOrEqual(2);
      for (const l of added) expect(l.provenance?.url).toMatch(/^https:\/\//);
    });
  }

  it('school district: IEP work; early intervention: IFSP and family coaching', () => {
    expect(render(tailor({ setting: 'school-district' }), 'text')).toMatch(/Individualized Education Programs \(IEPs\)/);
    const ei = render(tailor({ setting: 'early-intervention' }), 'text');
    expect(ei).toMatch(/IFSP/);
    expect(ei).toMatch(/Coach families/);
    expect(ei).toMatch(/natural environments/);
  });

  it('mentions driving only where it is essential (home health, early intervention)', () => {
    for (const setting of SETTING_IDS) {
      const mentionsDriving = /driver’s license|driving/i.test(render(tailor({ setting }), 'text'));
      expect(mentionsDriving, setting).toBe(setting === 'home-health' || setting === 'early-intervention');
    }
    expect(line(tailor({ setting: 'home-health' }), 'setting-home-health-driving')?.text).toMatch(/essential function/);
  });
});

describe('state licensing lines', () => {
  it('without a state keeps the generic license line, in the chosen wording', () => {
    expect(line(tailor(), 'license-state')?.text).toBe('State license to work as an occupational therapy assistant');
    expect(line(tailor({ wording: 'original' }), 'license-state')?.text).toBe('State license to work as an Occupational Therapist Assistant');
    expect(line(tailor(), 'license-compact')).toBeUndefined();
  });

  it('TX names the state and the Texas board; no compact line', () => {
    const posting = tailor({ state: 'TX' });
    expect(line(posting, 'license-state')?.text).toBe(
      'Active Texas occupational therapy assistant license (or eligibility) from the Texas Board of Occupational Therapy Examiners',
    );
    expect(line(posting, 'license-compact')).toBeUndefined();
    expect(line(posting, 'license-state-extra')?.text).toMatch(/Texas jurisprudence exam/);
    expect(line(tailor({ state: 'CA' }), 'license-state-extra')).toBeUndefined();
    expect(render(posting, 'text')).not.toContain('State license to work as an occupational therapy assistant');
  });

  it('CO has the careful compact line; CA has none', () => {
    const compact = line(tailor({ state: 'CO' }), 'license-compact');
    expect(compact?.text).toMatch(/Colorado/);
    expect(compact?.text).toMatch(/as of September 2025 the Compact Commission had not yet begun issuing privileges/);
    expect(compact?.text).not.toMatch(/compact licen[cs]e accepted/i);
    expect(compact?.text).not.toMatch(/^Or\b/);
    expect(compact?.provenance?.confidence).toBe('H');
    expect(line(tailor({ state: 'CA' }), 'license-compact')).toBeUndefined();
    expect(line(tailor({ state: 'CA' }), 'license-state')?.text).toContain('California Board of Occupational Therapy');
  });

  it('KS (enacted 2026) gets a compact line that says so, graded below H', () => {
    const compact = line(tailor({ state: 'KS' }), 'license-compact');
    expect(compact?.text).toMatch(/enacted .*2026/);
    expect(compact?.provenance?.confidence).not.toBe('H');
  });

  it('VI names no board and claims no license (§1b: no OT/OTA licensing board found)', () => {
    const vi = line(tailor({ state: 'VI' }), 'license-state');
    expect(vi?.text).toBe('Eligible to practice as an occupational therapy assistant in the U.S. Virgin Islands under local requirements');
    expect(vi?.provenance?.confidence).toBe('L');
  });

  it('every state row: names its board exactly when verified, compact line exactly for members', () => {
    for (const jurisdiction of JURISDICTIONS) {
      const posting = tailor({ state: jurisdiction.code });
      const license = line(posting, 'license-state');
      const claimsLicense = jurisdiction.board !== null && jurisdiction.provenance.confidence !== 'L';
      expect(license?.text.startsWith(`Active ${jurisdiction.name} occupational therapy assistant license`), jurisdiction.code).toBe(claimsLicense);
      expect(license?.origin).toBe('jurisdiction');
      if (jurisdiction.board && jurisdiction.boardVerified) expect(license?.text).toContain(`from the ${jurisdiction.board}`);
      else expect(license?.text).not.toContain(' from the ');
      expect(line(posting, 'license-compact') !== undefined, jurisdiction.code).toBe(jurisdiction.compact !== 'not-member');
      const nbcot = line(posting, 'license-nbcot');
      expect(nbcot?.text).toMatch(/NBCOT/);
      expect(nbcot?.text).not.toMatch(/^COTA/);
    }
  });

  it('does not claim an NBCOT licensing rule where the sheet is unsure (PR)', () => {
    expect(line(tailor({ state: 'PR' }), 'license-nbcot')?.text).toBe('Current NBCOT certification (COTA®) preferred');
    expect(line(tailor({ state: 'MT' }), 'license-nbcot')?.text).toMatch(/requires/);
  });
});

describe('employer fields', () => {
  it('formats pay as a min–max range', () => {
    const hourly = tailor({ payMin: 28, payMax: 36, payUnit: 'hour' });
    expect(section(hourly, 'schedule-pay')?.paragraphs).toContainEqual({ label: 'Pay', text: '$28.00–$36.00 per hour' });
    const yearly = tailor({ payMin: 58000, payMax: 72000, payUnit: 'year' });
    expect(section(yearly, 'schedule-pay')?.paragraphs).toContainEqual({ label: 'Pay', text: '$58,000–$72,000 per year' });
    expect(section(tailor({ payMin: 58000, payMax: 72000 }), 'schedule-pay')?.paragraphs[0]?.text).toBe('$58,000–$72,000 per year');
  });

  it('rejects bad pay and bad ids with a message naming the value', () => {
    expect(() => tailor({ payMin: 40, payMax: 30 })).toThrow(/40.*30/);
    expect(() => tailor({ payMin: Number.NaN })).toThrow(/NaN/);
    expect(() => tailor({ state: 'XX' as never })).toThrow(/"XX".*TX/);
    expect(() => tailor({ specialty: 'surgery' as never })).toThrow(/"surgery".*pediatrics/);
  });

  it('uses company, location, schedule, benefits, how to apply and about us', () => {
    const posting = tailor({
      company: 'Sunrise Therapy',
      location: 'Austin, TX',
      employmentType: 'part-time',
      schedule: 'Mon–Thu, 8am–4pm',
      benefits: ['Health insurance', ' ', 'Paid CEUs'],
      howToApply: 'Apply through our careers page.',
      aboutUs: 'We are a family-owned practice.\n\nWe serve Central Texas.',
    });
    expect(briefText(posting)).toContain('team at Sunrise Therapy in Austin, TX');
    expect(section(posting, 'benefits')?.bullets.map((b) => b.text)).toEqual(['Health insurance', 'Paid CEUs']);
    expect(section(posting, 'schedule-pay')?.paragraphs).toEqual([
      { label: 'Employment type', text: 'Part-time' },
      { label: 'Schedule', text: 'Mon–Thu, 8am–4pm' },
    ]);
    expect(section(posting, 'about-us')?.paragraphs).toHaveLength(2);
    expect(section(posting, 'how-to-apply')?.paragraphs[0]?.text).toBe('Apply through our careers page.');
    expect(section(posting, 'eeo')?.paragraphs[0]?.text).toMatch(/^Sunrise Therapy is an Equal Opportunity Employer/);
  });

  it('EEO: neutral without company, absent when off', () => {
    expect(section(tailor(), 'eeo')?.paragraphs[0]?.text).toMatch(/^We are an Equal Opportunity Employer/);
    expect(section(tailor({ eeo: false }), 'eeo')).toBeUndefined();
  });

  it('supervision wording: default and override', () => {
    expect(briefText(tailor())).toContain('under the supervision of a licensed occupational therapist');
    const custom = briefText(tailor({ supervision: 'under the general supervision of an OT' }));
    expect(custom).toContain('under the general supervision of an OT');
    expect(custom).not.toContain('under the supervision of a licensed occupational therapist');
  });

  it('omits sections without content and sections switched off', () => {
    const ids = tailor().sections.map((s) => s.id);
    expect(ids).toEqual(['brief', 'about-role', 'responsibilities', 'requirements', 'eeo']);
    const off = tailor({ sections: { 'about-role': false, brief: false }, aboutUs: 'x' });
    expect(off.sections.map((s) => s.id)).toEqual(['responsibilities', 'requirements', 'about-us', 'eeo']);
    expect(tailor({ sections: { benefits: true } }).sections.map((s) => s.id)).not.toContain('benefits');
  });

  it('adds user lines, drops lines by id, and never duplicates a line', () => {
    const posting = tailor({
      extraResponsibilities: ['Supervise volunteers', 'supervise volunteers.', 'Review clients’ physical and psychological needs'],
      extraRequirements: ["strong communication skills", 'Bilingual English/Spanish'],
      dropLines: ['seed-resp-supply-inventory'],
    });
    const texts = allBullets(posting).map((l) => l.text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
    expect(line(posting, 'seed-resp-supply-inventory')).toBeUndefined();
    const user = allBullets(posting).filter((l) => l.origin === 'user');
    expect(user.map((l) => l.text)).toEqual(['Supervise volunteers', 'Bilingual English/Spanish']);
    expect(user.map((l) => l.id)).toEqual(['user-resp-supervise-volunteers', 'user-req-bilingual-english-spanish']);
  });

  it('is deterministic and idempotent over its own resolved options', () => {
    const options = { specialty: 'geriatrics', setting: 'skilled-nursing', state: 'OH', company: 'Acme', payMin: 30, payMax: 40 } as const;
    const first = tailor(options);
    expect(tailor(options)).toEqual(first);
    expect(tailor(first.options)).toEqual(first);
    expect(first.options).toMatchObject({ specialty: 'geriatrics', setting: 'skilled-nursing', eeo: true, physicalDemands: 'seed' });
    for (const format of FORMATS) expect(render(tailor(options), format)).toBe(render(first, format));
  });
});
