/**
 * `npm run template -- --check-file <path> [--state XX] [--location "City, ST"] [--employees N] [--today YYYY-MM-DD]`
 * Checks a posting someone wrote (.txt, .md, .html) with the same rules as generated postings. Prints
 * `ERROR|WARNING|INFO rule-id: message`, each followed by the quoted words ("> …") and, where there is one,
 * the wording to use instead ("try: …"). Exit 1 on any ERROR, 0 otherwise, 2 on a usage or file problem.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { checkText, type TextFormat } from '../checks/check-text';
import { formatFinding, hasErrors } from '../checks/index';
import { localIsoDate } from '../checks/dates';
import { isStateCode } from '../checks/state-names';
import type { StateCode } from '../template/types';

interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const FORMAT_BY_EXTENSION: Readonly<Record<string, TextFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

const FLAGS = ['check-file', 'state', 'location', 'employees', 'today'] as const;
type Flag = (typeof FLAGS)[number];

export function wantsCheckFile(argv: readonly string[]): boolean {
  return argv.some((arg) => arg === '--check-file' || arg.startsWith('--check-file='));
}

function parse(argv: readonly string[]): Partial<Record<Flag, string>> | string {
  const values: Partial<Record<Flag, string>> = {};
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    const eq = arg.indexOf('=');
    const name = (eq === -1 ? arg.slice(2) : arg.slice(2, eq)) as Flag;
    if (!arg.startsWith('--') || !FLAGS.includes(name)) {
      return `"${arg}" cannot be used with --check-file. Flags: ${FLAGS.map((flag) => `--${flag}`).join(' ')}`;
    }
    const value = eq === -1 ? argv[++index] : arg.slice(eq + 1);
    if (value === undefined || (eq === -1 && value.startsWith('--'))) return `--${name} needs a value`;
    values[name] = value;
  }
  return values;
}

export function checkFileMain(argv: readonly string[], io: CliIo, now: () => Date = () => new Date()): number {
  const values = parse(argv);
  if (typeof values === 'string') {
    io.stderr(`template: ${values}\n`);
    return 2;
  }
  const path = values['check-file'] ?? '';
  const format = FORMAT_BY_EXTENSION[extname(path).toLowerCase()];
  if (!format) {
    io.stderr(`template: cannot check "${path}": unknown file type (use .txt, .md or .html)\n`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    io.stderr(`template: cannot read "${path}" (${reason})\n`);
    return 2;
  }
  const stateValue = values.state?.trim().toUpperCase();
  if (stateValue !== undefined && !isStateCode(stateValue)) {
    io.stderr(`template: --state must be a USPS code such as CO, got "${values.state}"\n`);
    return 2;
  }
  // Number('') is 0 and Number('1e3') is 1000: only digits are a head count.
  const employeesValue = values.employees?.trim();
  if (employeesValue !== undefined && !/^\d{1,9}$/.test(employeesValue)) {
    io.stderr(`template: --employees must be a whole number, got "${values.employees}"\n`);
    return 2;
  }
  const employees = employeesValue === undefined ? undefined : Number(employeesValue);
  // The person running the check means their own today: late evening in the US is already tomorrow in UTC.
  const today = values.today ?? localIsoDate(now());
  const findings = checkText(text, {
    format,
    today,
    ...(stateValue ? { state: stateValue as StateCode } : {}),
    ...(values.location ? { location: values.location } : {}),
    ...(employees !== undefined ? { employees } : {}),
  });
  for (const finding of findings) {
    io.stdout(`${formatFinding(finding)}\n`);
    io.stdout(`  > ${finding.quote ? `"${finding.quote}"` : '(not in the text)'}\n`);
    if (finding.suggestion) io.stdout(`  try: ${finding.suggestion}\n`);
  }
  return hasErrors(findings) ? 1 : 0;
}
