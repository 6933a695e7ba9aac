import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SECTION_IDS, SETTING_IDS, SPECIALTY_IDS, STATE_CODES, type Posting, type TailorOptions } from '../template/types';
import { tailor } from '../template/index';
import { makePosting } from './fixtures';
import { applyFix, formatFinding, hasErrors, runChecks, type Finding } from './index';

const TODAY = '2026-11-26';
const ids = (findings: Finding[]) => findings.map((f) => f.ruleId);

describe('runChecks on the seed default posting (real tailor output)', () => {
  const findings = runChecks(tailor({}), { today: TODAY });

  it('flags exactly the seed physical-demands line and the missing location, with no errors', () => {
    // The seed requirement "Ability to stand for long hours and lift heavy loads" is not ADA-friendly;
    // no state → no pay law; no location given → boards and pay laws can't place the job.
    expect(findings.filter((f) => f.severity !== 'info').map((f) => [f.severity, f.ruleId])).toEqual([
      ['warning', 'structure/location-missing'],
      ['warning', 'physical/seed-wording'],
    ]);
    expect(hasErrors(findings)).toBe(false);
  });

  it('reports the gender balance and the OT clinical words as information', () => {
    expect(ids(findings.filter((f) => f.severity === 'info'))).toEqual(['language/gender-balance', 'language/ot-clinical-words']);
  });

  it('the ADA fix, applied to the options, clears the physical-demands warning', () => {
    const fix = findings.find((f) => f.ruleId === 'physical/seed-wording')?.fix;
    expect(fix).toBeDefined();
    const fixed = runChecks(tailor(applyFix({}, fix!)), { today: TODAY });
    expect(ids(fixed)).not.toContain('physical/seed-wording');
  });
});

describe('Colorado, end to end through tailor()', () => {
  it('missing pay and benefits are errors; giving them leaves only the non-error deadline duty', () => {
    const bare = runChecks(tailor({ state: 'CO' }), { today: TODAY });
    expect(ids(bare.filter((f) => f.severity === 'error'))).toEqual(['pay/range-missing@CO', 'pay/benefits-missing@CO']);
    const complete = runChecks(
      tailor({ state: 'CO', payMin: 28, payMax: 36, payUnit: 'hour', benefits: ['Health', '401(k)'] }),
      { today: TODAY },
    );
    expect(hasErrors(complete)).toBe(false);
    expect(complete.find((f) => f.ruleId === 'pay/application-deadline@CO')?.severity).toBe('warning');
  });

  it('the template\'s own licence and compact lines pass the credential checks in every state', () => {
    for (const state of STATE_CODES) {
      const findings = runChecks(tailor({ state }), { today: TODAY });
      expect(ids(findings).filter((id) => id.startsWith('credentials/')), state).toEqual([]);
    }
  });
});

describe('ordering and formatting', () => {
  it('lists errors, then warnings, then info', () => {
    const findings = runChecks(makePosting({ state: 'CO' }), { today: TODAY });
    const ranks = findings.map((f) => ({ error: 0, warning: 1, info: 2 })[f.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks[0]).toBe(0);
  });

  it('formats one line per finding', () => {
    const base = { source: 's', sourceUrl: 'https://example.org/', reviewed: '2026-12-02', asOf: '2026' };
    expect(formatFinding({ ruleId: 'pay/range-missing@CO', severity: 'error', message: 'Add pay.', ...base })).toBe(
      'ERROR pay/range-missing@CO: Add pay.',
    );
    expect(formatFinding({ ruleId: 'x/y', severity: 'warning', message: 'm', ...base })).toBe('WARNING x/y: m');
    expect(formatFinding({ ruleId: 'x/y', severity: 'info', message: 'm', ...base })).toBe('INFO x/y: m');
  });

  it('takes the state from the posting options when the context has none, and the context wins when given', () => {
    const posting = makePosting({ state: 'CO' });
    expect(ids(runChecks(posting, { today: TODAY }))).toContain('pay/range-missing@CO');
    expect(ids(runChecks(posting, { today: TODAY, state: 'TX' }))).not.toContain('pay/range-missing@CO');
  });
});

// Arbitrary, often malformed postings: the shape of hand-edited presets and half-filled forms.
const weirdNumber = fc.oneof(fc.double(), fc.integer({ min: -1000, max: 1_000_000 }), fc.constant(undefined), fc.string() as fc.Arbitrary<unknown>);
const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('COTA', 'CHT required', 'up to $40', 'Compact license', "driver's license", 'young'));
const line = fc.record({ id: fc.string(), text, origin: fc.constantFrom('seed', 'user', 'employer', 'jurisdiction', 'setting', 'specialty') });
const section = fc.record(
  {
    id: fc.oneof(fc.constantFrom(...SECTION_IDS), fc.string()),
    heading: text,
    paragraphs: fc.array(fc.record({ label: fc.option(text, { nil: undefined }), text }, { requiredKeys: ['text'] }), { maxLength: 3 }),
    bullets: fc.array(line, { maxLength: 4 }),
  },
  { requiredKeys: [] },
);
const options = fc.record(
  {
    specialty: fc.oneof(fc.constantFrom(...SPECIALTY_IDS), fc.string()),
    setting: fc.oneof(fc.constantFrom(...SETTING_IDS), fc.string()),
    state: fc.oneof(fc.constantFrom(...STATE_CODES), fc.string()),
    location: text,
    payMin: weirdNumber,
    payMax: weirdNumber,
    payUnit: fc.oneof(fc.constantFrom('hour', 'year'), fc.string()),
    benefits: fc.array(text, { maxLength: 3 }),
    eeo: fc.boolean(),
    physicalDemands: fc.constantFrom('seed', 'ada'),
    extraRequirements: fc.array(text, { maxLength: 3 }),
    dropLines: fc.array(fc.string(), { maxLength: 3 }),
    sections: fc.dictionary(fc.constantFrom(...SECTION_IDS), fc.boolean()),
  },
  { requiredKeys: [] },
);
const posting = fc.record({ title: fc.option(text, { nil: undefined }), sections: fc.option(fc.array(section, { maxLength: 6 }), { nil: undefined }), options }, { requiredKeys: ['options'] });
const context = fc.record(
  {
    today: fc.oneof(fc.constantFrom('2020-01-01', '2026-11-26', '2027-09-26', '2030-12-31'), fc.string()),
    employerSize: weirdNumber,
    city: fc.option(fc.oneof(fc.constantFrom('Brooklyn', 'Columbus', 'Jersey City'), fc.string()), { nil: undefined }),
    targetSite: fc.option(fc.oneof(fc.constantFrom('linkedin', 'workable', 'constructor'), fc.string()), { nil: undefined }),
    fieldMaxLength: weirdNumber,
    renderedLength: weirdNumber,
  },
  { requiredKeys: ['today'] },
);

describe('robustness (property)', () => {
  it('never throws and every finding is well-formed, on arbitrary postings', () => {
    fc.assert(
      fc.property(posting, context, (p, c) => {
        const findings = runChecks(p as unknown as Posting, c as never);
        for (const f of findings) {
          expect(f.ruleId).toMatch(/^[a-z]+\/[\w-]+(@[A-Z-]+)?$/);
          expect(['error', 'warning', 'info']).toContain(f.severity);
          expect(f.message.length).toBeGreaterThan(0);
          expect(f.source.length).toBeGreaterThan(0);
          // A family that threw would show up as checks/<family>-failed.
          expect(f.ruleId.startsWith('checks/')).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('every fix, applied to valid options, yields options tailor() accepts and removes that finding', () => {
    const validOptions = fc.record(
      {
        specialty: fc.constantFrom(...SPECIALTY_IDS),
        setting: fc.constantFrom(...SETTING_IDS),
        state: fc.constantFrom(...STATE_CODES),
        eeo: fc.boolean(),
        physicalDemands: fc.constantFrom('seed' as const, 'ada' as const),
        extraRequirements: fc.array(fc.constantFrom('Recent graduate', 'CHT required', 'Compact license accepted', "Driver's license"), { maxLength: 2 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(validOptions, (opts: TailorOptions) => {
        const findings = runChecks(tailor(opts), { today: TODAY });
        for (const finding of findings.filter((f) => f.fix)) {
          const after = runChecks(tailor(applyFix(opts, finding.fix!)), { today: TODAY });
          const same = after.filter((f) => f.ruleId === finding.ruleId && (f.lineId ?? '') === (finding.lineId ?? ''));
          expect(same, `${finding.ruleId} ${finding.lineId ?? ''}`).toEqual([]);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('check date', () => {
  it('an unreadable date is reported and treated as "all rules in force"', () => {
    const findings = runChecks(makePosting({ state: 'DE' }), { today: '2027-02-30', employerSize: 100 });
    expect(findings[0]?.ruleId).toBe('pay/range-missing@DE');
    expect(ids(findings)).toContain('context/invalid-today');
    expect(ids(runChecks(makePosting({ state: 'DE' }), { today: '2027-02-28', employerSize: 100 }))).not.toContain('context/invalid-today');
  });
});
