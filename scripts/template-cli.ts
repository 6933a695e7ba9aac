/**
 * Command-line front end to the template engine: flags → TailorOptions → tailor() → render().
 *   npm run template -- --specialty pediatrics --setting school-district --state TX --format text
 * Parsing is a pure function (parseTemplateArgs) so tests can call it directly; main()
 * takes injected streams so tests can run it without spawning a process.
 */
import { pathToFileURL } from 'node:url';
import {
  EMPLOYMENT_TYPES,
  FORMATS,
  JURISDICTIONS,
  PAY_UNITS,
  PHYSICAL_DEMANDS_WORDINGS,
  SECTION_IDS,
  SETTING_IDS,
  SPECIALTY_IDS,
  STATE_CODES,
  WORDINGS,
  render,
  tailor,
  type Format,
  type SectionId,
  type TailorOptions,
} from '../template/index';
import { formatFinding, hasErrors, reviewFreshness, runChecks } from '../checks/index';
import { checkFileMain, wantsCheckFile } from './check-file';

export const EXIT_OK = 0;
export const EXIT_RUNTIME_ERROR = 1;
export const EXIT_USAGE = 2;
/** --check found at least one ERROR. */
export const EXIT_CHECK_ERRORS = 1;

export interface ParsedTemplateArgs {
  ok: true;
  options: TailorOptions;
  format: Format;
  section?: SectionId;
  json: boolean;
  list: boolean;
  help: boolean;
  /** Run posting checks instead of printing the posting. */
  check: boolean;
  /** Check context: city for local pay laws, employer size for thresholds, injectable date (YYYY-MM-DD). */
  city?: string;
  employerSize?: number;
  today?: string;
}
export interface TemplateArgsError {
  ok: false;
  error: string;
}
export type TemplateArgsResult = ParsedTemplateArgs | TemplateArgsError;

type FlagKind = 'string' | 'boolean' | 'list';
interface FlagSpec {
  kind: FlagKind;
  help: string;
  /** Valid values, listed in the error message when a value is not one of them. */
  choices?: readonly string[];
}

/** Every flag the CLI knows. Add a flag here and handle it in applyFlag(). */
export const TEMPLATE_FLAGS: Record<string, FlagSpec> = {
  specialty: { kind: 'string', choices: SPECIALTY_IDS, help: 'specialty id' },
  setting: { kind: 'string', choices: SETTING_IDS, help: 'employment setting id' },
  state: { kind: 'string', choices: STATE_CODES, help: 'USPS code (50 states, DC, PR, GU, VI)' },
  format: { kind: 'string', choices: FORMATS, help: 'output format (default text)' },
  section: { kind: 'string', choices: SECTION_IDS, help: 'render one section alone' },
  company: { kind: 'string', help: 'employer name' },
  location: { kind: 'string', help: 'job location' },
  'employment-type': { kind: 'string', choices: EMPLOYMENT_TYPES, help: 'employment type' },
  schedule: { kind: 'string', help: 'schedule text' },
  'pay-min': { kind: 'string', help: 'minimum pay (number)' },
  'pay-max': { kind: 'string', help: 'maximum pay (number)' },
  'pay-unit': { kind: 'string', choices: PAY_UNITS, help: 'pay unit' },
  benefits: { kind: 'list', help: 'benefits, separated by ";"' },
  supervision: { kind: 'string', help: 'supervision wording, e.g. "under the general supervision of an OT"' },
  'how-to-apply': { kind: 'string', help: 'how to apply' },
  'about-us': { kind: 'string', help: 'about the employer' },
  eeo: { kind: 'string', choices: ['on', 'off'], help: 'EEO statement (default on)' },
  wording: { kind: 'string', choices: WORDINGS, help: 'standard: the profession\'s words (default); original: the template\'s published wording' },
  'physical-demands': { kind: 'string', choices: PHYSICAL_DEMANDS_WORDINGS, help: 'seed wording or ADA rewrite' },
  'ada-stand-hours': { kind: 'string', help: 'ADA wording: hours on feet at a time (default 4)' },
  'ada-lift-lb': { kind: 'string', help: 'ADA wording: pounds moved with assists (default 50)' },
  'extra-responsibility': { kind: 'list', help: 'extra responsibility (repeatable, or ";"-separated)' },
  'extra-requirement': { kind: 'list', help: 'extra requirement (repeatable, or ";"-separated)' },
  drop: { kind: 'list', help: 'line ids to leave out (repeatable, or ";"/","-separated)' },
  'hide-section': { kind: 'list', help: 'section ids to leave out (repeatable, or ";"/","-separated)' },
  json: { kind: 'boolean', help: 'print the Posting as JSON' },
  list: { kind: 'boolean', help: 'print valid ids' },
  check: { kind: 'boolean', help: 'print posting checks (ERROR/WARNING/INFO lines); exit 1 on any ERROR' },
  city: { kind: 'string', help: 'city, for local pay-transparency laws (--check)' },
  'employer-size': { kind: 'string', help: 'number of employees, for law thresholds (--check)' },
  today: { kind: 'string', help: 'date the checks apply, YYYY-MM-DD (default: today)' },
  help: { kind: 'boolean', help: 'show this help' },
};

function splitList(value: string, separators: RegExp): string[] {
  return value
    .split(separators)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function parseNumber(flag: string, value: string): number | string {
  const trimmed = value.trim();
  // Number('') is 0 and Number('0x1F') is 31: accept plain decimals only.
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return `--${flag} must be a non-negative number, got "${value}"`;
  return Number(trimmed);
}

function invalidChoice(flag: string, value: string, choices: readonly string[]): string {
  return `Invalid value "${value}" for --${flag}. Valid values: ${choices.join(', ')}`;
}

export function parseTemplateArgs(argv: readonly string[]): TemplateArgsResult {
  const options: TailorOptions = {};
  const result: ParsedTemplateArgs = { ok: true, options, format: 'text', json: false, list: false, help: false, check: false };
  const hiddenSections: string[] = [];

  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] as string;
    if (!arg.startsWith('--')) {
      return { ok: false, error: `Unexpected argument "${arg}". Flags: ${Object.keys(TEMPLATE_FLAGS).map((f) => `--${f}`).join(' ')}` };
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    const spec = TEMPLATE_FLAGS[name];
    if (!spec) {
      return { ok: false, error: `Unknown flag "--${name}". Valid flags: ${Object.keys(TEMPLATE_FLAGS).map((f) => `--${f}`).join(' ')}` };
    }
    if (spec.kind === 'boolean') {
      if (eq !== -1) return { ok: false, error: `--${name} takes no value` };
      if (name === 'json') result.json = true;
      else if (name === 'list') result.list = true;
      else if (name === 'check') result.check = true;
      else if (name === 'help') result.help = true;
      continue;
    }
    let value: string;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      const next = argv[index + 1];
      if (next === undefined || next.startsWith('--')) {
        return { ok: false, error: `--${name} needs a value${spec.choices ? `. Valid values: ${spec.choices.join(', ')}` : ''}` };
      }
      value = next;
      index += 1;
    }
    if (spec.choices) {
      const normalized = name === 'state' ? value.trim().toUpperCase() : value.trim();
      if (!spec.choices.includes(normalized)) return { ok: false, error: invalidChoice(name, value, spec.choices) };
      value = normalized;
    }
    const error = applyFlag(name, value, options, result, hiddenSections);
    if (error) return { ok: false, error };
  }

  if (options.payMin !== undefined && options.payMax !== undefined && options.payMin > options.payMax) {
    return { ok: false, error: `--pay-min (${options.payMin}) is greater than --pay-max (${options.payMax})` };
  }
  if (hiddenSections.length > 0) {
    options.sections = Object.fromEntries(hiddenSections.map((id) => [id, false]));
  }
  return result;
}

/**
 * Flags whose value goes straight into one TailorOptions field (choice flags were already checked against
 * their valid ids by the flag table).
 */
const VALUE_FLAGS: Readonly<Record<string, keyof TailorOptions>> = {
  specialty: 'specialty',
  setting: 'setting',
  state: 'state',
  company: 'company',
  location: 'location',
  'employment-type': 'employmentType',
  schedule: 'schedule',
  'pay-unit': 'payUnit',
  supervision: 'supervision',
  'how-to-apply': 'howToApply',
  'about-us': 'aboutUs',
  'physical-demands': 'physicalDemands',
  wording: 'wording',
};

/** Repeatable flags that append to a list field, with the separators a value may hold. */
const LIST_FLAGS: Readonly<Record<string, { key: 'benefits' | 'extraResponsibilities' | 'extraRequirements' | 'dropLines'; separator: RegExp }>> = {
  benefits: { key: 'benefits', separator: /;/ },
  'extra-responsibility': { key: 'extraResponsibilities', separator: /;/ },
  'extra-requirement': { key: 'extraRequirements', separator: /;/ },
  drop: { key: 'dropLines', separator: /[;,]/ },
};

/** Returns an error message, or undefined when the flag was applied. */
function applyFlag(
  name: string,
  value: string,
  options: TailorOptions,
  result: ParsedTemplateArgs,
  hiddenSections: string[],
): string | undefined {
  const field = VALUE_FLAGS[name];
  if (field) {
    (options as Record<string, unknown>)[field] = value;
    return undefined;
  }
  const list = LIST_FLAGS[name];
  if (list) {
    options[list.key] = [...(options[list.key] ?? []), ...splitList(value, list.separator)];
    return undefined;
  }
  switch (name) {
    case 'format':
      result.format = value as Format;
      return undefined;
    case 'section':
      result.section = value as SectionId;
      return undefined;
    case 'pay-min':
    case 'pay-max': {
      const parsed = parseNumber(name, value);
      if (typeof parsed === 'string') return parsed;
      if (name === 'pay-min') options.payMin = parsed;
      else options.payMax = parsed;
      return undefined;
    }
    case 'ada-stand-hours':
    case 'ada-lift-lb': {
      const parsed = parseNumber(name, value);
      if (typeof parsed === 'string') return parsed;
      if (parsed <= 0) return `--${name} must be greater than 0, got "${value}"`;
      if (name === 'ada-stand-hours') options.adaStandHours = parsed;
      else options.adaLiftPounds = parsed;
      return undefined;
    }
    case 'eeo':
      options.eeo = value === 'on';
      return undefined;
    case 'city':
      result.city = value;
      return undefined;
    case 'employer-size': {
      if (!/^\d+$/.test(value.trim())) return `--employer-size must be a whole number of employees, got "${value}"`;
      result.employerSize = Number(value.trim());
      return undefined;
    }
    case 'today': {
      const date = value.trim();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) {
        return `--today must be a date as YYYY-MM-DD, got "${value}"`;
      }
      result.today = date;
      return undefined;
    }
    case 'hide-section': {
      const ids = splitList(value, /[;,]/);
      const bad = ids.find((id) => !(SECTION_IDS as readonly string[]).includes(id));
      if (bad !== undefined) return invalidChoice(name, bad, SECTION_IDS);
      hiddenSections.push(...ids);
      return undefined;
    }
    default:
      return `Flag --${name} is not handled`;
  }
}

export function listText(): string {
  return [
    `specialties: ${SPECIALTY_IDS.join(', ')}`,
    `settings: ${SETTING_IDS.join(', ')}`,
    `states: ${JURISDICTIONS.map((jurisdiction) => jurisdiction.code).join(', ')}`,
    `sections: ${SECTION_IDS.join(', ')}`,
    `formats: ${FORMATS.join(', ')}`,
    `employment types: ${EMPLOYMENT_TYPES.join(', ')}`,
    `pay units: ${PAY_UNITS.join(', ')}`,
    `physical demands: ${PHYSICAL_DEMANDS_WORDINGS.join(', ')}`,
    `wordings: ${WORDINGS.join(', ')}`,
  ].join('\n');
}

export function helpText(): string {
  const lines = Object.entries(TEMPLATE_FLAGS).map(([name, spec]) => {
    const value = spec.kind === 'boolean' ? '' : spec.choices ? ` <${spec.choices.length > 6 ? 'id' : spec.choices.join('|')}>` : ' <text>';
    return `  --${name}${value}  ${spec.help}`;
  });
  return [
    'Usage: npm run template -- [flags]',
    ...lines,
    'Run with --list for every valid id.',
    'Check a written posting: --check-file <path.txt|.md|.html> [--state XX] [--location "City, ST"] [--employees N] [--today YYYY-MM-DD]',
  ].join('\n');
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export function main(argv: readonly string[], io: CliIo): number {
  // Checking a written posting takes its own small set of flags (scripts/check-file.ts).
  if (wantsCheckFile(argv)) return checkFileMain(argv, io);
  const parsed = parseTemplateArgs(argv);
  if (!parsed.ok) {
    io.stderr(`template: ${parsed.error}\n`);
    return EXIT_USAGE;
  }
  if (parsed.help) {
    io.stdout(`${helpText()}\n`);
    return EXIT_OK;
  }
  if (parsed.list) {
    io.stdout(`${listText()}\n`);
    return EXIT_OK;
  }
  try {
    const posting = tailor(parsed.options);
    if (parsed.check) {
      const today = parsed.today ?? new Date().toISOString().slice(0, 10);
      const findings = runChecks(posting, {
        today,
        ...(parsed.city !== undefined ? { city: parsed.city } : {}),
        ...(parsed.employerSize !== undefined ? { employerSize: parsed.employerSize } : {}),
        renderedLength: render(posting, 'text').length,
      });
      for (const finding of findings) io.stdout(`${formatFinding(finding)}\n`);
      // On stderr, so stdout stays one finding per line for scripts.
      const freshness = reviewFreshness(findings.map((finding) => finding.reviewed), today);
      if (freshness.reviewedLabel || freshness.missing) {
        const reviewed = freshness.reviewedLabel ? `Rules reviewed ${freshness.reviewedLabel}.` : 'Review date not recorded.';
        io.stderr(`${reviewed}${freshness.stale ? ' May be out of date — verify: a rule shown was last reviewed more than 6 months ago.' : ''}\n`);
      }
      return hasErrors(findings) ? EXIT_CHECK_ERRORS : EXIT_OK;
    }
    if (parsed.json) {
      io.stdout(`${JSON.stringify(posting, null, 2)}\n`);
      return EXIT_OK;
    }
    const output = render(posting, parsed.format, parsed.section ? { section: parsed.section } : undefined);
    if (output === '' && parsed.section) {
      io.stderr(`template: section "${parsed.section}" has no content with these options\n`);
      return EXIT_USAGE;
    }
    io.stdout(`${output}\n`);
    return EXIT_OK;
  } catch (error) {
    // tailor() validates too (RangeError naming the value): report it as a usage error.
    if (error instanceof RangeError) {
      io.stderr(`template: ${error.message}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`template: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_RUNTIME_ERROR;
  }
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  process.exitCode = main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
