import { describe, expect, it } from 'vitest';
import { makePosting, SEED_PHYSICAL_DEMANDS } from './fixtures';
import { checkPhysicalDemands } from './physical-demands';
import type { TailorOptions } from '../template/types';
import type { CheckContext } from './types';

const run = (options: TailorOptions, context: Partial<CheckContext> = {}) =>
  checkPhysicalDemands(makePosting(options), { today: '2026-11-26', ...context });
const ids = (options: TailorOptions, context: Partial<CheckContext> = {}) => run(options, context).map((f) => f.ruleId);

describe('physical demands wording', () => {
  it('warns on the seed line and offers the ADA wording as a one-click fix', () => {
    const finding = run({}).find((f) => f.ruleId === 'physical/seed-wording');
    expect(finding?.severity).toBe('warning');
    expect(finding?.lineId).toBe('req-physical-demands');
    expect(finding?.fix?.patch).toEqual({ physicalDemands: 'ada' });
  });

  it('the fix clears it', () => {
    expect(ids({ physicalDemands: 'ada' })).not.toContain('physical/seed-wording');
  });

  it('a user line with the same wording gets a remove fix instead', () => {
    const finding = run({ physicalDemands: 'ada', extraRequirements: ['Standing for long periods'] }).find(
      (f) => f.ruleId === 'physical/seed-wording',
    );
    expect(finding?.fix?.patch).toEqual({ extraRequirements: [] });
  });

  it('flags bodily-method wording as information', () => {
    expect(ids({ physicalDemands: 'ada', extraRequirements: ['Ability to hear alarms'] })).toEqual(['physical/bodily-method']);
  });

  it('the seed line text is the one the fixture uses', () => {
    expect(SEED_PHYSICAL_DEMANDS).toMatch(/stand for long hours and lift heavy loads/);
  });
});

describe('driving requirements', () => {
  const driving: TailorOptions = { physicalDemands: 'ada', extraRequirements: ["Valid driver's license and auto insurance"] };

  it('is fine in home health and early intervention', () => {
    expect(ids({ ...driving, setting: 'home-health', state: 'TX' })).toEqual([]);
    expect(ids({ ...driving, setting: 'early-intervention', state: 'TX' })).toEqual([]);
  });

  it('is a warning in other settings, with a remove fix', () => {
    const finding = run({ ...driving, setting: 'skilled-nursing', state: 'TX' })[0];
    expect(finding?.ruleId).toBe('physical/driving-not-essential');
    expect(finding?.severity).toBe('warning');
    expect(finding?.fix?.patch).toEqual({ extraRequirements: [] });
  });

  it('catches "must drive" and "reliable transportation" too', () => {
    expect(ids({ physicalDemands: 'ada', setting: 'school-district', extraRequirements: ['Must drive between sites'] })).toEqual([
      'physical/driving-not-essential',
    ]);
    expect(ids({ physicalDemands: 'ada', setting: 'hospital-acute', extraRequirements: ['Reliable transportation'] })).toEqual([
      'physical/driving-not-essential',
    ]);
  });

  it('California: a licence requirement is a warning outside driving settings and info inside, from 2025-01-01', () => {
    const outside = run({ ...driving, setting: 'outpatient-clinic', state: 'CA' });
    expect(outside.map((f) => [f.ruleId, f.severity])).toEqual([['physical/ca-drivers-license@CA', 'warning']]);
    const inside = run({ ...driving, setting: 'home-health', state: 'CA' });
    expect(inside.map((f) => [f.ruleId, f.severity])).toEqual([['physical/ca-drivers-license@CA', 'info']]);
    expect(ids({ ...driving, setting: 'home-health', state: 'CA' }, { today: '2024-12-31' })).toEqual([]);
    expect(ids({ ...driving, setting: 'outpatient-clinic', state: 'CA' }, { today: '2024-12-31' })).toEqual([
      'physical/driving-not-essential',
    ]);
  });
});
