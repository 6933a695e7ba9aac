import { describe, expect, it } from 'vitest';
import { findInternalNames } from './internal-names';
import { tailor } from '../template/tailor';
import { SETTING_IDS, SPECIALTY_IDS, type StateCode, type TailorOptions } from '../template/types';
import { runChecks, withSourceLink } from './index';
import { PAY_LAWS } from './pay-laws';
import { SOURCES } from './sources';
import type { Finding } from './types';

const HTTPS = /^https:\/\/[^\s/]+\.[^\s]+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Options that make every rule family speak: credentials, driving, ADA, exclusionary and coded words, EEO off, pay. */
const KITCHEN_SINK: TailorOptions = {
  specialty: 'hand-upper-extremity',
  setting: 'outpatient-clinic',
  state: 'CA',
  location: 'Denver, CO',
  eeo: false,
  payMin: 30,
  payUnit: 'year',
  extraRequirements: [
    'CHT required', 'BCP preferred', 'SCLV preferred', 'COTA required', 'Compact license accepted', 'Texas license required',
    "Valid driver's license", 'Ability to see and hear', 'Recent graduate, digital native', 'Ambitious, competitive, dominant leader',
  ],
};

function findingsFor(options: TailorOptions, extra: Partial<Parameters<typeof runChecks>[1]> = {}): Finding[] {
  return runChecks(tailor(options), { today: '2026-12-02', employerSize: 40, ...extra });
}

function expectPublicSource(finding: Finding): void {
  const label = `${finding.ruleId}: ${finding.source}`;
  expect(finding.source.trim(), label).not.toBe('');
  expect(findInternalNames(`${finding.source}\n${finding.message}`, 'ui-text'), label).toEqual([]);
  expect(finding.sourceUrl, label).toMatch(HTTPS);
  expect(finding.reviewed, label).toMatch(ISO_DATE);
}

describe('public sources', () => {
  it('every source entry has a citation, an https page and a review date, and names no internal document', () => {
    for (const [id, source] of Object.entries(SOURCES)) {
      expect(source.url, id).toMatch(HTTPS);
      expect(source.reviewed, id).toMatch(ISO_DATE);
      expect(findInternalNames(source.citation, 'ui-text'), id).toEqual([]);
    }
  });

  it('every finding of every rule family carries a public citation, an https link and a review date', () => {
    const findings = [
      ...findingsFor(KITCHEN_SINK),
      ...findingsFor({ ...KITCHEN_SINK, state: 'CO', payMin: 40, payMax: 90_000, payUnit: 'hour' }),
      ...findingsFor({ ...KITCHEN_SINK, state: 'CO', payMin: 40, payUnit: undefined }),
      ...findingsFor({ specialty: 'pediatrics', setting: 'home-health', state: 'NY', location: 'Brooklyn, NY' }),
      ...findingsFor({ setting: 'school-district', sections: { requirements: false, eeo: false } }, { targetSite: 'linkedin', renderedLength: 12_000 }),
      ...findingsFor({}, { today: 'yesterday' }),
      ...findingsFor({}, { targetSite: 'workable', fieldMaxLength: 100 }),
    ];
    const families = new Set(findings.map((finding) => finding.ruleId.split('/')[0]));
    expect([...families].sort()).toEqual(['context', 'credentials', 'language', 'pay', 'physical', 'structure']);
    for (const finding of findings) expectPublicSource(finding);
  });

  it('over every specialty × setting, findings stay public and sourced', () => {
    const states: (StateCode | undefined)[] = [undefined, 'CA', 'CO', 'NY', 'TX'];
    for (const specialty of SPECIALTY_IDS) {
      for (const setting of SETTING_IDS) {
        for (const state of states) for (const finding of findingsFor({ specialty, setting, state })) expectPublicSource(finding);
      }
    }
  });

  it('a family that throws still reports with a public source', () => {
    const findings = runChecks({ title: 'x', sections: 'broken', options: null } as never, { today: '2026-12-02' });
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) expectPublicSource(finding);
  });

  it('pay findings take the link and review date of their law; general ones cite the salary fields', () => {
    const withLaw = withSourceLink({ ruleId: 'pay/range-missing@CO', severity: 'error', message: 'm', source: 's', asOf: 'x' });
    const colorado = PAY_LAWS.find((law) => law.id === 'CO');
    expect(withLaw.sourceUrl).toBe(colorado?.url);
    expect(withLaw.sourceUrl).toMatch(HTTPS);
    expect(withLaw.reviewed).toBe(colorado?.reviewed);
    const general = withSourceLink({ ruleId: 'pay/unit-missing', severity: 'warning', message: 'm', source: 's', asOf: 'x' });
    expect(general.sourceUrl).toBe(SOURCES.jobPostingStructure.url);
    expect(general.reviewed).toBe(SOURCES.jobPostingStructure.reviewed);
    const own = withSourceLink({ ruleId: 'pay/x@CO', severity: 'info', message: 'm', source: 's', asOf: 'x', sourceUrl: 'https://a.example/', reviewed: '2026-01-01' });
    expect(own).toMatchObject({ sourceUrl: 'https://a.example/', reviewed: '2026-01-01' });
    // Another family without its own link is not papered over: the empty link fails the checks above.
    expect(withSourceLink({ ruleId: 'language/x', severity: 'info', message: 'm', source: 's', asOf: 'x' }).sourceUrl).toBe('');
  });

  it('template lines from specialties, settings and ADA wording carry an https source and a review date', () => {
    for (const specialty of SPECIALTY_IDS) {
      for (const setting of SETTING_IDS) {
        const posting = tailor({ specialty, setting, physicalDemands: 'ada' });
        for (const line of posting.sections.flatMap((section) => section.bullets)) {
          if (!line.provenance || line.origin === 'jurisdiction') continue;
          expect(line.provenance.url, line.id).toMatch(HTTPS);
          expect(line.provenance.reviewed, line.id).toMatch(ISO_DATE);
          expect(findInternalNames(line.provenance.source, 'ui-text'), line.id).toEqual([]);
        }
      }
    }
  });
});
