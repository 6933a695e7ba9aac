import { describe, expect, it } from 'vitest';
import { makePosting } from './fixtures';
import { checkCredentials, OT_COMPACT_MEMBERS } from './credentials';
import { licenceStatesInText, statesNamedInLocation } from './state-names';
import type { TailorOptions } from '../template/types';

const run = (options: TailorOptions) => checkCredentials(makePosting(options), { today: '2026-11-26' });
const ids = (options: TailorOptions) => run(options).map((f) => f.ruleId);

describe('credentials an OTA cannot hold', () => {
  it.each(['CHT required', 'Certified Hand Therapist preferred', 'CHT'])('"%s" in Requirements is an error', (text) => {
    const finding = run({ extraRequirements: [text] }).find((f) => f.ruleId === 'credentials/cht-not-open-to-ota');
    expect(finding?.severity).toBe('error');
    expect(finding?.lineId).toBe('req-user-1');
    expect(finding?.fix?.patch).toEqual({ extraRequirements: [] });
  });

  it('working alongside a CHT is not a requirement', () => {
    expect(ids({ extraResponsibilities: ['Work alongside our CHT on splinting'] })).toEqual([]);
  });

  it.each(['BCP preferred', 'BCPR required', 'Board certification in pediatrics', 'AOTA Advanced Certification'])(
    '"%s" is an error',
    (text) => {
      expect(ids({ extraRequirements: [text] })).toEqual(['credentials/aota-board-cert-not-open-to-ota']);
    },
  );

  it('legacy specialty certifications are a warning', () => {
    const finding = run({ extraRequirements: ['SCLV preferred'] })[0];
    expect([finding?.ruleId, finding?.severity]).toEqual(['credentials/aota-specialty-legacy', 'warning']);
  });

  it('each ineligible credential points at its line, carries its source, and only the impossible ones offer removal', () => {
    const cases = [
      { text: 'CHT required', ruleId: 'credentials/cht-not-open-to-ota', source: /Hand Therapy Certification Commission/, removable: true },
      { text: 'BCP preferred', ruleId: 'credentials/aota-board-cert-not-open-to-ota', source: /AOTA Advanced Certification/, removable: true },
      { text: 'SCLV preferred', ruleId: 'credentials/aota-specialty-legacy', source: /AOTA Advanced Certification/, removable: false },
    ];
    for (const { text, ruleId, source, removable } of cases) {
      const finding = run({ extraRequirements: [text] }).find((f) => f.ruleId === ruleId);
      expect(finding?.lineId, text).toBe('req-user-1');
      expect(finding?.source, text).toMatch(source);
      expect(finding?.confidence, text).toBe('M');
      expect(finding?.sourceUrl, text).toMatch(/^https:\/\//);
      expect(finding?.reviewed, text).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(finding?.fix !== undefined, text).toBe(removable);
    }
  });

  it('words that merely contain the letters are not flagged (e.g. "BCPS", "architecture")', () => {
    expect(ids({ extraRequirements: ['BCPS pharmacist liaison', 'Knowledge of EMR architecture'] })).toEqual([]);
  });
});

describe('COTA wording', () => {
  it('"COTA required" without current NBCOT certification is a warning', () => {
    const finding = run({ extraRequirements: ['COTA required'] }).find((f) => f.ruleId === 'credentials/cota-without-nbcot');
    expect(finding?.severity).toBe('warning');
    expect(finding?.lineId).toBe('req-user-1');
    expect(ids({ extraRequirements: ['C.O.T.A.® license'] })).toContain('credentials/cota-without-nbcot');
  });

  it('is fine once current NBCOT certification is stated', () => {
    expect(ids({ extraRequirements: ['COTA required', 'Current NBCOT certification (COTA®) required'] })).toEqual([]);
    expect(ids({ extraRequirements: ['NBCOT certification (COTA®), active, required'] })).toEqual([]);
  });

  it('a COTA title counts too', () => {
    const posting = makePosting({});
    posting.title = 'COTA – Outpatient Clinic';
    expect(checkCredentials(posting, { today: '2026-11-26' }).map((f) => f.ruleId)).toEqual(['credentials/cota-without-nbcot']);
  });
});

describe('compact wording', () => {
  it.each(['Compact license accepted', 'Multistate license OK', 'Compact privileges welcome'])('"%s" is an error with the careful wording', (text) => {
    const finding = run({ state: 'CO', extraRequirements: [text] }).find((f) => f.ruleId === 'credentials/compact-wording');
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toContain('Active license in Colorado or eligibility for an OT Compact privilege');
  });

  it('says so when the state is not a member', () => {
    const finding = run({ state: 'TX', extraRequirements: ['Compact license accepted'] })[0];
    expect(finding?.message).toContain('Texas is not an OT Compact member');
    expect(OT_COMPACT_MEMBERS.has('TX')).toBe(false);
    expect(OT_COMPACT_MEMBERS.size).toBe(33);
  });

  it('the careful wording itself is not flagged', () => {
    expect(
      ids({ state: 'CO', extraRequirements: ['Active license in Colorado or eligibility for an OT Compact privilege (where Colorado is a member and privileges are being issued)'] }),
    ).toEqual([]);
  });
});

describe('license state vs location', () => {
  it('warns when the location is in another state', () => {
    expect(ids({ state: 'TX', location: 'Denver, CO' })).toEqual(['credentials/license-state-mismatch']);
    expect(ids({ state: 'TX', location: 'Denver, Colorado' })).toEqual(['credentials/license-state-mismatch']);
  });

  it('is quiet when they agree or the location names no state', () => {
    expect(ids({ state: 'CO', location: 'Denver, CO' })).toEqual([]);
    expect(ids({ state: 'MO', location: 'Kansas City, Missouri' })).toEqual([]);
    expect(ids({ state: 'TX', location: 'Remote' })).toEqual([]);
  });

  it('warns on a licence line naming another state', () => {
    const finding = run({ state: 'CO', extraRequirements: ['Active Texas OTA license'] })[0];
    expect(finding?.ruleId).toBe('credentials/license-state-mismatch');
    expect(finding?.lineId).toBe('req-user-1');
  });

  it('parses locations and licence lines', () => {
    expect(statesNamedInLocation('Washington, DC')).toEqual(['DC']);
    expect(statesNamedInLocation('Austin TX 78701')).toEqual(['TX']);
    expect(statesNamedInLocation('Charleston, West Virginia')).toEqual(['WV']);
    expect(licenceStatesInText('Licensed in the state of New Mexico')).toEqual(['NM']);
    expect(licenceStatesInText('Current West Virginia license')).toEqual(['WV']);
    expect(licenceStatesInText('State license to work as an OTA')).toEqual([]);
  });
});

describe('COTA next to the NBCOT certification it stands for', () => {
  it('"NBCOT certification (COTA®), which the license requires" is not flagged', () => {
    expect(ids({ extraRequirements: ['NBCOT certification (COTA®), which the Montana license requires at application'] })).toEqual([]);
  });
  it('"COTA/L license required" is flagged', () => {
    expect(ids({ extraRequirements: ['COTA/L license required'] })).toEqual(['credentials/cota-without-nbcot']);
  });
});
