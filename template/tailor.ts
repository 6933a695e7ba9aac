/**
 * options → Posting. Pure and deterministic (no clock, no randomness, no browser APIs) so the popup, the
 * CLI, presets and checks all get the same posting from the same options.
 */
import { cleanUserLine, cleanUserText } from './clean-text';
import { eeoParagraphs } from './eeo';
import { getJurisdiction, type Jurisdiction } from './jurisdictions';
import { compactLine, extraLicensingLine, licenseLine, nbcotLine } from './licensing';
import { formatPayRange, validatePay } from './pay';
import { sectionHeading } from './sections';
import {
  DEFAULT_SUPERVISION,
  SEED_ABOUT_ROLE,
  ROLE_TITLE,
  SEED_BRIEF_CLOSING,
  SEED_BRIEF_COLLABORATION,
  SEED_BRIEF_GOAL,
  SEED_BRIEF_SUCCESS,
  SEED_LICENSE_LINE,
  SEED_PHYSICAL_DEMANDS_LINE,
  SEED_REQUIREMENTS,
  SEED_RESPONSIBILITIES,
  seedText,
} from './seed';
import { getSetting, type Setting } from './settings';
import { getSpecialty, type ContentLine } from './specialties';
import {
  EMPLOYMENT_TYPES,
  PAY_UNITS,
  PHYSICAL_DEMANDS_WORDINGS,
  SECTION_IDS,
  SETTING_IDS,
  SPECIALTY_IDS,
  STATE_CODES,
  type EmploymentType,
  type Posting,
  type PostingLine,
  type PostingParagraph,
  type PostingSection,
  type SectionId,
  type SettingId,
  type SpecialtyId,
  type TailorOptions,
  type Wording,
  WORDINGS,
} from './types';

export const DEFAULT_SPECIALTY: SpecialtyId = 'general';
/** The seed was written for "private or community healthcare centers". */
export const DEFAULT_SETTING: SettingId = 'community-health-center';
export const DEFAULT_ADA_STAND_HOURS = 4;
export const DEFAULT_ADA_LIFT_POUNDS = 50;

export const EMPLOYMENT_TYPE_LABELS: Record<EmploymentType, string> = {
  'full-time': 'Full-time',
  'part-time': 'Part-time',
  'per-diem': 'Per diem',
  contract: 'Contract',
  temporary: 'Temporary',
};

function assertOneOf<T extends string>(name: string, value: T | undefined, valid: readonly string[]): void {
  if (value !== undefined && !valid.includes(value)) {
    throw new RangeError(`Unknown ${name} "${String(value)}". Valid: ${valid.join(', ')}`);
  }
}

function assertPositive(name: string, value: number | undefined): void {
  if (value !== undefined && (!Number.isFinite(value) || value <= 0)) {
    throw new RangeError(`${name} must be a positive number, got ${String(value)}`);
  }
}

function validateOptions(options: TailorOptions): void {
  assertOneOf('specialty', options.specialty, SPECIALTY_IDS);
  assertOneOf('setting', options.setting, SETTING_IDS);
  assertOneOf('state', options.state, STATE_CODES);
  assertOneOf('employment type', options.employmentType, EMPLOYMENT_TYPES);
  assertOneOf('pay unit', options.payUnit, PAY_UNITS);
  assertOneOf('physical demands wording', options.physicalDemands, PHYSICAL_DEMANDS_WORDINGS);
  assertOneOf('wording', options.wording, WORDINGS);
  assertPositive('adaStandHours', options.adaStandHours);
  assertPositive('adaLiftPounds', options.adaLiftPounds);
  validatePay(options);
}

function fromContent(line: ContentLine, origin: PostingLine['origin']): PostingLine {
  return line.provenance
    ? { id: line.id, text: line.text, origin, provenance: line.provenance }
    : { id: line.id, text: line.text, origin };
}

function adaPhysicalDemandsText(options: TailorOptions, setting: Setting): string {
  const hours = options.adaStandHours ?? DEFAULT_ADA_STAND_HOURS;
  const pounds = options.adaLiftPounds ?? DEFAULT_ADA_LIFT_POUNDS;
  const movingAbout =
    setting.id === 'home-health' || setting.id === 'early-intervention'
      ? 'moving between client homes'
      : setting.id === 'school-district'
        ? 'moving between classrooms and school buildings'
        : 'moving about the facility';
  return `Ability to perform the essential functions of the role, with or without reasonable accommodation: remaining on your feet or in a stationary position for up to ${hours} hours at a time with breaks; ${movingAbout}; and moving, transferring or positioning clients and equipment of up to ${pounds} lb using safe-handling equipment and team assists`;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '');
}

/** Stable ids for user/employer lines, derived from the text so they survive reordering. */
function userLines(prefix: string, texts: readonly string[] | undefined, origin: PostingLine['origin']): PostingLine[] {
  const used = new Set<string>();
  const lines: PostingLine[] = [];
  (texts ?? []).forEach((raw, index) => {
    const text = cleanUserLine(raw);
    if (text === undefined) return;
    const base = `${prefix}-${slug(text) || String(index + 1)}`;
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    lines.push({ id, text, origin });
  });
  return lines;
}

/** Case-, apostrophe- and whitespace-insensitive key, so "Strong communication skills." equals the seed line. */
function dedupeKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/[.;:!\s]+$/, '')
    .trim();
}

function paragraphsOf(text: string | undefined): PostingParagraph[] {
  if (text === undefined) return [];
  return text
    .split(/\n{2,}/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => ({ text: part }));
}

function joinSentences(...sentences: string[]): string {
  return sentences.filter((sentence) => sentence !== '').join(' ');
}

export function tailor(options: TailorOptions = {}): Posting {
  validateOptions(options);
  const specialty = getSpecialty(options.specialty ?? DEFAULT_SPECIALTY);
  const setting = getSetting(options.setting ?? DEFAULT_SETTING);
  const jurisdiction: Jurisdiction | undefined = options.state ? getJurisdiction(options.state) : undefined;
  const resolved: Posting['options'] = {
    ...options,
    specialty: specialty.id,
    setting: setting.id,
    eeo: options.eeo ?? true,
    physicalDemands: options.physicalDemands ?? 'seed',
    wording: options.wording ?? 'standard',
  };
  const wording: Wording = resolved.wording ?? 'standard';
  const title = wording === 'original' ? specialty.title.replace(ROLE_TITLE.standard, ROLE_TITLE.original) : specialty.title;

  const company = cleanUserLine(options.company);
  const location = cleanUserLine(options.location);
  const supervision = cleanUserLine(options.supervision) ?? DEFAULT_SUPERVISION;

  const lowerTitle = title.toLowerCase();
  const joinPhrase = `to join our ${setting.team} team${company ? ` at ${company}` : ''}${location ? ` in ${location}` : ''}`;
  const brief: PostingParagraph[] = [
    {
      text: `We are looking for an experienced ${lowerTitle} ${joinPhrase}. You’ll work ${supervision} and ${seedText(SEED_BRIEF_COLLABORATION, wording)}. ${SEED_BRIEF_GOAL}`,
    },
    { text: seedText(SEED_BRIEF_SUCCESS, wording) },
    { text: SEED_BRIEF_CLOSING },
  ];

  const aboutRole: PostingParagraph[] = [
    { text: joinSentences(seedText(SEED_ABOUT_ROLE[0], wording), specialty.aboutRole) },
    { text: SEED_ABOUT_ROLE[1] },
    { text: setting.aboutRole },
  ];

  const tailoredLines = [...specialty.lines.map((line) => [line, 'specialty'] as const), ...setting.lines.map((line) => [line, 'setting'] as const)];
  const tailoredFor = (section: ContentLine['section']): PostingLine[] =>
    tailoredLines.filter(([line]) => line.section === section).map(([line, origin]) => fromContent(line, origin));

  const responsibilities: PostingLine[] = [
    ...SEED_RESPONSIBILITIES.map((line): PostingLine => ({ id: line.id, text: seedText(line, wording), origin: 'seed' })),
    ...tailoredFor('responsibilities'),
    ...userLines('user-resp', options.extraResponsibilities, 'user'),
  ];

  const requirements: PostingLine[] = [];
  for (const line of SEED_REQUIREMENTS) {
    if (line.id === SEED_LICENSE_LINE.id) {
      // The compact alternative reads as an "or" to the state license, so it follows it directly.
      // Without a state the license line is the template's own, in the chosen wording.
      requirements.push(jurisdiction ? licenseLine(jurisdiction) : { id: line.id, text: seedText(line, wording), origin: 'seed' });
      const compact = compactLine(jurisdiction);
      if (compact) requirements.push(compact);
      const extra = extraLicensingLine(jurisdiction);
      if (extra) requirements.push(extra);
      requirements.push(nbcotLine(jurisdiction));
    } else if (line.id === SEED_PHYSICAL_DEMANDS_LINE.id && resolved.physicalDemands === 'ada') {
      requirements.push({
        id: line.id,
        text: adaPhysicalDemandsText(options, setting),
        origin: 'seed',
        provenance: {
          source: '29 C.F.R. §1630.2(n) (ADA: essential functions; job descriptions as evidence), EEOC',
          url: 'https://www.ecfr.gov/current/title-29/subtitle-B/chapter-XIV/part-1630/section-1630.2',
          asOf: '2018–2026',
          reviewed: '2026-12-02',
          confidence: 'M',
        },
      });
    } else {
      requirements.push({ id: line.id, text: seedText(line, wording), origin: 'seed' });
    }
  }
  requirements.push(...tailoredFor('requirements'), ...userLines('user-req', options.extraRequirements, 'user'));

  const payRange = formatPayRange(options);
  // A labelled paragraph is one block: blank lines inside it would split it (and, in plain text, read as a new section).
  const schedule = cleanUserText(options.schedule)?.replace(/\n{2,}/g, '\n');
  const schedulePay: PostingParagraph[] = [];
  if (options.employmentType) schedulePay.push({ label: 'Employment type', text: EMPLOYMENT_TYPE_LABELS[options.employmentType] });
  if (schedule) schedulePay.push({ label: 'Schedule', text: schedule });
  if (payRange) schedulePay.push({ label: 'Pay', text: payRange });

  const content: Record<SectionId, { paragraphs: PostingParagraph[]; bullets: PostingLine[] }> = {
    brief: { paragraphs: brief, bullets: [] },
    'about-role': { paragraphs: aboutRole, bullets: [] },
    responsibilities: { paragraphs: [], bullets: responsibilities },
    requirements: { paragraphs: [], bullets: requirements },
    'about-us': { paragraphs: paragraphsOf(cleanUserText(options.aboutUs)), bullets: [] },
    'schedule-pay': { paragraphs: schedulePay, bullets: [] },
    benefits: { paragraphs: [], bullets: userLines('benefit', options.benefits, 'employer') },
    'how-to-apply': { paragraphs: paragraphsOf(cleanUserText(options.howToApply)), bullets: [] },
    eeo: { paragraphs: resolved.eeo ? eeoParagraphs(company).map((text) => ({ text })) : [], bullets: [] },
  };

  const dropped = new Set(options.dropLines ?? []);
  const seenIds = new Set<string>();
  const seenTexts = new Set<string>();
  const keepLine = (line: PostingLine): boolean => {
    if (dropped.has(line.id)) return false;
    const key = dedupeKey(line.text);
    if (seenIds.has(line.id) || seenTexts.has(key)) return false;
    seenIds.add(line.id);
    seenTexts.add(key);
    return true;
  };

  const sections: PostingSection[] = [];
  for (const id of SECTION_IDS) {
    if (options.sections?.[id] === false) continue;
    const { paragraphs, bullets } = content[id];
    const keptParagraphs = paragraphs.filter((paragraph) => paragraph.text.trim() !== '');
    const keptBullets = bullets.filter(keepLine);
    if (keptParagraphs.length === 0 && keptBullets.length === 0) continue;
    sections.push({ id, heading: sectionHeading(id), paragraphs: keptParagraphs, bullets: keptBullets });
  }

  return { title, sections, options: resolved };
}
