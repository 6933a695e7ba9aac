import { describe, expect, it } from 'vitest';
import { makePosting } from './fixtures';
import { checkStructure } from './structure';
import type { TailorOptions } from '../template/types';
import type { CheckContext } from './types';

const run = (options: TailorOptions, context: Partial<CheckContext> = {}) =>
  checkStructure(makePosting({ location: 'Denver, CO', ...options }), { today: '2026-11-26', ...context });
const ids = (options: TailorOptions, context: Partial<CheckContext> = {}) => run(options, context).map((f) => f.ruleId);

describe('required content', () => {
  it('a complete posting passes', () => {
    expect(run({})).toEqual([]);
  });

  it('missing title, responsibilities and requirements are errors', () => {
    const posting = makePosting({ location: 'Denver, CO' });
    posting.title = '  ';
    posting.sections = posting.sections.filter((s) => s.id !== 'responsibilities' && s.id !== 'requirements');
    expect(checkStructure(posting, { today: '2026-11-26' }).map((f) => [f.ruleId, f.severity])).toEqual([
      ['structure/title-missing', 'error'],
      ['structure/responsibilities-missing', 'error'],
      ['structure/requirements-missing', 'error'],
    ]);
  });

  it('a section switched off gets a fix that switches it back on', () => {
    const finding = run({ sections: { requirements: false } }).find((f) => f.ruleId === 'structure/requirements-missing');
    expect(finding?.fix?.patch).toEqual({ sections: { requirements: true } });
  });

  it('all template requirement lines dropped counts as missing', () => {
    const dropLines = ['req-seed-1', 'req-seed-2', 'req-seed-3', 'req-seed-4', 'req-seed-5', 'req-seed-6', 'req-physical-demands'];
    expect(ids({ dropLines })).toEqual(['structure/requirements-missing']);
  });

  it('no location is a warning', () => {
    const findings = checkStructure(makePosting({}), { today: '2026-11-26' });
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['structure/location-missing', 'warning']]);
  });

  it('EEO off is info with a fix; on but missing is an error', () => {
    const off = run({ eeo: false })[0];
    expect([off?.ruleId, off?.severity]).toEqual(['structure/eeo-off', 'info']);
    expect(off?.fix?.patch).toEqual({ eeo: true });
    expect(ids({ sections: { eeo: false } })).toEqual(['structure/eeo-missing']);
  });
});

describe('length limits', () => {
  it('over the limit is an error, at the limit is fine (near-limit info)', () => {
    expect(ids({}, { fieldMaxLength: 1000, renderedLength: 1001 })).toEqual(['structure/too-long']);
    expect(ids({}, { fieldMaxLength: 1000, renderedLength: 1000 })).toEqual(['structure/near-limit']);
    expect(ids({}, { fieldMaxLength: 1000, renderedLength: 899 })).toEqual([]);
    expect(ids({}, { siteCharLimit: 500, renderedLength: 501 })).toEqual(['structure/too-long']);
  });

  it('uses the known LinkedIn limit when the target site is given', () => {
    expect(ids({}, { targetSite: 'linkedin', renderedLength: 10_001 })).toEqual(['structure/too-long']);
    expect(ids({}, { targetSite: 'linkedin', renderedLength: 5_000 })).toEqual([]);
  });

  it('estimates the length when no rendered length is given', () => {
    const findings = run({}, { fieldMaxLength: 100 });
    expect(findings[0]?.ruleId).toBe('structure/too-long');
    expect(findings[0]?.message).toMatch(/estimated/);
  });

  it('checks the title against the site title limit (Workable: 80)', () => {
    const posting = makePosting({ location: 'Denver, CO' });
    posting.title = 'x'.repeat(81);
    expect(checkStructure(posting, { today: '2026-11-26', targetSite: 'workable' }).map((f) => f.ruleId)).toEqual([
      'structure/title-too-long',
    ]);
    posting.title = 'x'.repeat(80);
    expect(checkStructure(posting, { today: '2026-11-26', targetSite: 'workable' })).toEqual([]);
  });
});
