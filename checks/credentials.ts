import { JURISDICTIONS } from '../template/jurisdictions';
import type { Posting, StateCode } from '../template/types';
import { removeLinePatch, type TextUnit } from './posting-text';
import { quoteAt, toFacts, type PostingFacts } from './facts';
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
// OTR/L, OTR, "registered occupational therapist", "licensed occupational therapist" (not "…therapist assistant").
const OTR = /\bOTR(?:\/L)?\b|\bOT\/L\b|\b(?:registered|licensed)\s+occupational\s+therapist\b(?!\s+assistant)/i;
// The therapist's entry degrees; an OTA's is an associate degree from an accredited OTA program.
const OT_LEVEL_DEGREE = /\b(?:master'?s|masters|doctorate|doctoral|MOT|MSOT|MS\s?OT|OTD)\b[^.;]{0,40}\b(?:occupational\s+therapy|OT)\b(?!\s+assistant)|\b(?:MOT|MSOT|OTD)\s+(?:degree\s+)?required\b/i;
const BARE_OT_DEGREE = /\b(?:bachelor'?s\s+)?degree\s+in\s+(?:occupational\s+therapy|OT)\b(?!\s+assist)/i;
const OTA_DEGREE_WORDS = /\bassociate'?s?\b|\bOTA\s+program\b|\bassistant\s+program\b/i;
const SOMEONE_ELSES = /\b(?:supervis\w*|under\b|direct(?:ion|ed)\b|reports?\s+to|reporting\s+to|collaborat\w*|alongside|with\s+(?:an?|the|our)\b|team\b|plan\s+of\s+care|partner\w*)/i;
/** The title the practice acts protect is "occupational therapy assistant"; "therapist assistant" is not it. */
const THERAPIST_ASSISTANT = /\boccupational\s+therapist(?:'s)?\s+assistant(s?)\b/i;
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
  /** The credential is named as someone else's (the supervising OT), not asked of the applicant. */
  unless?: RegExp;
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
    ruleId: 'credentials/otr-not-open-to-ota', pattern: OTR, severity: 'error', removable: true, unless: SOMEONE_ELSES,
    message: 'OTR/L (registered, licensed occupational therapist) is the therapist’s credential: it needs an occupational therapist’s master’s or doctoral degree, so no OTA can meet this. Ask for an OTA license in the state of practice.',
    source: SOURCES.nbcotOtrEligibility,
  },
  {
    ruleId: 'credentials/ot-degree-not-ota', pattern: OT_LEVEL_DEGREE, severity: 'error', removable: true,
    message: 'A master’s or doctoral degree in occupational therapy is the therapist’s entry degree, so no OTA has one. OTAs complete an associate degree in an accredited OTA program.',
    source: SOURCES.nyOtaLicenseRequirements,
  },
  {
    ruleId: 'credentials/aota-specialty-legacy', pattern: AOTA_LEGACY_SPECIALTY, severity: 'warning', removable: false,
    message: 'AOTA specialty certifications (SCDCM, SCEM, SCFES, SCLV, SCSS) are now renewal-only: new applicants cannot earn them. Make it "preferred" at most.',
    source: SOURCES.aotaAdvancedCertification,
  },
];

/** What a recruiter can write instead, per rule (free text only; generated postings get a fix). */
const CREDENTIAL_SUGGESTIONS: Readonly<Record<string, string>> = {
  'credentials/cht-not-open-to-ota': 'Hand-therapy experience or orthosis-fabrication skills preferred',
  'credentials/aota-board-cert-not-open-to-ota': 'Experience in the practice area preferred',
  'credentials/otr-not-open-to-ota': 'Current occupational therapy assistant license in the state of practice (or eligibility)',
  'credentials/ot-degree-not-ota': 'Associate degree from an ACOTE-accredited occupational therapy assistant program',
};

/** A mention is a requirement when it sits in Requirements, in the title, or says "required/preferred/must". */
const REQUIREMENT_WORDS = /\b(?:required?|requirements?|preferred|must|needed|eligib\w*|hold)\b/i;

const isRequirementLike = (unit: TextUnit) =>
  unit.sectionId === 'requirements' || unit.kind === 'title' || REQUIREMENT_WORDS.test(unit.text);

function lineFields(facts: PostingFacts, unit: TextUnit, quote?: string): Partial<Finding> {
  if (facts.origin === 'text') return { quote: (quote ?? unit.text).trim() };
  const posting = facts.posting;
  if (!unit.line || !posting) return {};
  const fix = unit.line.origin === 'user' || unit.line.origin === 'seed' || unit.line.origin === 'specialty' || unit.line.origin === 'setting'
    ? { label: 'Remove this line', patch: removeLinePatch(posting, unit.line) }
    : undefined;
  return { lineId: unit.line.id, ...(fix ? { fix } : {}) };
}

export function carefulCompactWording(state: StateCode | undefined): string {
  const name = stateName(state);
  return `"Active license in ${name} or eligibility for an OT Compact privilege (where ${name} is a member and privileges are being issued)"`;
}

export function checkCredentials(input: Posting | PostingFacts, context: CheckContext): Finding[] {
  const facts = toFacts(input);
  const isText = facts.origin === 'text';
  const findings: Finding[] = [];
  const state = context.state ?? facts.state;
  const units = facts.units;

  // One finding for the title however often it recurs: the fix (or the rewrite) is the same everywhere.
  // A generated posting uses "therapist assistant" only in the template's own wording, which the recruiter
  // chose ('original'); there it is flagged on the lines they typed, in free text everywhere.
  for (const unit of units) {
    if (!isText && unit.line?.origin !== 'user') continue;
    const title = THERAPIST_ASSISTANT.exec(unit.text);
    if (!title) continue;
    findings.push(statutoryTitleFinding(facts, unit, title));
    break;
  }
  for (const unit of units) {
    if (unit.kind === 'heading') continue;
    const requirementLike = isRequirementLike(unit);
    // Credentials only an OT can hold are errors in an OTA posting; an OT posting may ask for them.
    if (requirementLike && facts.isOta) {
      for (const rule of CREDENTIAL_RULES) {
        const match = rule.pattern.exec(unit.text);
        if (!match || rule.unless?.test(unit.text)) continue;
        findings.push({
          ruleId: rule.ruleId, severity: rule.severity, message: rule.message,
          ...cite(rule.source), confidence: 'M',
          // Only credentials no OTA can hold get a "Remove this line" fix; a legacy one may stay as "preferred".
          ...(isText
            ? { quote: quoteAt(unit.text, match.index, match[0].length), ...(CREDENTIAL_SUGGESTIONS[rule.ruleId] ? { suggestion: CREDENTIAL_SUGGESTIONS[rule.ruleId] } : {}) }
            : rule.removable ? lineFields(facts, unit) : unit.line ? { lineId: unit.line.id } : {}),
        });
      }
      if (isText && BARE_OT_DEGREE.test(unit.text) && !OT_LEVEL_DEGREE.test(unit.text) && !OTA_DEGREE_WORDS.test(unit.text)) {
        findings.push({
          ruleId: 'credentials/ot-degree-unclear', severity: 'warning',
          message: 'A "degree in occupational therapy" reads as the therapist’s degree. Name the OTA route: an associate degree from an accredited OTA program.',
          ...cite(SOURCES.nyOtaLicenseRequirements), confidence: 'M',
          quote: unit.text.trim(), suggestion: CREDENTIAL_SUGGESTIONS['credentials/ot-degree-not-ota'],
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
        ...lineFields(facts, unit),
        ...(isText ? { suggestion: carefulCompactWording(state).slice(1, -1) } : {}),
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
          ...lineFields(facts, unit),
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
      ...(isText && cotaUnits[0] ? { quote: cotaUnits[0].text.trim(), suggestion: 'Current NBCOT certification (COTA®) required' } : {}),
      ...(cotaUnits[0]?.line ? { lineId: cotaUnits[0].line.id } : {}),
    });
  }

  const location = facts.location;
  if (state && typeof location === 'string') {
    const named = statesNamedInLocation(location);
    if (named.length > 0 && !named.includes(state)) {
      findings.push({
        ruleId: 'credentials/license-state-mismatch',
        severity: 'warning',
        message: `The license state is ${stateName(state)}, but the location "${location}" is in ${named.map(stateName).join(' / ')}. The license must match where the OTA will practise.`,
        ...cite(LICENSE_WHERE_PRACTISED), confidence: 'H',
        ...(isText ? { quote: location } : {}),
      });
    }
  }
  return findings;
}

function statutoryTitleFinding(facts: PostingFacts, unit: TextUnit, match: RegExpExecArray): Finding {
  const replacement = `occupational therapy assistant${match[1] ?? ''}`;
  return {
    ruleId: 'credentials/statutory-title',
    severity: 'warning',
    message: `"${match[0]}" is not the licensed title: state practice acts protect "occupational therapy assistant". Use that title.`,
    ...cite(SOURCES.otaProtectedTitle), confidence: 'H',
    ...(facts.origin === 'text'
      ? { quote: match[0], suggestion: /^[A-Z]/.test(match[0]) ? replacement.replace(/\b\w/g, (c) => c.toUpperCase()) : replacement }
      : unit.line ? { lineId: unit.line.id } : {}),
  };
}
