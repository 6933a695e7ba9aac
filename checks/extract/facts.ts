import type { SectionId, SettingId, StateCode } from '../../template/types';
import { mentionsAccommodation, type PayFacts, type PostingFacts } from '../facts';
import type { TextUnit } from '../posting-text';
import { STATE_NAMES, isStateCode, statesNamedInLocation } from '../state-names';
import { htmlToText } from './html';
import { findPay, type PayMention } from './pay';
import { textToUnits } from './units';

export type TextFormat = 'text' | 'markdown' | 'html';

/** The posting as the job board's form holds it: the description, plus the other fields where there are any. */
export interface TextParts {
  description: string;
  title?: string;
  requirements?: string;
  benefits?: string;
}

export interface TextFactsOptions {
  format: TextFormat;
  /** From the caller (a --state flag, the form's own state field); wins over the text. */
  state?: StateCode;
  location?: string;
}

const BENEFIT_WORDS =
  /\b(?:health|medical|dental|vision)\s+(?:insurance|coverage|benefits?|plans?)\b|\bmedical,\s+dental|\b40[13]\s?\(?[kb]\)?|\bretirement\s+(?:plan|savings|contributions?|match)|\bpaid\s+time\s+off\b|\bPTO\b|\bpaid\s+(?:holidays|sick|vacation|leave|parental)|\bbenefits?\s+(?:include|package|eligible|offered|are)\b|\b(?:life|disability)\s+insurance\b|\btuition\s+(?:reimbursement|assistance)\b/i;
const EEO =
  /\bequal\s+(?:employment\s+)?opportunit|\bEEO\b|\bwithout\s+regard\s+to\b[^.]{0,160}\b(?:race|sex|religion|national\s+origin|disabilit|age|veteran)|\baffirmative\s+action\s+employer|\bdoes\s+not\s+discriminate\b/i;
const OTA = /\b[Oo]ccupational\s+[Tt]herap(?:y|ist)\s+[Aa]ssistants?\b|\bOCCUPATIONAL\s+THERAPY\s+ASSISTANT|\bC?OTA(?:\/L)?s?\b/;
const LOCATION_LABEL = /^(?:job\s+)?location\s*:\s*(.+)$/i;
const STATE_NAME_ALTERNATION = Object.values(STATE_NAMES)
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/\./g, '\\.'))
  .join('|');
// "Austin, TX", "Colorado Springs, CO 80903", "Kansas City, Missouri"; capitalised city words only.
const CITY_STATE = new RegExp(
  String.raw`\b((?:[A-Z][A-Za-z.'’-]{0,24}\s){0,3}[A-Z][A-Za-z.'’-]{0,24}),\s*([A-Z]{2}\b(?:\s+\d{5})?|(?:${STATE_NAME_ALTERNATION})\b)`,
  'g',
);
const DRIVING_SETTING = /\bhome[\s-]health\b|\bhome[\s-]based\b|\bin[\s-]home\b|\bearly\s+intervention\b/i;

function partUnits(text: string, format: TextFormat, sectionId?: SectionId): TextUnit[] {
  const plain = format === 'html' ? htmlToText(text) : text;
  const units = textToUnits(plain);
  return sectionId ? units.map((unit) => (unit.kind === 'heading' ? unit : { ...unit, sectionId: unit.sectionId ?? sectionId })) : units;
}

/** The text's location: a "Location:" line, else the first "City, ST" / "City, State" it names. */
export function locationInText(units: readonly TextUnit[]): string | undefined {
  for (const unit of units) {
    const labelled = LOCATION_LABEL.exec(unit.text);
    if (labelled?.[1]) return labelled[1].trim();
  }
  for (const unit of units) {
    for (const match of unit.text.matchAll(CITY_STATE)) {
      const candidate = `${match[1]}, ${match[2]}`;
      if (statesNamedInLocation(candidate).length > 0) return candidate;
    }
  }
  return undefined;
}

function payFacts(mentions: readonly PayMention[]): PayFacts {
  const base = mentions.filter((mention) => mention.basePay);
  const chosen =
    base.find((m) => m.kind === 'range') ?? base.find((m) => m.kind === 'up-to' || m.kind === 'from') ?? base.find((m) => m.kind === 'single');
  const undisclosed = base.find((m) => m.kind === 'undisclosed')?.text;
  const unit = chosen?.unit;
  return {
    ...(chosen?.min !== undefined ? { min: chosen.min } : {}),
    ...(chosen?.max !== undefined ? { max: chosen.max } : {}),
    ...(unit ? { unit } : {}),
    hidden: false,
    ...(chosen ? { quote: chosen.text } : {}),
    ...(undisclosed && !chosen ? { undisclosed } : {}),
  };
}

/** Free text (plain, Markdown or HTML from any editor, plus the form's other fields) → the facts the rules read. */
/**
 * Far beyond any real posting (boards cap descriptions at about 10,000 characters); text from a page is cut
 * here so a hostile page cannot make the check run for long.
 */
const MAX_CHARS = 60_000;

export function factsFromText(parts: TextParts, options: TextFactsOptions): PostingFacts {
  const body = partUnits(parts.description.slice(0, MAX_CHARS), options.format);
  const units: TextUnit[] = [
    ...(parts.title?.trim() ? [{ text: parts.title.trim().slice(0, 500), kind: 'title' as const }] : []),
    ...body,
    ...(parts.requirements ? partUnits(parts.requirements.slice(0, MAX_CHARS), options.format, 'requirements') : []),
    ...(parts.benefits ? partUnits(parts.benefits.slice(0, MAX_CHARS), options.format, 'benefits') : []),
  ];
  const title = parts.title?.trim() || firstTitleLike(body);
  const sectionsWithContent = new Set<SectionId>();
  for (const unit of units) if (unit.sectionId && unit.kind !== 'heading' && unit.text.trim()) sectionsWithContent.add(unit.sectionId);
  const location = options.location?.trim() || locationInText(units);
  const stated = options.state ?? (location ? statesNamedInLocation(location)[0] : undefined);
  const all = units.map((unit) => unit.text).join('\n');
  const setting: SettingId | undefined = DRIVING_SETTING.test(all) ? 'home-health' : undefined;
  const benefitsShown =
    units.some((unit) => BENEFIT_WORDS.test(unit.text)) ||
    units.some((unit) => unit.sectionId === 'benefits' && unit.kind !== 'heading' && findPay(unit.text).length === 0 && unit.text.trim().length > 0);
  return {
    kind: 'posting-facts',
    origin: 'text',
    ...(title ? { title } : {}),
    units,
    pay: payFacts(units.flatMap((unit) => findPay(unit.text))),
    benefits: benefitsShown ? 'shown' : 'missing',
    eeo: units.some((unit) => EEO.test(unit.text)) ? 'shown' : 'missing',
    accommodation: mentionsAccommodation(units),
    ...(location ? { location } : {}),
    ...(stated && isStateCode(stated) ? { state: stated } : {}),
    ...(setting ? { setting } : {}),
    sectionsWithContent,
    length: units.reduce((sum, unit) => sum + unit.text.length + 1, 0),
    isOta: OTA.test(all),
  };
}

/** The first line, when it reads like a title: short, not a sentence, not a section heading. */
function firstTitleLike(units: readonly TextUnit[]): string | undefined {
  const first = units[0];
  if (!first || first.sectionId || first.kind === 'bullet') return undefined;
  const text = first.text.trim();
  return text.length > 0 && text.length <= 120 && !/[.!?]$/.test(text) ? text : undefined;
}
