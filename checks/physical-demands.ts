import type { Posting, SettingId } from '../template/types';
import { postingTextUnits, removeLinePatch, type TextUnit } from './posting-text';
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

function removeFix(posting: Posting, unit: TextUnit) {
  return unit.line ? { label: 'Remove this line', patch: removeLinePatch(posting, unit.line) } : undefined;
}

export function checkPhysicalDemands(posting: Posting, context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  const options = posting?.options ?? ({} as Posting['options']);
  const state = context.state ?? options.state;
  const setting = options.setting;
  const drivingSetting = setting !== undefined && DRIVING_SETTINGS.has(setting);
  const units = postingTextUnits(posting);

  for (const unit of units) {
    const lineRef = unit.line ? { lineId: unit.line.id } : {};
    if (matchesAny(SEED_STYLE_DEMANDS, unit.text)) {
      // A seed line is rewritten by switching the wording; a user line can only be removed and retyped.
      const fix =
        unit.line?.origin === 'user'
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
        ...lineRef,
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
    if (!drivingSetting) {
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
