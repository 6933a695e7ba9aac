import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makePosting } from './fixtures';
import { PAY_LAWS, PAY_LAWS_REVIEWED, type PayLaw } from './pay-laws';
import { checkPayTransparency, payShape } from './pay-transparency';
import type { CheckContext, Finding } from './types';
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
    // A law that stopped applying (Westchester) is tested the day before it ended.
    const today = law.supersededFrom ? dayBefore(law.supersededFrom) : '2028-01-01';
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

/** The research note's table (docs/research/pay-transparency.md): one row per law, keyed by the `Id` column. */
interface ResearchRow {
  id: string; jurisdiction: string; citation: string; effective: string; threshold: string; duties: string;
  minAndMax: string; benefits: string; url: string; reviewed: string; confidence: string;
}
function researchRows(): ResearchRow[] {
  const note = readFileSync(new URL('../docs/research/pay-transparency.md', import.meta.url), 'utf8');
  return note
    .split(/\r?\n/)
    .filter((line) => /^\| `[A-Z-]+` \|/.test(line))
    .map((line) => {
      const c = line.split('|').slice(1, -1).map((cell) => cell.trim());
      return {
        id: c[0]!.replace(/`/g, ''), jurisdiction: c[1]!, citation: c[2]!, effective: c[3]!, threshold: c[4]!,
        duties: c[5]!, minAndMax: c[6]!, benefits: c[7]!, url: c[8]!, reviewed: c[9]!, confidence: c[10]!,
      };
    });
}
const startOf = (law: PayLaw) => (law.duties.find((duty) => duty.kind === 'pay-range') ?? law.duties[0]!).from;

describe('the research note and PAY_LAWS agree', () => {
  const rows = researchRows();
  const byId = new Map(rows.map((row) => [row.id, row]));

  it('has one row per law and no extra rows', () => {
    expect(rows.map((row) => row.id).sort()).toEqual(PAY_LAWS.map((law) => law.id).sort());
  });

  it.each(PAY_LAWS)('$id: effective date, threshold, min-and-max, benefits, URL, review date and confidence match', (law) => {
    const row = byId.get(law.id)!;
    expect(row.effective.startsWith(startOf(law)), `${row.effective} vs ${startOf(law)}`).toBe(true);
    if (law.supersededFrom) expect(row.effective).toContain(`stops applying ${law.supersededFrom}`);
    if (law.enforcedFrom) expect(row.effective).toContain(`enforced from ${law.enforcedFrom}`);
    expect(row.threshold).toMatch(new RegExp(`^${law.minEmployees}\\b`));
    const minAndMax = law.duties.some((duty) => duty.kind === 'pay-range' && duty.minAndMaxRequired);
    expect(row.minAndMax).toBe(minAndMax ? 'yes' : 'no');
    expect(row.benefits).toBe(law.duties.some((duty) => duty.kind === 'benefits') ? 'yes' : 'no');
    expect(row.url).toBe(law.url);
    expect(row.reviewed).toBe(law.reviewed);
    expect(row.confidence).toBe(law.confidence);
  });
});

describe('every rule carries a public source, a URL and its review date', () => {
  it.each(PAY_LAWS)('$id', (law) => {
    expect(law.url).toMatch(/^https:\/\/[^\s]+$/);
    expect(law.reviewed).toBe(PAY_LAWS_REVIEWED);
    expect(law.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Citations a recruiter can look up, never our internal notes.
    for (const text of [law.law, law.source]) {
      expect(text).not.toMatch(/fact sheet|ota-domain-facts|background knowledge|\bseed\b/i);
    }
    for (const duty of law.duties) expect(duty.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('findings carry the URL and review date of their law', () => {
    const finding = run({ state: 'CT' }, { today: '2026-12-02' }).find((f) => f.ruleId === 'pay/range-missing@CT');
    expect(finding?.url).toBe(PAY_LAWS.find((law) => law.id === 'CT')!.url);
    expect(finding?.reviewed).toBe('2026-12-02');
  });
});

describe('laws that require a minimum and a maximum', () => {
  const MIN_AND_MAX_IDS = ['ALBANY-COUNTY', 'DC', 'ITHACA', 'JERSEY-CITY', 'MD', 'NY', 'NYC', 'VT', 'WESTCHESTER'];
  const minAndMaxLaws = MIN_AND_MAX_IDS.map((id) => PAY_LAWS.find((law) => law.id === id)!);
  /** On the law's own start date, so local laws are tested alone and before any supersession. */
  const caseFor = (law: PayLaw) => ({ today: startOf(law), city: law.places?.[0], employerSize: Math.max(law.minEmployees, 50) });
  const expectedSeverity = (law: PayLaw) => (law.confidence === 'L' ? 'warning' : 'error');

  it('are exactly these laws', () => {
    const flagged = PAY_LAWS.filter((law) => law.duties.some((duty) => duty.kind === 'pay-range' && duty.minAndMaxRequired));
    expect(flagged.map((law) => law.id).sort()).toEqual(MIN_AND_MAX_IDS);
  });

  it('one-sided pay fails once the law is in force, for a minimum or a maximum alone (a warning where unconfirmed)', () => {
    for (const law of minAndMaxLaws) {
      for (const oneSided of [{ payMin: 28 }, { payMax: 36 }]) {
        const findings = run({ state: law.state, ...oneSided, payUnit: 'hour', benefits: ['Health'] }, caseFor(law));
        const finding = findings.find((f) => f.ruleId === `pay/open-ended@${law.id}`);
        expect(finding?.severity, `${law.id} ${JSON.stringify(oneSided)}`).toBe(expectedSeverity(law));
        expect(finding?.message).toMatch(/minimum and (?:a )?maximum/);
        expect(finding?.confidence).toBe(law.confidence);
        // The law-specific finding replaces the generic warning.
        expect(ids(findings)).not.toContain('pay/open-ended');
      }
    }
  });

  it('a full range passes', () => {
    for (const law of minAndMaxLaws) {
      const findings = run({ state: law.state, ...PAY, benefits: ['Health'] }, caseFor(law));
      expect(errors(findings), law.id).toEqual([]);
      expect(ids(findings).filter((id) => id.endsWith(`@${law.id}`) && !id.startsWith('pay/process-note')), law.id).toEqual([]);
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

describe('Connecticut (Public Act 26-12, in force 2026-10-01)', () => {
  it('from 2026-10-01: the wage or range and a benefits description are errors when missing', () => {
    for (const today of ['2026-10-01', '2026-12-02']) {
      expect(errors(run({ state: 'CT' }, { today })).sort(), today).toEqual(['pay/benefits-missing@CT', 'pay/range-missing@CT']);
    }
  });

  it('on 2026-09-30 and before: no error, an upcoming notice, and the on-request duty as information', () => {
    for (const today of ['2026-09-01', '2026-09-30']) {
      const findings = run({ state: 'CT' }, { today });
      expect(errors(findings), today).toEqual([]);
      expect(findings.find((f) => f.ruleId === 'pay/upcoming@CT')?.message).toMatch(/^From 2026-10-01 Connecticut requires the wage or wage range, and a general description of the benefits/);
      expect(findings.find((f) => f.ruleId === 'pay/process-note@CT')?.severity).toBe('info');
    }
    expect(ids(run({ state: 'CT' }, { today: '2021-09-30' }))).not.toContain('pay/process-note@CT');
  });

  it('accepts one wage figure ("the wage or wage range") with benefits', () => {
    const findings = run({ state: 'CT', payMin: 30, payMax: 30, payUnit: 'hour', benefits: ['Health'] }, { today: '2026-12-02' });
    expect(ids(findings).filter((id) => id.endsWith('@CT') && id !== 'pay/process-note@CT')).toEqual([]);
  });
});

describe('Jersey City (Municipal Code §148-4.1)', () => {
  const jc = { today: '2026-12-02', city: 'Jersey City', employerSize: 5 };
  it('a minimum alone and no benefits: errors on the missing maximum and on benefits', () => {
    const findings = run({ state: 'NJ', payMin: 30, payUnit: 'hour' }, jc);
    expect(errors(findings)).toEqual(expect.arrayContaining(['pay/open-ended@JERSEY-CITY', 'pay/benefits-missing@JERSEY-CITY']));
    expect(findings.find((f) => f.ruleId === 'pay/open-ended@JERSEY-CITY')?.message).toMatch(/minimum and maximum base salary or hourly wage/);
  });

  it('starts 2022-04-13, and counts 5 employees (4 is not covered)', () => {
    expect(ids(run({ state: 'NJ' }, { ...jc, today: '2022-04-12' }))).toContain('pay/upcoming@JERSEY-CITY');
    expect(errors(run({ state: 'NJ' }, { ...jc, today: '2022-04-13' })).sort()).toEqual(['pay/benefits-missing@JERSEY-CITY', 'pay/range-missing@JERSEY-CITY']);
    expect(ids(run({ state: 'NJ' }, { ...jc, employerSize: 4 }))).toContain('pay/not-covered@JERSEY-CITY');
  });
});

describe('Westchester County: void once N.Y. Labor Law §194-b took effect (2023-09-17)', () => {
  const wp = { city: 'White Plains', employerSize: 10 };
  it('on 2023-09-16 the county rule applies (minimum and maximum)', () => {
    const findings = run({ state: 'NY', payMin: 28, payUnit: 'hour' }, { ...wp, today: '2023-09-16' });
    expect(findings.find((f) => f.ruleId === 'pay/open-ended@WESTCHESTER')?.severity).toBe('error');
    expect(ids(findings)).not.toContain('pay/superseded@WESTCHESTER');
  });

  it('from 2023-09-17 only a "superseded, verify" note remains, and the state rule applies', () => {
    const findings = run({ state: 'NY' }, { ...wp, today: '2023-09-17' });
    expect(ids(findings).filter((id) => id.endsWith('@WESTCHESTER'))).toEqual(['pay/superseded@WESTCHESTER']);
    const note = findings.find((f) => f.ruleId === 'pay/superseded@WESTCHESTER')!;
    expect(note.severity).toBe('info');
    expect(note.confidence).toBe('L');
    expect(note.message).toMatch(/2023-09-17.*verify/);
    expect(errors(findings)).toEqual(['pay/range-missing@NY']);
  });
});

describe('Albany County (Local Law "E" of 2022, not confirmed beside the state law)', () => {
  const albany = { city: 'Colonie', employerSize: 10 };
  it('never raises an error: missing or one-sided pay is a warning that says verify', () => {
    const findings = run({ state: 'NY' }, { ...albany, today: '2026-12-02' });
    const finding = findings.find((f) => f.ruleId === 'pay/range-missing@ALBANY-COUNTY');
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toMatch(/verify/);
    expect(errors(findings)).toEqual(['pay/range-missing@NY']);
  });

  it('is upcoming on 2023-03-08 and a warning from 2023-03-09', () => {
    expect(ids(run({ state: 'NY' }, { ...albany, today: '2023-03-08' }))).toContain('pay/upcoming@ALBANY-COUNTY');
    expect(ids(run({ state: 'NY' }, { ...albany, today: '2023-03-09' }))).toContain('pay/range-missing@ALBANY-COUNTY');
  });

  it('no rule graded L ever reports an error', () => {
    for (const law of PAY_LAWS.filter((candidate) => candidate.confidence === 'L')) {
      const findings = run({ state: law.state, payMin: 28, payUnit: 'hour' }, { today: '2030-01-01', city: law.places?.[0], employerSize: 1000 });
      expect(errors(findings).filter((id) => id.endsWith(`@${law.id}`)), law.id).toEqual([]);
    }
  });
});

describe('Maine: start date (summaries disagree) is the later one, 2026-07-29', () => {
  it('no error on 2026-07-28, an error on 2026-07-29', () => {
    expect(ids(run({ state: 'ME' }, { today: '2026-07-28', employerSize: 10 }))).not.toContain('pay/range-missing@ME');
    expect(errors(run({ state: 'ME' }, { today: '2026-07-29', employerSize: 10 }))).toEqual(['pay/range-missing@ME']);
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
    expect(ids(run({ state: 'NY', location: 'White Plains, NY' }, { employerSize: 6, today: '2023-01-02' }))).toContain('pay/range-missing@WESTCHESTER');
    expect(ids(run({ state: 'NY', location: 'Albany, NY' }, { employerSize: 6 }))).toContain('pay/range-missing@ALBANY-COUNTY');
    expect(ids(run({ state: 'NY', location: 'Ithaca, NY' }, { employerSize: 6 }))).toContain('pay/range-missing@ITHACA');
  });

  it('on-request states are information only', () => {
    for (const state of ['NV', 'RI'] as const) {
      const findings = run({ state });
      expect(errors(findings)).toEqual([]);
      expect(findings.find((f) => f.ruleId === `pay/on-request@${state}`)?.severity).toBe('info');
    }
    expect(ids(run({ state: 'OH' }, { city: 'Toledo', employerSize: 20 }))).toContain('pay/on-request@TOLEDO');
  });

  it('a state with no pay law gives no pay findings for a complete range', () => {
    expect(run({ state: 'TX', ...PAY })).toEqual([]);
  });

  it('a fixed amount is fine in Colorado and NYC (Commission guidance) but warned about in Jersey City', () => {
    const fixed: TailorOptions = { payMin: 30, payMax: 30, payUnit: 'hour', benefits: ['Health'] };
    expect(ids(run({ state: 'CO', ...fixed }))).not.toContain('pay/fixed-amount@CO');
    expect(ids(run({ state: 'NY', ...fixed }, { city: 'Queens', employerSize: 10 }))).not.toContain('pay/fixed-amount@NYC');
    expect(ids(run({ state: 'NJ', ...fixed }, { city: 'Jersey City', employerSize: 10 }))).toContain('pay/fixed-amount@JERSEY-CITY');
  });

  it('every finding carries source and asOf; law findings also a confidence, URL and review date', () => {
    for (const f of run({ state: 'NY', payMin: 28 }, { city: 'Manhattan' })) {
      expect(f.source.length).toBeGreaterThan(10);
      expect(f.asOf).toMatch(/^\d{4}/);
      if (f.ruleId.includes('@')) {
        expect(f.confidence, f.ruleId).toMatch(/^[HML]$/);
        expect(f.url, f.ruleId).toMatch(/^https:\/\//);
        expect(f.reviewed, f.ruleId).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
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
