import type { Posting, StateCode } from '../template/types';
import { payLawsFor, type PayDuty, type PayLaw } from './pay-laws';
import type { TextUnit } from './posting-text';
import { toFacts, type PostingFacts } from './facts';
import { effectiveToday } from './dates';
// Pay findings get their link and review date from their law in runChecks() (checks/index.ts).
import type { CheckContext, RuleFinding as Finding } from './types';

type RangeDuty = Extract<PayDuty, { kind: 'pay-range' }>;

/** What the pay fields say, before any law is applied. */
export type PayShape =
  | { kind: 'missing' }
  | { kind: 'invalid'; reason: string }
  | { kind: 'open-ended'; given: 'min' | 'max' }
  | { kind: 'fixed'; amount: number }
  | { kind: 'range'; min: number; max: number };

export function payShape(payMin: unknown, payMax: unknown): PayShape {
  const hasMin = payMin !== undefined && payMin !== null;
  const hasMax = payMax !== undefined && payMax !== null;
  if (!hasMin && !hasMax) return { kind: 'missing' };
  for (const [label, value, present] of [
    ['Minimum', payMin, hasMin],
    ['Maximum', payMax, hasMax],
  ] as const) {
    if (!present) continue;
    if (typeof value !== 'number' || !Number.isFinite(value)) return { kind: 'invalid', reason: `${label} pay is not a number` };
    if (value <= 0) return { kind: 'invalid', reason: `${label} pay must be above zero (it is ${value})` };
  }
  if (!hasMax) return { kind: 'open-ended', given: 'min' };
  if (!hasMin) return { kind: 'open-ended', given: 'max' };
  const min = payMin as number;
  const max = payMax as number;
  if (min > max) return { kind: 'invalid', reason: `Minimum pay (${min}) is above maximum pay (${max})` };
  return min === max ? { kind: 'fixed', amount: min } : { kind: 'range', min, max };
}

// "Up to $40", "from $28/hr", "starting at $55,000", "$30+", "$30 and up", "$30 plus" (but not "plus benefits").
// Bonus/allowance lines are not pay ranges; \w* so "bonuses" and "reimbursement" count too, as in extract/pay.ts.
const OPEN_ENDED_TEXT = [
  /\bup\s+to\s+\$\s?\d/i,
  /\b(?:from|starting\s+(?:at|from)|starts\s+at|beginning\s+at|as\s+low\s+as|minimum\s+of|at\s+least)\s+\$\s?\d/i,
  /\$\s?\d[\d,.]*\s*(?:k\b)?\s*\+/i,
  /\$\s?\d[\d,.]*\s*(?:k\b)?(?:\s*(?:\/|per)\s*(?:hour|hr|year|yr))?\s+(?:and\s+up|or\s+more|plus\b(?!\s+[a-z]))/i,
];
const NOT_BASE_PAY = /\b(bonus\w*|allowance|reimburse\w*|stipend|tuition|relocation|401|match|CEU?s?|continuing education)\b/i;
const PAY_WORDS = /\b(pay|rate|salary|wage|compensation|hourly|per\s+hour|\/\s*hr|annually|per\s+year)\b/i;

export function openEndedPayText(input: Posting | PostingFacts): TextUnit[] {
  return toFacts(input).units.filter(
    (unit) =>
      (unit.sectionId === 'schedule-pay' || PAY_WORDS.test(unit.text)) &&
      !NOT_BASE_PAY.test(unit.text) &&
      OPEN_ENDED_TEXT.some((pattern) => pattern.test(unit.text)),
  );
}

const APPLICATION_DEADLINE_TEXT =
  /\b(?:apply\s+(?:by|before|no\s+later\s+than)|applications?\s+(?:close|closes|closing|due|deadline|accepted\s+(?:until|through))|accepting\s+applications\s+(?:until|through)|(?:application|posting)\s+(?:deadline|close\s+date|closing\s+date)|posting\s+closes)\b/i;

function deadlineUnit(facts: PostingFacts): TextUnit | undefined {
  return facts.units.find((unit) => APPLICATION_DEADLINE_TEXT.test(unit.text));
}


/** General pay checks rest on the laws as a whole: open-ended pay is barred in MN and IL, and min–max is asked for in NY, NYC, DC, MD, VT. */
const GENERAL_PAY_SOURCE =
  'U.S. pay-transparency laws: Minn. Stat. §181.173 and the Ill. Equal Pay Act (820 ILCS 112) bar open-ended ranges; N.Y. Labor Law §194-b, NYC Local Law 32 of 2022, D.C. Code §32-1451 et seq. and Md. Lab. & Empl. §3-304.2 ask for a minimum and a maximum';
const GENERAL_PAY_AS_OF = '2026-12-02';

function lawFinding(law: PayLaw, rule: string, severity: Finding['severity'], message: string, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: `pay/${rule}@${law.id}`,
    severity,
    message,
    source: `${law.law}. ${law.source}`,
    asOf: law.asOf,
    confidence: law.confidence,
    sourceUrl: law.url,
    reviewed: law.reviewed,
    ...extra,
  };
}

/** A rule we could not confirm (confidence L) never claims an ERROR: it warns and says to verify. */
function dutySeverity(law: PayLaw, enforced: boolean): Finding['severity'] {
  return enforced && law.confidence !== 'L' ? 'error' : 'warning';
}
function verifyNote(law: PayLaw): string {
  return law.confidence === 'L' ? ' Not confirmed that this law still applies: verify with counsel.' : '';
}

function describeDuties(duties: PayDuty[]): string {
  return duties.map((duty) => duty.wording).join(', and ');
}

/** Does the posting already meet this duty? (Used to keep upcoming-law notices to the ones that need work.) */
function dutyMet(duty: PayDuty, shape: PayShape, facts: PostingFacts): boolean {
  switch (duty.kind) {
    case 'pay-range':
      return shape.kind === 'range' || shape.kind === 'fixed';
    case 'benefits':
      return facts.benefits === 'shown';
    case 'application-deadline':
      return deadlineUnit(facts) !== undefined;
    case 'process-note':
      return false;
  }
}

export function checkPayTransparency(input: Posting | PostingFacts, context: CheckContext): Finding[] {
  const facts = toFacts(input);
  const findings: Finding[] = [];
  const pay = facts.pay;
  const isText = facts.origin === 'text';
  const state: StateCode | undefined = context.state ?? facts.state;
  const today = effectiveToday(context.today);
  const size = typeof context.employerSize === 'number' && Number.isFinite(context.employerSize) && context.employerSize >= 0
    ? context.employerSize
    : undefined;
  const shape = payShape(pay.min, pay.max);
  const openEndedText = openEndedPayText(facts);
  const payHidden = pay.hidden;
  const laws = payLawsFor(state, context.city ?? cityFromLocation(facts.location));
  const sections = facts.posting?.options?.sections;
  const payQuote = isText && pay.quote ? { quote: pay.quote } : {};

  if (shape.kind === 'invalid') {
    findings.push({
      ruleId: 'pay/invalid',
      severity: 'error',
      message: `${shape.reason}. Fix the pay ${isText ? 'figures' : 'fields'} before posting.`,
      source: GENERAL_PAY_SOURCE,
      asOf: GENERAL_PAY_AS_OF,
      ...payQuote,
    });
  }
  const figures = [pay.min, pay.max].filter((n): n is number => typeof n === 'number' && n > 0);
  const figuresLookYearly = figures.some((n) => n >= 1000);
  if ((shape.kind === 'range' || shape.kind === 'fixed' || shape.kind === 'open-ended') && !pay.unit) {
    findings.push({
      ruleId: 'pay/unit-missing',
      severity: 'warning',
      message: 'Pay has no unit: say whether it is per hour or per year.',
      source: GENERAL_PAY_SOURCE,
      asOf: GENERAL_PAY_AS_OF,
      ...payQuote,
      // A figure of 1,000 or more is a salary, not an hourly rate.
      ...(isText && pay.quote ? { suggestion: `${pay.quote} per ${figuresLookYearly ? 'year' : 'hour'}` } : {}),
    });
  }
  if (pay.unit === 'hour' && figuresLookYearly) {
    findings.push({
      ruleId: 'pay/unit-mismatch', severity: 'warning',
      message: `Pay is marked per hour but ${Math.max(...figures)} looks like a yearly salary. Check the unit.`,
      source: GENERAL_PAY_SOURCE, asOf: GENERAL_PAY_AS_OF, ...payQuote,
    });
  } else if (pay.unit === 'year' && figures.some((n) => n < 1000)) {
    findings.push({
      ruleId: 'pay/unit-mismatch', severity: 'warning',
      message: `Pay is marked per year but ${Math.min(...figures)} looks like an hourly rate. Check the unit.`,
      source: GENERAL_PAY_SOURCE, asOf: GENERAL_PAY_AS_OF, ...payQuote,
    });
  }

  const coveredLaws: PayLaw[] = [];
  for (const law of laws) {
    if (law.supersededFrom && law.supersededFrom <= today) {
      findings.push(lawFinding(law, 'superseded', 'info',
        `${law.name}'s own pay-transparency law no longer applies from ${law.supersededFrom}: ${law.supersededNote ?? 'it was superseded'}.`,
        { confidence: 'L' }));
      continue;
    }
    if (size !== undefined && size < law.minEmployees) {
      findings.push(lawFinding(law, 'not-covered', 'info',
        `${law.name}'s pay-transparency law covers employers with ${law.thresholdNote}; with ${size} employees it does not apply to you.`));
      continue;
    }
    coveredLaws.push(law);
  }

  const sizeAssumedFor = coveredLaws.filter((law) => size === undefined && law.minEmployees > 1 && law.kind === 'posting');
  if (sizeAssumedFor.length > 0) {
    findings.push({
      ruleId: 'pay/employer-size-assumed',
      severity: 'info',
      message: `Employer size unknown, so these checks assume you are covered: ${sizeAssumedFor
        .map((law) => `${law.name} (${law.thresholdNote})`)
        .join('; ')}. Enter the employee count to refine.`,
      source: sizeAssumedFor.map((law) => law.law).join('; '),
      asOf: sizeAssumedFor.map((law) => law.asOf).sort().at(-1) ?? '2026-11-26',
    });
  }

  let openEndedReported = false;
  for (const law of coveredLaws) {
    if (law.kind === 'on-request') {
      findings.push(lawFinding(law, 'on-request', 'info',
        `${law.name} has no pay-in-posting duty, but you must give ${describeDuties(law.duties)}. Including the range anyway is good practice.`));
      continue;
    }
    const inForce = law.duties.filter((duty) => duty.from <= today);
    const upcoming = law.duties.filter((duty) => duty.from > today && !dutyMet(duty, shape, facts));
    for (const from of [...new Set(upcoming.map((duty) => duty.from))].sort()) {
      const duties = upcoming.filter((duty) => duty.from === from);
      findings.push(lawFinding(law, 'upcoming', 'info',
        `From ${from} ${law.name} requires ${describeDuties(duties)} in job postings (employers with ${law.thresholdNote}). This posting does not have it yet.`));
    }
    const enforced = !law.enforcedFrom || law.enforcedFrom <= today;
    const notEnforcedNote = enforced ? '' : ` (in force, enforced from ${law.enforcedFrom})`;
    for (const duty of inForce) {
      if (duty.kind === 'pay-range') {
        findings.push(...checkRangeDuty(law, duty, shape, today, enforced, notEnforcedNote, payHidden, openEndedText, sections, facts));
        if (duty.openEndedBanned && (shape.kind === 'open-ended' || openEndedText.length > 0)) openEndedReported = true;
        if (duty.minAndMaxRequired && shape.kind === 'open-ended') openEndedReported = true;
      } else if (duty.kind === 'benefits' && facts.benefits !== 'shown') {
        const entered = facts.benefits === 'entered-hidden';
        findings.push(lawFinding(law, 'benefits-missing', dutySeverity(law, enforced),
          entered
            ? `${law.name} requires ${duty.wording} in the posting. Benefits are entered but the Benefits section is switched off.${verifyNote(law)}`
            : `${law.name} requires ${duty.wording} in the posting${notEnforcedNote}. Add the benefits (e.g. health, 401(k), PTO).${verifyNote(law)}`,
          entered ? { fix: { label: 'Show the Benefits section', patch: { sections: { ...sections, benefits: true } } } }
            : isText ? { suggestion: BENEFITS_SUGGESTION } : {}));
      } else if (duty.kind === 'application-deadline' && !deadlineUnit(facts)) {
        // There is no deadline field yet, so this stays a warning: the recruiter can add it in "How to apply".
        findings.push(lawFinding(law, 'application-deadline', 'warning',
          `${law.name} requires ${duty.wording} in the posting (since ${duty.from}). Add it to "How to apply", e.g. "Applications close on <date>".`,
          isText ? { suggestion: 'Applications close on <date>.' } : {}));
      } else if (duty.kind === 'process-note') {
        findings.push(lawFinding(law, 'process-note', 'info', `${law.name} also requires ${duty.wording}.`));
      }
    }
  }

  if (!openEndedReported && (shape.kind === 'open-ended' || openEndedText.length > 0)) {
    findings.push({
      ruleId: 'pay/open-ended',
      severity: 'warning',
      message: `${openEndedDescription(shape, openEndedText)} Give both a minimum and a maximum; open-ended pay is banned in Minnesota and Illinois and reads as vague elsewhere.`,
      source: GENERAL_PAY_SOURCE,
      asOf: GENERAL_PAY_AS_OF,
      ...openEndedRef(facts, openEndedText),
    });
  }
  return findings;
}

const BENEFITS_SUGGESTION = 'Benefits: medical, dental and vision insurance; 401(k) with employer match; paid time off; continuing-education allowance.';
const RANGE_SUGGESTION = 'Pay: $<minimum> – $<maximum> per hour';

/** Free text: the open-ended words as written; a generated posting: the line they are on. */
function openEndedRef(facts: PostingFacts, text: TextUnit[]): Partial<Finding> {
  if (facts.origin === 'text') {
    const quote = facts.pay.quote ?? text[0]?.text.trim();
    return quote ? { quote, suggestion: RANGE_SUGGESTION } : {};
  }
  return text[0]?.line ? { lineId: text[0].line.id } : {};
}

function openEndedDescription(shape: PayShape, text: TextUnit[]): string {
  if (shape.kind === 'open-ended') return shape.given === 'min' ? 'Pay gives only a minimum ("from").' : 'Pay gives only a maximum ("up to").';
  return `Pay is written open-ended ("${text[0]?.text.slice(0, 60) ?? ''}").`;
}

function checkRangeDuty(
  law: PayLaw,
  duty: RangeDuty,
  shape: PayShape,
  today: string,
  enforced: boolean,
  notEnforcedNote: string,
  payHidden: boolean,
  openEndedText: TextUnit[],
  sections: Posting['options']['sections'] | undefined,
  facts: PostingFacts,
): Finding[] {
  const severity = dutySeverity(law, enforced);
  const verify = verifyNote(law);
  if (shape.kind === 'missing' || shape.kind === 'invalid') {
    const isText = facts.origin === 'text';
    const said = facts.pay.undisclosed;
    return [lawFinding(law, 'range-missing', severity,
      isText
        ? `${law.name} requires ${duty.wording} in job postings${notEnforcedNote}.${said ? ` "${said}" is not a range:` : ''} State a minimum and a maximum, e.g. "$29.50 – $36.00 per hour".${verify}`
        : `${law.name} requires ${duty.wording} in job postings${notEnforcedNote}. Enter a minimum and maximum pay.${verify}`,
      isText ? { ...(said ? { quote: said } : {}), suggestion: RANGE_SUGGESTION } : {})];
  }
  if (payHidden) {
    return [lawFinding(law, 'range-missing', severity,
      `${law.name} requires ${duty.wording} in job postings, but the Schedule & pay section is switched off.${verify}`,
      { fix: { label: 'Show the Schedule & pay section', patch: { sections: { ...sections, 'schedule-pay': true } } } })];
  }
  const findings: Finding[] = [];
  if (duty.openEndedBanned && (shape.kind === 'open-ended' || openEndedText.length > 0)) {
    findings.push(lawFinding(law, 'open-ended', severity,
      `${openEndedDescription(shape, openEndedText)} ${law.name} does not accept open-ended pay ("up to", "from"): give a minimum and a maximum.${verify}`,
      openEndedRef(facts, openEndedText)));
  }
  // The pay fields give only one end. (Open-ended wording in free text next to a full range is left to the
  // general warning: the posting does state a minimum and a maximum.)
  if (duty.minAndMaxRequired && !duty.openEndedBanned && shape.kind === 'open-ended') {
    findings.push(lawFinding(law, 'open-ended', severity,
      `${openEndedDescription(shape, openEndedText)} ${law.name} requires ${duty.wording}${notEnforcedNote}: give both a minimum and a maximum.${verify}`,
      openEndedRef(facts, openEndedText)));
  }
  const fixedAllowed = duty.fixedAmountAllowed || (duty.fixedAmountAllowedFrom !== undefined && duty.fixedAmountAllowedFrom <= today);
  if (shape.kind === 'fixed' && !fixedAllowed) {
    findings.push(lawFinding(law, 'fixed-amount', 'warning',
      `${law.name} asks for ${duty.wording}; a single figure (${shape.amount}) is only safe if the pay truly will not vary.`,
      facts.origin === 'text' && facts.pay.quote ? { quote: facts.pay.quote } : {}));
  }
  return findings;
}

/** "Denver, CO" → "Denver"; a location without a comma names no city we can trust. */
export function cityFromLocation(location: unknown): string | undefined {
  if (typeof location !== 'string' || !location.includes(',')) return undefined;
  const city = location.split(',')[0]?.trim();
  return city ? city : undefined;
}
