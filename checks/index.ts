import type { Posting, TailorOptions } from '../template/types';
import { checkCredentials } from './credentials';
import { checkInclusiveLanguage } from './inclusive-language';
import { checkPayTransparency } from './pay-transparency';
import { checkPhysicalDemands } from './physical-demands';
import { checkStructure } from './structure';
import { isIsoDate } from './dates';
import { PAY_LAWS } from './pay-laws';
import { SOURCES, cite, type PublicSource } from './sources';
import type { Check, CheckContext, Finding, Fix, RuleFinding, Severity } from './types';
import { toFacts, type PostingFacts } from './facts';

export type { Check, CheckContext, Finding, Fix, RuleFinding, Severity } from './types';
export { SOURCES, type PublicSource } from './sources';
export { reviewFreshness, isStale, monthYear, STALE_AFTER_MONTHS, type Freshness } from './freshness';
export { PAY_LAWS, payLawsFor, type PayLaw, type PayDuty } from './pay-laws';
export { SITE_LIMITS } from './structure';
export { factsFromPosting, type PostingFacts } from './facts';

/** Rule families in the order their findings are listed within a severity. */
export const CHECK_FAMILIES: ReadonlyArray<readonly [name: string, check: Check]> = [
  ['pay', checkPayTransparency],
  ['structure', checkStructure],
  ['credentials', checkCredentials],
  ['physical', checkPhysicalDemands],
  ['language', checkInclusiveLanguage],
];

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Each family's main public source, cited when the family itself fails on a malformed posting. */
const FAMILY_SOURCES: Readonly<Record<string, PublicSource>> = {
  pay: SOURCES.jobPostingStructure,
  structure: SOURCES.jobPostingStructure,
  credentials: SOURCES.otCompactFaq,
  physical: SOURCES.adaEssentialFunctions,
  language: SOURCES.eeocJobAdvertisements,
};

/**
 * Completes a family's finding with its link and review date. Pay findings take them from their law
 * ("pay/range-missing@CO" → Colorado's row); general pay findings (units, min above max) cite the job-posting
 * salary fields they are about.
 */
export function withSourceLink(finding: RuleFinding): Finding {
  if (finding.sourceUrl && finding.reviewed) return { ...finding, sourceUrl: finding.sourceUrl, reviewed: finding.reviewed };
  const isPay = finding.ruleId.startsWith('pay/');
  const lawId = isPay ? finding.ruleId.split('@')[1] : undefined;
  const law = lawId ? PAY_LAWS.find((candidate) => candidate.id === lawId) : undefined;
  // Only pay findings are completed here; any other family must cite its own source (tests catch an empty one).
  const general = isPay && !law ? SOURCES.jobPostingStructure : undefined;
  return {
    ...finding,
    sourceUrl: finding.sourceUrl ?? law?.url ?? general?.url ?? '',
    reviewed: finding.reviewed ?? law?.reviewed ?? general?.reviewed ?? '',
  };
}

/**
 * Posting (+ context) in, findings out: pure, no I/O. A family that fails on malformed input reports
 * that as a finding instead of throwing, so one odd preset never hides the other checks. Free text comes
 * in as facts (see checkText), so both inputs run the same rules.
 */
export function runChecks(input: Posting | PostingFacts, context: CheckContext): Finding[] {
  let facts: PostingFacts | undefined;
  try {
    facts = toFacts(input);
  } catch {
    facts = undefined;
  }
  const resolved: CheckContext = { ...context, state: context.state ?? facts?.state };
  const findings: Finding[] = [];
  if (!isIsoDate(context.today)) {
    findings.push({
      ruleId: 'context/invalid-today',
      severity: 'warning',
      message: `The check date "${String(context.today)}" is not a YYYY-MM-DD date, so every dated rule was treated as already in force.`,
      ...cite(SOURCES.isoDates),
    });
  }
  for (const [name, check] of CHECK_FAMILIES) {
    try {
      if (!facts) throw new Error('the posting could not be read');
      findings.push(...check(facts, resolved).map(withSourceLink));
    } catch (error) {
      findings.push({
        ruleId: `checks/${name}-failed`,
        severity: 'warning',
        message: `The ${name} checks could not read this posting (${error instanceof Error ? error.message : String(error)}); review it by hand.`,
        ...cite(FAMILY_SOURCES[name] ?? SOURCES.jobPostingStructure),
      });
    }
  }
  // Stable sort: errors first, families keep their order within a severity.
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] || a.index - b.index)
    .map(({ finding }) => finding);
}

/** One line for a terminal or log: "ERROR pay/range-missing@CO: Colorado requires …". */
export function formatFinding(finding: Finding): string {
  return `${finding.severity.toUpperCase()} ${finding.ruleId}: ${finding.message}`;
}

/** The one-click fix: shallow-merge the patch over the options; the caller re-runs tailor(). */
export function applyFix(options: TailorOptions, fix: Fix): TailorOptions {
  return { ...options, ...fix.patch };
}

export function hasErrors(findings: Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}
