import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JURISDICTIONS, STATE_CODES, getJurisdiction } from './index';
import { COMPACT_PROVENANCE, JURISDICTIONS_REVIEWED, KANSAS_COMPACT_PROVENANCE, NBCOT_PROVENANCE } from './jurisdictions';

/** The research note that the table is kept in step with (in the repository, our own words and sources). */
const note = readFileSync(new URL('../docs/research/licensing-citations.md', import.meta.url), 'utf8');

interface NoteRow { code: string; name: string; board: string; source: string; compact: string; url: string; reviewed: string; confidence: string }
function noteRows(): NoteRow[] {
  return note
    .split(/\r?\n/)
    .filter((line) => /^\| `[A-Z]{2}` \|/.test(line))
    .map((line) => {
      const c = line.split('|').slice(1, -1).map((cell) => cell.trim());
      return { code: c[0]!.replace(/`/g, ''), name: c[1]!, board: c[2]!, source: c[3]!, compact: c[4]!, url: c[5]!, reviewed: c[6]!, confidence: c[7]! };
    });
}

/** The compact member list in the note ("Members: AL, AR, …"). */
function compactMembersFromNote(): string[] {
  const line = note.split(/\r?\n/).find((l) => l.startsWith('Members: '));
  if (!line) throw new Error('Compact member list not found in docs/research/licensing-citations.md');
  return line.slice('Members: '.length).split(',').map((code) => code.trim());
}

describe('jurisdiction table', () => {
  it('has exactly one row per state code (54), and so does the research note', () => {
    expect(JURISDICTIONS).toHaveLength(54);
    expect(JURISDICTIONS.map((j) => j.code).sort()).toEqual([...STATE_CODES].sort());
    expect(noteRows().map((row) => row.code).sort()).toEqual([...STATE_CODES].sort());
  });

  it.each(JURISDICTIONS.map((j) => [j.code, j] as const))('%s agrees with the research note (name, board, source, compact, URL, review date, confidence)', (code, jurisdiction) => {
    const row = noteRows().find((candidate) => candidate.code === code)!;
    expect(row.name).toBe(jurisdiction.name);
    expect(row.board).toBe(jurisdiction.board ?? '(none found)');
    expect(row.source).toBe(jurisdiction.provenance.source);
    expect(row.compact).toBe(jurisdiction.compact);
    expect(row.url).toBe(jurisdiction.provenance.url);
    expect(row.reviewed).toBe(jurisdiction.provenance.reviewed);
    expect(row.confidence).toBe(jurisdiction.provenance.confidence);
  });

  it('marks compact membership as the note lists it (32), plus Kansas as enacted 2026', () => {
    const members = compactMembersFromNote();
    expect(members).toHaveLength(32);
    const ours = JURISDICTIONS.filter((j) => j.compact === 'member').map((j) => j.code).sort();
    expect(ours).toEqual([...members].sort());
    expect(getJurisdiction('KS')?.compact).toBe('enacted');
    expect(getJurisdiction('TX')?.compact).toBe('not-member');
  });

  it('carries a public source, an https URL, the review date and an H/M/L confidence on every row', () => {
    for (const jurisdiction of JURISDICTIONS) {
      const { provenance } = jurisdiction;
      expect(provenance.source.length, jurisdiction.code).toBeGreaterThan(10);
      expect(provenance.asOf, jurisdiction.code).toBeTruthy();
      expect(['H', 'M', 'L']).toContain(provenance.confidence);
      expect(provenance.url, jurisdiction.code).toMatch(/^https:\/\/\S+$/);
      expect(provenance.reviewed, jurisdiction.code).toBe(JURISDICTIONS_REVIEWED);
      expect(jurisdiction.label).toBe(`${jurisdiction.name} (${jurisdiction.code})`);
    }
    for (const shared of [COMPACT_PROVENANCE, KANSAS_COMPACT_PROVENANCE, NBCOT_PROVENANCE]) {
      expect(shared.url).toMatch(/^https:\/\//);
      expect(shared.reviewed).toBe(JURISDICTIONS_REVIEWED);
    }
  });

  it('names public sources, never our internal notes', () => {
    const internal = /ota-domain-facts|fact sheet|§1b|§2[ab]\b|\bseed\b|background knowledge/i;
    for (const jurisdiction of JURISDICTIONS) {
      expect(jurisdiction.provenance.source, jurisdiction.code).not.toMatch(internal);
      expect(jurisdiction.nbcotNote, jurisdiction.code).not.toMatch(internal);
    }
    for (const shared of [COMPACT_PROVENANCE, KANSAS_COMPACT_PROVENANCE, NBCOT_PROVENANCE]) expect(shared.source).not.toMatch(internal);
  });

  it('cites the Texas jurisprudence exam rule as 40 TAC §364.1(a)(3)', () => {
    const tx = getJurisdiction('TX')!;
    expect(tx.nbcotNote).toContain('40 TAC §364.1(a)(3)');
    expect(tx.provenance.source).toContain('40 TAC §364.1(a)(3)');
    expect(`${tx.nbcotNote} ${tx.provenance.source}`).not.toMatch(/22 TAC|§362\.1/);
    expect(tx.extraRequirement).toMatch(/Texas jurisprudence exam/);
  });

  it('North Carolina lists its Board jurisprudence exam (21 NCAC 38 .0201(a)(5))', () => {
    const nc = getJurisdiction('NC')!;
    expect(nc.extraRequirement).toMatch(/North Carolina Board of Occupational Therapy jurisprudence exam/);
    expect(nc.provenance.source).toContain('21 NCAC 38 .0201(a)(5)');
  });

  it('keeps the corrected board names', () => {
    expect(getJurisdiction('ND')?.board).toBe('North Dakota Board of Occupational Therapy Practice');
    expect(getJurisdiction('UT')?.board).toMatch(/Division of Professional Licensing/);
    expect(getJurisdiction('UT')?.board).not.toMatch(/Occupational Therapy Board/);
    expect(getJurisdiction('MA')?.board).not.toMatch(/Division of Occupational Licensure/);
    for (const code of ['MA', 'MI', 'NH', 'NJ', 'NC', 'ND', 'OH', 'OK', 'PA', 'SC', 'TN', 'WI']) {
      expect(getJurisdiction(code)?.provenance.confidence, code).not.toBe('L');
    }
  });

  it('has no board for VI and flags it unverified', () => {
    const vi = getJurisdiction('vi');
    expect(vi?.board).toBeNull();
    expect(vi?.boardVerified).toBe(false);
    expect(vi?.provenance.confidence).toBe('L');
    expect(getJurisdiction('XX')).toBeUndefined();
  });
});
