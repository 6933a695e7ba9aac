import { describe, expect, it } from 'vitest';
import { JURISDICTIONS, STATE_CODES, getJurisdiction } from './index';
import { FACT_SHEET_FILE, readSharedFile } from './reference-files';

const factSheet = readSharedFile(FACT_SHEET_FILE);

/** The §2a compact member list, read from the fact sheet itself. */
function compactMembersFromSheet(): string[] {
  const lines = factSheet.split(/\r?\n/);
  const start = lines.findIndex((line) => line.startsWith('**Best current list:'));
  const list = lines.slice(start + 1).find((line) => /^[A-Z]{2}(, [A-Z]{2})+$/.test(line.trim()));
  if (start === -1 || !list) throw new Error('Compact member list (§2a) not found in the fact sheet');
  return list.split(',').map((code) => code.trim());
}

/** "| 44 | Texas | board | …" rows of the §1 table: jurisdiction name → board column. */
function section1Boards(): Map<string, string> {
  const rows = new Map<string, string>();
  for (const line of factSheet.split(/\r?\n/)) {
    const cells = line.split('|').map((cell) => cell.trim());
    if (/^\d+$/.test(cells[1] ?? '') && cells[2]) rows.set(cells[2], cells[3] ?? '');
  }
  return rows;
}

describe('jurisdiction table', () => {
  it('has exactly one row per state code (54)', () => {
    expect(JURISDICTIONS).toHaveLength(54);
    expect(JURISDICTIONS.map((j) => j.code).sort()).toEqual([...STATE_CODES].sort());
    expect(section1Boards().size).toBe(54);
  });

  it('matches the §1 table names', () => {
    const sheetNames = [...section1Boards().keys()];
    for (const jurisdiction of JURISDICTIONS) expect(sheetNames).toContain(jurisdiction.name);
  });

  it('marks compact membership per §2a, plus Kansas as enacted 2026', () => {
    const members = compactMembersFromSheet();
    expect(members).toHaveLength(32);
    const ours = JURISDICTIONS.filter((j) => j.compact === 'member').map((j) => j.code).sort();
    expect(ours).toEqual([...members].sort());
    expect(getJurisdiction('KS')?.compact).toBe('enacted');
    expect(getJurisdiction('TX')?.compact).toBe('not-member');
  });

  it('carries source, as-of date and an H/M/L confidence on every row', () => {
    for (const jurisdiction of JURISDICTIONS) {
      expect(jurisdiction.provenance.source.length, jurisdiction.code).toBeGreaterThan(10);
      expect(jurisdiction.provenance.asOf, jurisdiction.code).toBeTruthy();
      expect(['H', 'M', 'L']).toContain(jurisdiction.provenance.confidence);
      expect(jurisdiction.label).toBe(`${jurisdiction.name} (${jurisdiction.code})`);
    }
  });

  it('applies the §1b verification over §1 (changed board names)', () => {
    // §1 says "North Dakota State Board …"; §1b corrects it.
    expect(section1Boards().get('North Dakota')).toContain('North Dakota State Board');
    expect(getJurisdiction('ND')?.board).toBe('North Dakota Board of Occupational Therapy Practice');
    expect(getJurisdiction('UT')?.board).toMatch(/Division of Professional Licensing/);
    expect(getJurisdiction('UT')?.board).not.toMatch(/Occupational Therapy Board/);
    expect(getJurisdiction('MA')?.board).not.toMatch(/Division of Occupational Licensure/);
    // Rows that were L/verify in §1 and confirmed in §1b are no longer graded L.
    for (const code of ['MA', 'MI', 'NH', 'NJ', 'NC', 'ND', 'OH', 'OK', 'PA', 'SC', 'TN', 'WI']) {
      expect(getJurisdiction(code)?.provenance.confidence, code).not.toBe('L');
      expect(getJurisdiction(code)?.provenance.source, code).toMatch(/§1b/);
    }
  });

  it('has no board for VI and flags it unverified', () => {
    const vi = getJurisdiction('vi');
    expect(vi?.board).toBeNull();
    expect(vi?.boardVerified).toBe(false);
    expect(vi?.provenance.confidence).toBe('L');
    expect(getJurisdiction('XX')).toBeUndefined();
  });

  it('names each board the way the sheet does (first words of §1 or §1b)', () => {
    // Words that spell out an abbreviation the sheet uses (DCCA, IDFPR, DHHS …).
    const spelledOutAbbreviations = new Set(['Commerce', 'Financial', 'Services']);
    const missing: string[] = [];
    for (const jurisdiction of JURISDICTIONS) {
      if (!jurisdiction.board) continue;
      // Every distinctive word of our board name (over 5 letters) appears somewhere in the sheet.
      for (const word of jurisdiction.board.split(/[\s(),]+/).filter((w) => w.length > 5)) {
        if (!factSheet.includes(word) && !spelledOutAbbreviations.has(word)) missing.push(`${jurisdiction.code}: ${word}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
