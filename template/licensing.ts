/**
 * The license, NBCOT and OT Compact requirement lines. Careful wording matters here (sources in
 * docs/research/licensing-citations.md):
 * the state license names the board only when the board is verified, and is claimed at all only where the
 * sheet confirms the jurisdiction licenses OTAs; NBCOT is a separate line because passing the exam and
 * holding current certification are different things; the compact line never says
 * "compact license accepted" (the Compact grants a privilege, not a license) and dates its claim about
 * privileges, because the Commission's status was last confirmed in September 2025.
 */
import { COMPACT_PROVENANCE, KANSAS_COMPACT_PROVENANCE, NBCOT_PROVENANCE, type Jurisdiction } from './jurisdictions';
import { SEED_LICENSE_LINE } from './seed';
import type { PostingLine, Provenance } from './types';

/**
 * True where the sheet confirms that the jurisdiction licenses OTAs: a board was found and the row is not
 * graded L. The U.S. Virgin Islands have neither, so a posting there must not promise a license that may not exist.
 */
export function licensingConfirmed(jurisdiction: Jurisdiction): boolean {
  return jurisdiction.board !== null && jurisdiction.provenance.confidence !== 'L';
}

/** "the U.S. Virgin Islands", "the District of Columbia", but "Texas". */
function placeName(name: string): string {
  return /^(?:U\.S\.|District\b)/.test(name) ? `the ${name}` : name;
}

export function licenseLine(jurisdiction: Jurisdiction | undefined): PostingLine {
  if (!jurisdiction) return { id: SEED_LICENSE_LINE.id, text: SEED_LICENSE_LINE.text, origin: 'seed' };
  if (!licensingConfirmed(jurisdiction)) {
    // Stays true whether or not a license turns out to exist; the L grade tells the recruiter to verify.
    const text = `Eligible to practice as an occupational therapy assistant in ${placeName(jurisdiction.name)} under local requirements`;
    return { id: 'license-state', text, origin: 'jurisdiction', provenance: jurisdiction.provenance };
  }
  const base = `Active ${jurisdiction.name} occupational therapy assistant license (or eligibility)`;
  const text = jurisdiction.board && jurisdiction.boardVerified ? `${base} from the ${jurisdiction.board}` : base;
  return { id: 'license-state', text, origin: 'jurisdiction', provenance: jurisdiction.provenance };
}

export function nbcotLine(jurisdiction: Jurisdiction | undefined): PostingLine {
  const preferred = 'current NBCOT certification (COTA®) preferred';
  let text: string;
  switch (jurisdiction?.nbcot ?? 'exam') {
    case 'exam':
      text = `Passing score on the NBCOT® certification exam for occupational therapy assistants; ${preferred}`;
      break;
    case 'exam-or-equivalent':
      text = `Passing score on the NBCOT® certification exam for occupational therapy assistants (or another nationally recognized credentialing exam accepted by the state); ${preferred}`;
      break;
    case 'certification':
      text = `NBCOT certification (COTA®), which the ${jurisdiction?.name ?? 'state'} license requires at application`;
      break;
    case 'unsure':
    case 'unknown':
      // The sheet cannot say whether the license depends on NBCOT here, so claim nothing about it.
      text = 'Current NBCOT certification (COTA®) preferred';
      break;
  }
  return { id: 'license-nbcot', text, origin: 'jurisdiction', provenance: nbcotProvenance(jurisdiction) };
}

function nbcotProvenance(jurisdiction: Jurisdiction | undefined): Provenance {
  if (!jurisdiction || jurisdiction.nbcot === 'exam') return NBCOT_PROVENANCE;
  if (jurisdiction.nbcot === 'unsure' || jurisdiction.nbcot === 'unknown') {
    // The row's grade is for its board (PR: H); the NBCOT rule itself is unconfirmed.
    return { ...jurisdiction.provenance, source: `NBCOT rule not confirmed: ${jurisdiction.nbcotNote}; ${jurisdiction.provenance.source}`, confidence: 'L' };
  }
  return jurisdiction.provenance;
}

/** Only for compact members (and Kansas, enacted 2026); undefined elsewhere. */
export function compactLine(jurisdiction: Jurisdiction | undefined): PostingLine | undefined {
  if (!jurisdiction || jurisdiction.compact === 'not-member') return undefined;
  // Kansas rests on one source (the Kansas Register), so the line names it and says the Commission has not listed Kansas.
  const membership =
    jurisdiction.compact === 'enacted'
      ? `${jurisdiction.name} enacted the Occupational Therapy Licensure Compact in 2026 per the Kansas Register, not yet listed by the Compact Commission`
      : `${jurisdiction.name} is an Occupational Therapy Licensure Compact member state`;
  // The privilege status is dated: otcompact.gov said "not yet issuing" in Sept 2025, and an unconfirmed
  // 2026 report says some are now issued. A dated past-tense claim stays true either way.
  return {
    id: 'license-compact',
    // Self-contained (it may be shown without the license line) and never "compact license accepted".
    text: `Instead of a ${jurisdiction.name} license: eligibility for an OT Compact privilege to practice in ${jurisdiction.name}, where privileges are being issued (${membership}; as of September 2025 the Compact Commission had not yet begun issuing privileges)`,
    origin: 'jurisdiction',
    provenance: jurisdiction.compact === 'enacted' ? KANSAS_COMPACT_PROVENANCE : COMPACT_PROVENANCE,
  };
}

/** A state-specific licensing step beyond the license itself (e.g. the Texas jurisprudence exam). */
export function extraLicensingLine(jurisdiction: Jurisdiction | undefined): PostingLine | undefined {
  if (!jurisdiction?.extraRequirement) return undefined;
  return { id: 'license-state-extra', text: jurisdiction.extraRequirement, origin: 'jurisdiction', provenance: jurisdiction.provenance };
}
