import { describe, expect, it } from 'vitest';
import { makePosting } from './fixtures';
import { PAY_LAWS, type PayLaw } from './pay-laws';
import { FACT_SHEET_FILE, readSharedFile } from '../template/reference-files';
import { checkPayTransparency, payShape } from './pay-transparency';
import type { CheckContext, RuleFinding as Finding } from './types';
import type { TailorOptions } from '../template/types';

const TODAY = '2026-11-26';
const run = (options: TailorOptions, context: Partial<CheckContext> = {}) =>
  checkPayTransparency(makePosting(options), { today: TODAY, ...context });
const ids = (findings: Finding[]) => findings.map((f) => f.ruleId);
const errors = (findings: Finding[]) => findings.filter((f) => f.severity === 'error').map((f) => f.ruleId);
const PAY: TailorOptions = { payMin: 28, payMax: 36, payUnit: 'hour' };

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

describe('Colorado', () => {
  it('flags a posting with no pay and no benefits as two errors, and the application-close date as a warning', () => {
    const findings = run({ state: 'CO' });
    expect(errors(findings).sort()).toEqual(['pay/benefits-missing@CO', 'pay/range-missing@CO']);
    expect(findings.find((f) => f.ruleId === 'pay/application-deadline@CO')?.severity).toBe('warning');
  });

  it('clears both errors once pay range and benefits are given', () => {
    const findings = run({ state: 'CO', ...PAY, benefits: ['Health', '401(k)'] });
    expect(errors(findings)).toEqual([]);
    expect(ids(findings)).toContain('pay/application-deadline@CO');
  });

  it('accepts an application-close date written in How to apply', () => {
    const findings = run({ state: 'CO', ...PAY, benefits: ['Health'], howToApply: 'Applications close on 2026-12-15.' });
    expect(ids(findings)).not.toContain('pay/application-deadline@CO');
  });

  it('requires the application-close date only from 2024-01-01', () => {
    expect(ids(run({ state: 'CO', ...PAY, benefits: ['Health'] }, { today: '2023-12-31' }))).not.toContain(
      'pay/application-deadline@CO',
    );
    expect(ids(run({ state: 'CO', ...PAY, benefits: ['Health'] }, { today: '2023-12-31' }))).toContain('pay/upcoming@CO');
    expect(ids(run({ state: 'CO', ...PAY, benefits: ['Health'] }, { today: '2024-01-01' }))).toContain(
      'pay/application-deadline@CO',
    );
  });

  it('reports benefits entered but hidden as an error with a fix that shows the section', () => {
    const options: TailorOptions = { state: 'CO', ...PAY, benefits: ['Health'], sections: { benefits: false } };
    const finding = run(options).find((f) => f.ruleId === 'pay/benefits-missing@CO');
    expect(finding?.severity).toBe('error');
    expect(finding?.fix?.patch).toEqual({ sections: { benefits: true } });
    const fixed = { ...options, ...finding!.fix!.patch };
    expect(ids(run(fixed))).not.toContain('pay/benefits-missing@CO');
  });

  it('reports pay hidden by the section switch as missing, with a fix', () => {
    const options: TailorOptions = { state: 'CO', ...PAY, benefits: ['Health'], sections: { 'schedule-pay': false } };
    const finding = run(options).find((f) => f.ruleId === 'pay/range-missing@CO');
    expect(finding?.fix?.patch).toEqual({ sections: { 'schedule-pay': true } });
  });
});

describe('effective dates', () => {
  it('Delaware: info on 2027-09-25, errors from 2027-09-26', () => {
    const before = run({ state: 'DE' }, { today: '2027-09-25', employerSize: 100 });
    expect(errors(before)).toEqual([]);
    const upcoming = before.find((f) => f.ruleId === 'pay/upcoming@DE');
    expect(upcoming?.severity).toBe('info');
    expect(upcoming?.message).toMatch(/^From 2027-09-26 Delaware requires/);
    const after = run({ state: 'DE' }, { today: '2027-09-26', employerSize: 100 });
    expect(errors(after).sort()).toEqual(['pay/benefits-missing@DE', 'pay/range-missing@DE']);
  });

  it('an upcoming duty the posting already meets is not announced', () => {
    const findings = run({ state: 'DE', ...PAY, benefits: ['Health'] }, { today: '2027-01-01', employerSize: 100 });
    expect(ids(findings)).not.toContain('pay/upcoming@DE');
  });

  it.each(PAY_LAWS.filter((law) => law.kind === 'posting'))('$name: range required from its effective date, not the day before', (law) => {
    const rangeDuty = law.duties.find((duty) => duty.kind === 'pay-range')!;
    const city = law.places?.[0];
    const on = run({ state: law.state }, { today: rangeDuty.from, city, employerSize: law.minEmployees });
    const before = run({ state: law.state }, { today: dayBefore(rangeDuty.from), city, employerSize: law.minEmployees });
    expect(ids(on)).toContain(`pay/range-missing@${law.id}`);
    expect(ids(before)).not.toContain(`pay/range-missing@${law.id}`);
    expect(ids(before)).toContain(`pay/upcoming@${law.id}`);
  });

  it('Columbus: in force from 2025-12-03 as a warning, an error once enforced on 2027-01-01', () => {
    const context = { city: 'Columbus', employerSize: 20 };
    expect(run({ state: 'OH' }, { ...context, today: '2026-12-31' }).find((f) => f.ruleId === 'pay/range-missing@COLUMBUS')?.severity).toBe('warning');
    expect(run({ state: 'OH' }, { ...context, today: '2027-01-01' }).find((f) => f.ruleId === 'pay/range-missing@COLUMBUS')?.severity).toBe('error');
  });

  it('Washington allows one fixed figure only from 2025-07-27', () => {
    const fixed: TailorOptions = { state: 'WA', payMin: 30, payMax: 30, payUnit: 'hour', benefits: ['Health'] };
    expect(ids(run(fixed, { today: '2025-07-26', employerSize: 50 }))).toContain('pay/fixed-amount@WA');
    expect(ids(run(fixed, { today: '2025-07-27', employerSize: 50 }))).not.toContain('pay/fixed-amount@WA');
  });

  it('an invalid "today" makes every dated rule count as in force instead of throwing', () => {
    expect(ids(run({ state: 'DE' }, { today: 'next week', employerSize: 100 }))).toContain('pay/range-missing@DE');
  });
});

describe('employer-size thresholds', () => {
  it('Minnesota: 29 employees not covered, 30 covered', () => {
    const small = run({ state: 'MN' }, { employerSize: 29 });
    expect(errors(small)).toEqual([]);
    expect(ids(small)).toContain('pay/not-covered@MN');
    expect(errors(run({ state: 'MN' }, { employerSize: 30 })).sort()).toEqual(['pay/benefits-missing@MN', 'pay/range-missing@MN']);
  });

  it.each(PAY_LAWS.filter((law) => law.kind === 'posting' && law.minEmployees > 1))('$name: covered at $minEmployees, not one below', (law) => {
    const today = '2028-01-01';
    const city = law.places?.[0];
    expect(ids(run({ state: law.state }, { today, city, employerSize: law.minEmployees }))).toContain(`pay/range-missing@${law.id}`);
    const below = run({ state: law.state }, { today, city, employerSize: law.minEmployees - 1 });
    expect(ids(below)).not.toContain(`pay/range-missing@${law.id}`);
    expect(ids(below)).toContain(`pay/not-covered@${law.id}`);
  });

  it('unknown size assumes coverage and says so', () => {
    const findings = run({ state: 'MN' });
    expect(errors(findings)).toContain('pay/range-missing@MN');
    const note = findings.find((f) => f.ruleId === 'pay/employer-size-assumed');
    expect(note?.severity).toBe('info');
    expect(note?.message).toContain('30 or more employees');
  });

  it('a nonsense size (NaN, negative) counts as unknown', () => {
    expect(ids(run({ state: 'MN' }, { employerSize: Number.NaN }))).toContain('pay/employer-size-assumed');
    expect(ids(run({ state: 'MN' }, { employerSize: -3 }))).toContain('pay/range-missing@MN');
  });
});

describe('open-ended pay', () => {
  it('is an error where banned (MN, IL) and a warning elsewhere', () => {
    const minOnly: TailorOptions = { payMin: 28, payUnit: 'hour', benefits: ['Health'] };
    const mn = run({ state: 'MN', ...minOnly }, { employerSize: 50 });
    expect(errors(mn)).toEqual(['pay/open-ended@MN']);
    const il = run({ state: 'IL', payMax: 40, payUnit: 'hour', benefits: ['Health'] }, { employerSize: 50 });
    expect(errors(il)).toEqual(['pay/open-ended@IL']);
    const co = run({ state: 'CO', ...minOnly });
    expect(errors(co)).toEqual([]);
    expect(co.find((f) => f.ruleId === 'pay/open-ended')?.severity).toBe('warning');
    expect(run({ state: 'TX', ...minOnly }).find((f) => f.ruleId === 'pay/open-ended')?.severity).toBe('warning');
  });

  it('catches "up to $40" written as text, pointing at the line', () => {
    const il = run({ state: 'IL', ...PAY, benefits: ['Health'], extraRequirements: ['Pay up to $40 per hour'] }, { employerSize: 50 });
    const finding = il.find((f) => f.ruleId === 'pay/open-ended@IL');
    expect(finding?.severity).toBe('error');
    expect(finding?.lineId).toBe('req-user-1');
  });

  it('does not treat a bonus "up to $2,000" as open-ended pay', () => {
    const findings = run({ state: 'IL', ...PAY, benefits: ['Health'], extraRequirements: ['Sign-on bonus up to $2,000'] }, { employerSize: 50 });
    expect(ids(findings).filter((id) => id.startsWith('pay/open-ended'))).toEqual([]);
  });

  it('recognises "$30+" and "starting at $28/hr"', () => {
    for (const text of ['Hourly rate $30+', 'Pay starting at $28/hr']) {
      expect(ids(run({ state: 'TX', extraRequirements: [text] }))).toContain('pay/open-ended');
    }
  });
});

/** §3 rows whose "What the posting must include" column asks for a minimum and a maximum ("min–max", "Min & max"). */
function minAndMaxLawNamesFromSheet(): string[] {
  const sheet = readSharedFile(FACT_SHEET_FILE);
  const section3 = sheet.slice(sheet.indexOf('## 3. Pay-transparency laws'), sheet.indexOf('## 4. OTA practice'));
  return section3
    .split(/\r?\n/)
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .filter((cells) => cells.length > 6 && /\bmin(?:imum)?\b\W*(?:–|-|&|and)\W*max(?:imum)?\b/i.test(cells[5] ?? ''))
    .map((cells) => cells[1]!);
}

describe('laws that require a minimum and a maximum (NY, NYC, DC, MD, VT)', () => {
  const MIN_AND_MAX_IDS = ['DC', 'MD', 'NY', 'NYC', 'VT'];
  const minAndMaxLaws = MIN_AND_MAX_IDS.map((id) => PAY_LAWS.find((law) => law.id === id)!);
  const caseFor = (law: PayLaw) => {
    const rangeDuty = law.duties.find((duty) => duty.kind === 'pay-range')!;
    const today = rangeDuty.from > TODAY ? rangeDuty.from : TODAY;
    return { today, city: law.places?.[0], employerSize: Math.max(law.minEmployees, 50) };
  };

  it('flags exactly the §3 rows that say min and max', () => {
    const flagged = PAY_LAWS.filter((law) => law.duties.some((duty) => duty.kind === 'pay-range' && duty.minAndMaxRequired));
    expect(flagged.map((law) => law.id).sort()).toEqual(MIN_AND_MAX_IDS);
    expect(flagged.map((law) => law.name).sort()).toEqual(minAndMaxLawNamesFromSheet().sort());
  });

  it('one-sided pay is an error once the law is in force, for a minimum or a maximum alone', () => {
    for (const law of minAndMaxLaws) {
      for (const oneSided of [{ payMin: 28 }, { payMax: 36 }]) {
        const findings = run({ state: law.state, ...oneSided, payUnit: 'hour', benefits: ['Health'] }, caseFor(law));
        const finding = findings.find((f) => f.ruleId === `pay/open-ended@${law.id}`);
        expect(finding?.severity, `${law.id} ${JSON.stringify(oneSided)}`).toBe('error');
        expect(finding?.message).toMatch(/minimum and (?:a )?maximum/);
        expect(finding?.confidence).toBe(law.confidence);
        // The law-specific error replaces the generic warning.
        expect(ids(findings)).not.toContain('pay/open-ended');
      }
    }
  });

  it('a full range passes', () => {
    for (const law of minAndMaxLaws) {
      const findings = run({ state: law.state, ...PAY, benefits: ['Health'] }, caseFor(law));
      expect(errors(findings), law.id).toEqual([]);
    }
  });

  it('before the law is in force, one-sided pay is only the upcoming notice', () => {
    const vt = PAY_LAWS.find((law) => law.id === 'VT')!;
    const findings = run({ state: 'VT', payMin: 28, payUnit: 'hour' }, { ...caseFor(vt), today: '2025-06-30' });
    expect(errors(findings)).toEqual([]);
    expect(ids(findings)).toContain('pay/upcoming@VT');
  });

  it('laws that ask only for "a range" keep the generic warning (CA, WA)', () => {
    for (const state of ['CA', 'WA'] as const) {
      const findings = run({ state, payMin: 28, payUnit: 'hour', benefits: ['Health'] }, { employerSize: 50 });
      expect(errors(findings), state).toEqual([]);
      expect(findings.find((f) => f.ruleId === 'pay/open-ended')?.severity, state).toBe('warning');
    }
  });
});

describe('local laws and other jurisdictions', () => {
  it('NYC jobs get both the state and the city rule; Buffalo only the state one', () => {
    const brooklyn = run({ state: 'NY' }, { city: 'Brooklyn', employerSize: 10 });
    expect(errors(brooklyn).sort()).toEqual(['pay/range-missing@NY', 'pay/range-missing@NYC']);
    expect(errors(run({ state: 'NY' }, { city: 'Buffalo', employerSize: 10 }))).toEqual(['pay/range-missing@NY']);
  });

  it('takes the city from the location when none is given', () => {
    expect(ids(run({ state: 'OH', location: 'Cleveland, OH' }, { employerSize: 20 }))).toContain('pay/range-missing@CLEVELAND');
    expect(ids(run({ state: 'NJ', location: 'Jersey City, NJ' }, { employerSize: 6 }))).toContain('pay/range-missing@JERSEY-CITY');
    expect(ids(run({ state: 'NY', location: 'White Plains, NY' }, { employerSize: 6 }))).toContain('pay/range-missing@WESTCHESTER');
    expect(ids(run({ state: 'NY', location: 'Ithaca, NY' }, { employerSize: 6 }))).toContain('pay/range-missing@ITHACA');
  });

  it('on-request states are information only', () => {
    for (const state of ['CT', 'NV', 'RI'] as const) {
      const findings = run({ state });
      expect(errors(findings)).toEqual([]);
      expect(findings.find((f) => f.ruleId === `pay/on-request@${state}`)?.severity).toBe('info');
    }
    expect(ids(run({ state: 'OH' }, { city: 'Toledo', employerSize: 20 }))).toContain('pay/on-request@TOLEDO');
  });

  it('a state with no pay law gives no pay findings for a complete range', () => {
    expect(run({ state: 'TX', ...PAY })).toEqual([]);
  });

  it('a fixed amount is fine in Colorado but warned about in NYC', () => {
    const fixed: TailorOptions = { payMin: 30, payMax: 30, payUnit: 'hour', benefits: ['Health'] };
    expect(ids(run({ state: 'CO', ...fixed }))).not.toContain('pay/fixed-amount@CO');
    expect(ids(run({ state: 'NY', ...fixed }, { city: 'Queens', employerSize: 10 }))).toContain('pay/fixed-amount@NYC');
  });

  it('every finding carries source, asOf and confidence', () => {
    for (const f of run({ state: 'NY' }, { city: 'Manhattan' })) {
      expect(f.source.length).toBeGreaterThan(10);
      expect(f.asOf).toMatch(/^\d{4}/);
    }
  });
});

describe('pay field sanity', () => {
  it('classifies pay shapes', () => {
    expect(payShape(undefined, undefined)).toEqual({ kind: 'missing' });
    expect(payShape(28, 36)).toEqual({ kind: 'range', min: 28, max: 36 });
    expect(payShape(30, 30)).toEqual({ kind: 'fixed', amount: 30 });
    expect(payShape(28, undefined)).toEqual({ kind: 'open-ended', given: 'min' });
    expect(payShape(Number.NaN, 36).kind).toBe('invalid');
    expect(payShape(-5, 36).kind).toBe('invalid');
    expect(payShape(40, 30).kind).toBe('invalid');
    expect(payShape('up to $40', undefined).kind).toBe('invalid');
  });

  it('invalid numbers are an error, and do not satisfy a range law', () => {
    const findings = run({ state: 'CO', payMin: 40, payMax: 30, payUnit: 'hour', benefits: ['Health'] });
    expect(errors(findings).sort()).toEqual(['pay/invalid', 'pay/range-missing@CO']);
  });

  it('warns on a missing unit and on a unit that does not fit the figures', () => {
    expect(ids(run({ payMin: 28, payMax: 36 }))).toEqual(['pay/unit-missing']);
    expect(ids(run({ payMin: 55000, payMax: 65000, payUnit: 'hour' }))).toEqual(['pay/unit-mismatch']);
    expect(ids(run({ payMin: 28, payMax: 36, payUnit: 'year' }))).toEqual(['pay/unit-mismatch']);
  });
});

describe('duties outside the posting', () => {
  it('are information, from their own dates (CO employee notice from 2024-01-01, DC healthcare disclosure)', () => {
    const co = run({ state: 'CO', ...PAY, benefits: ['Health'] });
    expect(co.find((f) => f.ruleId === 'pay/process-note@CO')?.severity).toBe('info');
    expect(ids(run({ state: 'CO', ...PAY, benefits: ['Health'] }, { today: '2023-06-01' }))).not.toContain('pay/process-note@CO');
    expect(run({ state: 'DC', ...PAY }).find((f) => f.ruleId === 'pay/process-note@DC')?.message).toMatch(/healthcare benefits/);
  });
});
