import { describe, expect, it } from 'vitest';
import { JURISDICTIONS, getJurisdiction, type Jurisdiction } from './jurisdictions';
import { compactLine, licenseLine, nbcotLine } from './licensing';
import { COMPACT_PROVENANCE } from './jurisdictions';

const vi = getJurisdiction('VI')!;

/** A row whose licensing regime the sheet could not confirm: no board found, or graded L overall. */
const unconfirmed = (jurisdiction: Jurisdiction) => jurisdiction.board === null || jurisdiction.provenance.confidence === 'L';

describe('license line where no licensing regime is confirmed (U.S. Virgin Islands)', () => {
  it('VI claims no license, only eligibility under local requirements, graded L', () => {
    const line = licenseLine(vi);
    expect(line.text).not.toMatch(/licen[cs]e/i);
    expect(line.text).toMatch(/U\.S\. Virgin Islands/);
    expect(line.text).toMatch(/eligib/i);
    expect(line.provenance?.confidence).toBe('L');
    expect(line.provenance?.source).toMatch(/no OT\/OTA licensing board found/);
  });

  it('a row with a board but graded L overall also gets the neutral line', () => {
    const guessed: Jurisdiction = { ...getJurisdiction('TX')!, provenance: { source: 'background knowledge', asOf: '—', confidence: 'L' } };
    expect(licenseLine(guessed).text).toBe('Eligible to practice as an occupational therapy assistant in Texas under local requirements');
  });

  it('every row: a license is claimed exactly where the sheet confirms a licensing regime', () => {
    for (const jurisdiction of JURISDICTIONS) {
      const text = licenseLine(jurisdiction).text;
      expect(/\blicen[cs]e\b/i.test(text), jurisdiction.code).toBe(!unconfirmed(jurisdiction));
    }
  });
});

describe('NBCOT line where the sheet is unsure of the rule (PR, VI)', () => {
  it('claims no state rule and is graded L (the row grade is for the board, not NBCOT)', () => {
    for (const code of ['PR', 'VI']) {
      const line = nbcotLine(getJurisdiction(code));
      expect(line.text, code).not.toMatch(/requir/i);
      expect(line.provenance?.confidence, code).toBe('L');
      expect(line.provenance?.source, code).toMatch(/NBCOT/);
    }
  });

  it('rows with a confirmed NBCOT rule keep their own grade', () => {
    expect(nbcotLine(getJurisdiction('MT')).provenance?.confidence).toBe('H');
  });
});

describe('compact line states only what the sources confirm', () => {
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  /** "2025-09" → "September 2025": the date of the otcompact.gov status the line relies on. */
  const statusDate = (() => {
    const [year, month] = COMPACT_PROVENANCE.asOf.split('-');
    return `${months[Number(month) - 1]} ${year}`;
  })();

  it('dates the "no privileges yet" status instead of stating it as current fact (a 2026 report says some are issued)', () => {
    for (const code of ['CO', 'KS']) {
      const text = compactLine(getJurisdiction(code))!.text;
      expect(text, code).not.toMatch(/\bis not yet issuing\b/);
      expect(text, code).toMatch(new RegExp(`as of ${statusDate}\\b[^;)]*not yet begun issuing`, 'i'));
      expect(text, code).not.toMatch(/compact licen[cs]e/i);
    }
  });

  it('shows Kansas as enacted per the Kansas Register and not yet listed by the Commission', () => {
    const text = compactLine(getJurisdiction('KS'))!.text;
    expect(text).toMatch(/enacted [^;]*2026[^;]*per the Kansas Register/);
    expect(text).toMatch(/not yet listed by the (?:Compact )?Commission/);
  });

  it('the provenance records the unconfirmed 2026 report of privileges being issued', () => {
    expect(compactLine(getJurisdiction('CO'))!.provenance?.source).toMatch(/2026.*unconfirmed/);
  });
});
