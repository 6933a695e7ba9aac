import type { Posting, SettingId } from '../template/types';
import { removeLinePatch, type TextUnit } from './posting-text';
import { quoteAt, toFacts, type PostingFacts } from './facts';
import { effectiveToday } from './dates';
import { SOURCES, cite } from './sources';
import type { CheckContext, Finding } from './types';

const ADA_SOURCE = cite(SOURCES.adaEssentialFunctions);
const CA_DRIVING_SOURCE = cite(SOURCES.caDriversLicense);
const CA_DRIVING_FROM = '2025-01-01';

/** The seed's physical line and its look-alikes: demands stated as bodily method and without accommodation. */
const SEED_STYLE_DEMANDS = [
  /\bstand(?:ing)?\s+for\s+long\s+(?:hours|periods)\b/i,
  /\blift(?:ing)?\s+heavy\s+(?:loads|objects|weights?)\b/i,
];
const BODILY_METHOD = /\b(?:ability|able)\s+to\s+(see|hear|walk|speak)\b/i;
/** A demand stated in weights or hours ("lift 50 lbs", "stand for 8 hours"), the kind that needs the accommodation clause. */
const MEASURED_DEMAND =
  /\b(?:lift\w*|carry\w*|push\w*|pull\w*|transfer\w*)\b[^.;\n]{0,40}?\b\d{2,3}\s*(?:\+\s*)?(?:lbs?|pounds?)\b|\b(?:stand\w*|sit\w*|walk\w*|kneel\w*|on\s+(?:your|their|his|her)\s+feet)\b[^.;\n]{0,30}?\b\d{1,2}(?:\s*(?:-|–|to)\s*\d{1,2})?\+?\s*(?:hours?|hrs?)\b/i;
const WITHOUT_RESTRICTION = /\bwithout\s+(?:any\s+)?(?:restrictions?|limitations?|accommodations?)\b/i;
const WITH_OR_WITHOUT = /\bwith\s+or\s+without\s+(?:a\s+)?reasonable\s+accommodations?\b/i;

/** Settings where moving between homes or sites is part of the job, so driving can be essential. */
export const DRIVING_SETTINGS: ReadonlySet<SettingId> = new Set(['home-health', 'early-intervention']);

const DRIVING_REQUIREMENT = [
  /\bdriver'?s'?\s+licen[cs]e\b/i,
  /\bdriving\s+(?:licen[cs]e|record)\b/i,
  /\bmust\s+(?:be\s+able\s+to\s+)?drive\b/i,
  /\breliable\s+(?:transportation|vehicle|car)\b/i,
  /\b(?:auto(?:mobile)?|car|vehicle)\s+insurance\b/i,
  /\bown\s+(?:car|vehicle)\b/i,
];
const LICENCE_REQUIREMENT = [/\bdriver'?s'?\s+licen[cs]e\b/i, /\bdriving\s+(?:licen[cs]e|record)\b/i];

const matchesAny = (patterns: RegExp[], text: string) => patterns.some((p) => p.test(text));

const ADA_SUGGESTION =
  'Ability to perform the essential functions of the role, with or without reasonable accommodation: remaining on your feet for up to <N> hours at a time with breaks, and moving or positioning clients of up to <N> lb using safe-handling equipment and team assists';

/** The demand as written, minus "without restriction", plus the accommodation clause. */
function withAccommodation(text: string): string {
  const base = text.trim().replace(WITHOUT_RESTRICTION, '').replace(/\s+([,.;])/g, '$1').replace(/[\s,.;]+$/, '');
  return `${base}, with or without reasonable accommodation`;
}

function removeFix(posting: Posting | undefined, unit: TextUnit) {
  return posting && unit.line ? { label: 'Remove this line', patch: removeLinePatch(posting, unit.line) } : undefined;
}

export function checkPhysicalDemands(input: Posting | PostingFacts, context: CheckContext): Finding[] {
  const facts = toFacts(input);
  const posting = facts.posting;
  const isText = facts.origin === 'text';
  const findings: Finding[] = [];
  const state = context.state ?? facts.state;
  const setting = facts.setting;
  const drivingSetting = setting !== undefined && DRIVING_SETTINGS.has(setting);
  const units = facts.units;
  const accommodationClause = units.some((unit) => WITH_OR_WITHOUT.test(unit.text));

  for (const unit of units) {
    const lineRef = isText ? { quote: unit.text.trim() } : unit.line ? { lineId: unit.line.id } : {};
    const seedStyle = matchesAny(SEED_STYLE_DEMANDS, unit.text);
    if (seedStyle) {
      // A seed line is rewritten by switching the wording; a user line can only be removed and retyped.
      const fix =
        isText ? undefined
        : unit.line?.origin === 'user'
          ? removeFix(posting, unit)
          : { label: 'Use ADA-friendly wording', patch: { physicalDemands: 'ada' as const } };
      findings.push({
        ruleId: 'physical/seed-wording',
        severity: 'warning',
        message: `"${unit.text.trim()}" states the body method, not the task, and can put off qualified applicants with disabilities. Describe the essential function with hours and weights, "with or without reasonable accommodation".`,
        ...ADA_SOURCE,
        confidence: 'M',
        ...lineRef,
        ...(fix ? { fix } : {}),
        ...(isText ? { suggestion: ADA_SUGGESTION } : {}),
      });
    }
    const measured = seedStyle ? null : MEASURED_DEMAND.exec(unit.text);
    const restriction = WITHOUT_RESTRICTION.exec(unit.text);
    if ((measured && !accommodationClause && !/accommodat/i.test(unit.text)) || (measured && restriction)) {
      findings.push({
        ruleId: 'physical/no-accommodation',
        severity: 'warning',
        message: restriction
          ? `"${restriction[0]}" rules out applicants who could do the task with a reasonable accommodation. State the essential function "with or without reasonable accommodation".`
          : `"${measured?.[0] ?? ''}" is stated without "with or without reasonable accommodation". Tie it to the task and add the accommodation clause.`,
        ...ADA_SOURCE,
        confidence: 'M',
        ...(isText ? { quote: quoteAt(unit.text, measured?.index, measured?.[0].length), suggestion: withAccommodation(quoteAt(unit.text, measured?.index, measured?.[0].length)) } : lineRef),
      });
    }
    const bodily = BODILY_METHOD.exec(unit.text);
    if (bodily) {
      findings.push({
        ruleId: 'physical/bodily-method',
        severity: 'info',
        message: `"${bodily[0]}" names a body function. Say what has to get done, e.g. "observe changes in client status" or "move between treatment areas".`,
        ...ADA_SOURCE,
        confidence: 'M',
        ...(isText ? { quote: bodily[0] } : lineRef),
      });
    }
    if (!matchesAny(DRIVING_REQUIREMENT, unit.text)) continue;
    const fix = removeFix(posting, unit);
    const isLicence = matchesAny(LICENCE_REQUIREMENT, unit.text);
    if (state === 'CA' && isLicence && effectiveToday(context.today) >= CA_DRIVING_FROM) {
      findings.push({
        ruleId: 'physical/ca-drivers-license@CA',
        severity: drivingSetting ? 'info' : 'warning',
        message: drivingSetting
          ? "California allows a driver's licence requirement only where driving is a reasonably expected job function and other transport is not comparable. Travel between client homes meets that; keep the line tied to that duty."
          : "California bars stating a driver's licence requirement unless driving is a reasonably expected job function (since 2025-01-01). Remove it, or explain the driving duty.",
        ...CA_DRIVING_SOURCE,
        confidence: 'M',
        ...lineRef,
        ...(!drivingSetting && fix ? { fix } : {}),
      });
      continue;
    }
    // Free text names no setting we can trust unless it says home health or early intervention.
    if (!drivingSetting && !(isText && setting === undefined)) {
      findings.push({
        ruleId: 'physical/driving-not-essential',
        severity: 'warning',
        message: `Driving is required, but the ${setting ?? 'chosen'} setting does not usually involve travel. Keep it only if driving is an essential function; otherwise it screens out people who cannot drive.`,
        ...ADA_SOURCE,
        confidence: 'M',
        ...lineRef,
        ...(fix ? { fix } : {}),
      });
    }
  }
  return findings;
}
