import { JURISDICTIONS } from '../template/jurisdictions';
import type { Posting, StateCode } from '../template/types';
import { postingTextUnits, removeLinePatch, type TextUnit } from './posting-text';
import { licenceStatesInText, stateName, statesNamedInLocation } from './state-names';
import { SOURCES, cite, type PublicSource } from './sources';
import type { CheckContext, Finding } from './types';

/**
 * OT Compact members plus Kansas (enacted 2026), from the template's jurisdiction table, so the
 * check and the posting's compact line always agree on who is in the Compact.
 */
export const OT_COMPACT_MEMBERS: ReadonlySet<StateCode> = new Set<StateCode>(
  JURISDICTIONS.filter((jurisdiction) => jurisdiction.compact !== 'not-member').map((jurisdiction) => jurisdiction.code),
);

/** A license where the OTA practises: the Compact Commission's FAQ says so for non-member states too. */
const LICENSE_WHERE_PRACTISED: PublicSource = {
  ...SOURCES.otCompactFaq,
  citation: 'State occupational therapy practice acts (a license, or a Compact privilege, in the state of practice); OT Compact Commission Practitioner FAQ',
};

const CHT = /\bCHT\b|\bcertified\s+hand\s+therapist\b/i;
const AOTA_BOARD = /\b(?:BCP|BCPR|BCG|BCMH)\b|\bboard[\s-]certifi\w*\s+in\s+(?:pediatrics|physical\s+rehabilitation|gerontology|mental\s+health)\b|\bAOTA\s+advanced\s+certification\b/i;
const AOTA_LEGACY_SPECIALTY = /\b(?:SCDCM|SCEM|SCFES|SCLV|SCSS)\b/;
const COTA = /\bC\.?\s?O\.?\s?T\.?\s?A\.?(?:®|\(R\))?(?![a-z])/;
const CURRENT_NBCOT = /NBCOT[^.;]*\b(?:current|active|in\s+good\s+standing)\b|\b(?:current|active)\b[^.;]*NBCOT/i;
const NAMES_NBCOT_CERTIFICATION = /NBCOT[®\s]*certif/i;
const COMPACT_WORDING = [
  /\bcompact\s+licen[cs]e[sd]?\b/i,
  /\bmulti-?state\s+licen[cs]e\b/i,
  /\bcompact\s+(?:privileges?\s+)?(?:is\s+|are\s+)?(?:accepted|welcome|ok|okay|considered)\b/i,
];
/** Credentials an OTA cannot earn (or can no longer earn), each flagged where the posting asks for it. */
const CREDENTIAL_RULES: readonly {
  ruleId: string;
  pattern: RegExp;
  severity: Finding['severity'];
  message: string;
  source: PublicSource;
  removable: boolean;
}[] = [
  {
    ruleId: 'credentials/cht-not-open-to-ota', pattern: CHT, severity: 'error', removable: true,
    message: 'Certified Hand Therapist (CHT) is open only to occupational and physical therapists, so no OTA can meet this. Ask for hand-therapy experience or orthosis-fabrication skills instead.',
    source: SOURCES.htccEligibility,
  },
  {
    ruleId: 'credentials/aota-board-cert-not-open-to-ota', pattern: AOTA_BOARD, severity: 'error', removable: true,
    message: 'AOTA board / advanced certification (BCP, BCPR, BCG, BCMH) requires 3+ years as an occupational therapist, so no OTA can meet this. Ask for experience in the practice area instead.',
    source: SOURCES.aotaAdvancedCertification,
  },
  {
    ruleId: 'credentials/aota-specialty-legacy', pattern: AOTA_LEGACY_SPECIALTY, severity: 'warning', removable: false,
    message: 'AOTA specialty certifications (SCDCM, SCEM, SCFES, SCLV, SCSS) are now renewal-only: new applicants cannot earn them. Make it "preferred" at most.',
    source: SOURCES.aotaAdvancedCertification,
  },
];

/** A mention is a requirement when it sits in Requirements, in the title, or says "required/preferred/must". */
const REQUIREMENT_WORDS = /\b(?:required?|requirements?|preferred|must|needed|eligib\w*|hold)\b/i;

const isRequirementLike = (unit: TextUnit) =>
  unit.sectionId === 'requirements' || unit.kind === 'title' || REQUIREMENT_WORDS.test(unit.text);

function lineFields(posting: Posting, unit: TextUnit): Partial<Finding> {
  if (!unit.line) return {};
  const fix = unit.line.origin === 'user' || unit.line.origin === 'seed' || unit.line.origin === 'specialty' || unit.line.origin === 'setting'
    ? { label: 'Remove this line', patch: removeLinePatch(posting, unit.line) }
    : undefined;
  return { lineId: unit.line.id, ...(fix ? { fix } : {}) };
}

export function carefulCompactWording(state: StateCode | undefined): string {
  const name = stateName(state);
  return `"Active license in ${name} or eligibility for an OT Compact privilege (where ${name} is a member and privileges are being issued)"`;
}

export function checkCredentials(posting: Posting, context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  const options = posting?.options ?? ({} as Posting['options']);
  const state = context.state ?? options.state;
  const units = postingTextUnits(posting);

  for (const unit of units) {
    if (unit.kind === 'heading') continue;
    const requirementLike = isRequirementLike(unit);
    if (requirementLike) {
      for (const rule of CREDENTIAL_RULES) {
        if (!rule.pattern.test(unit.text)) continue;
        findings.push({
          ruleId: rule.ruleId, severity: rule.severity, message: rule.message,
          ...cite(rule.source), confidence: 'M',
          // Only credentials no OTA can hold get a "Remove this line" fix; a legacy one may stay as "preferred".
          ...(rule.removable ? lineFields(posting, unit) : unit.line ? { lineId: unit.line.id } : {}),
        });
      }
    }
    if (COMPACT_WORDING.some((pattern) => pattern.test(unit.text))) {
      const member = state ? OT_COMPACT_MEMBERS.has(state) : undefined;
      const memberNote =
        member === false ? ` ${stateName(state)} is not an OT Compact member, so only a ${stateName(state)} license works.` : '';
      findings.push({
        ruleId: 'credentials/compact-wording',
        severity: 'error',
        message: `There is no "compact license": the OT Compact grants a privilege to practise, and privileges are not yet being issued everywhere.${memberNote} Use ${carefulCompactWording(state)}.`,
        ...cite(SOURCES.otCompactFaq), confidence: 'H',
        ...lineFields(posting, unit),
      });
    }
    if (state) {
      const otherStates = licenceStatesInText(unit.text).filter((named) => named !== state);
      if (otherStates.length > 0) {
        findings.push({
          ruleId: 'credentials/license-state-mismatch',
          severity: 'warning',
          message: `This line asks for a ${otherStates.map(stateName).join(' / ')} license, but the job is in ${stateName(state)}. OTAs need a license in the state where they practise.`,
          ...cite(LICENSE_WHERE_PRACTISED), confidence: 'H',
          ...lineFields(posting, unit),
        });
      }
    }
  }

  // "NBCOT certification (COTA®)" names the certification itself; a bare "COTA required" does not.
  const cotaUnits = units.filter(
    (unit) => unit.kind !== 'heading' && isRequirementLike(unit) && COTA.test(unit.text) && !NAMES_NBCOT_CERTIFICATION.test(unit.text),
  );
  if (cotaUnits.length > 0 && !units.some((unit) => CURRENT_NBCOT.test(unit.text))) {
    findings.push({
      ruleId: 'credentials/cota-without-nbcot',
      severity: 'warning',
      message: '"COTA" may only be used while NBCOT certification is current, and many licensed OTAs let it lapse. If you need it, say "Current NBCOT certification (COTA®) required"; otherwise ask for the state OTA license.',
      ...cite(SOURCES.nbcotCertificationRenewal), confidence: 'H',
      ...(cotaUnits[0]?.line ? { lineId: cotaUnits[0].line.id } : {}),
    });
  }

  if (state && typeof options.location === 'string') {
    const named = statesNamedInLocation(options.location);
    if (named.length > 0 && !named.includes(state)) {
      findings.push({
        ruleId: 'credentials/license-state-mismatch',
        severity: 'warning',
        message: `The license state is ${stateName(state)}, but the location "${options.location}" is in ${named.map(stateName).join(' / ')}. The license must match where the OTA will practise.`,
        ...cite(LICENSE_WHERE_PRACTISED), confidence: 'H',
      });
    }
  }
  return findings;
}
