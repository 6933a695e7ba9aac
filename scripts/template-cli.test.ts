import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXIT_OK, EXIT_USAGE, main, parseTemplateArgs } from './template-cli';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function run(argv: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('parseTemplateArgs', () => {
  it('parses every documented flag into TailorOptions', () => {
    const parsed = parseTemplateArgs([
      '--specialty', 'pediatrics', '--setting', 'school-district', '--state', 'tx', '--format', 'html',
      '--company', 'Acme', '--location=Austin, TX', '--employment-type', 'full-time', '--pay-min', '28',
      '--pay-max', '36.5', '--pay-unit', 'hour', '--benefits', 'Health; PTO ;', '--eeo', 'off',
      '--section', 'requirements', '--schedule', 'Mon–Fri', '--how-to-apply', 'Email us',
      '--physical-demands', 'ada', '--extra-requirement', 'Bilingual', '--drop', 'seed-req-ms-office,license-nbcot',
      '--hide-section', 'about-role', '--check', '--json',
    ]);
    expect(parsed).toEqual({
      ok: true,
      format: 'html',
      section: 'requirements',
      json: true,
      list: false,
      help: false,
      check: true,
      options: {
        specialty: 'pediatrics', setting: 'school-district', state: 'TX', company: 'Acme', location: 'Austin, TX',
        employmentType: 'full-time', payMin: 28, payMax: 36.5, payUnit: 'hour', benefits: ['Health', 'PTO'], eeo: false,
        schedule: 'Mon–Fri', howToApply: 'Email us', physicalDemands: 'ada', extraRequirements: ['Bilingual'],
        dropLines: ['seed-req-ms-office', 'license-nbcot'], sections: { 'about-role': false },
      },
    });
  });

  it('defaults to text with no options', () => {
    expect(parseTemplateArgs([])).toEqual({ ok: true, options: {}, format: 'text', json: false, list: false, help: false, check: false });
  });

  it.each([
    [['--state', 'XX'], /"XX".*--state.*TX/],
    [['--specialty', 'surgery'], /"surgery".*pediatrics/],
    [['--setting', 'spa'], /"spa".*school-district/],
    [['--format', 'pdf'], /"pdf".*html, text, markdown/],
    [['--section', 'perks'], /"perks".*benefits/],
    [['--pay-min', 'abc'], /--pay-min.*"abc"/],
    [['--pay-min', '-5'], /--pay-min.*"-5"/],
    [['--pay-min', '40', '--pay-max', '30'], /--pay-min \(40\).*--pay-max \(30\)/],
    [['--eeo', 'maybe'], /"maybe".*on, off/],
    [['--bogus'], /Unknown flag "--bogus".*--specialty/],
    [['--state'], /--state needs a value.*TX/],
    [['pediatrics'], /Unexpected argument "pediatrics"/],
    [['--hide-section', 'brief,nope'], /"nope".*about-role/],
    [['--ada-lift-lb', '0'], /--ada-lift-lb must be greater than 0/],
  ])('rejects %j', (argv, message) => {
    const parsed = parseTemplateArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});

describe('main', () => {
  it('prints the tailored posting as text by default', () => {
    const { code, stdout, stderr } = run(['--specialty', 'pediatrics', '--setting', 'school-district', '--state', 'TX']);
    expect(code).toBe(EXIT_OK);
    expect(stderr).toBe('');
    expect(stdout.split('\n')[0]).toBe('Pediatric Occupational Therapy Assistant');
    expect(stdout).toContain('• Active Texas occupational therapy assistant license (or eligibility) from the Texas Board of Occupational Therapy Examiners');
  });

  it('--wording: the profession\'s words by default, the template\'s published wording on request', () => {
    const standard = run(['--specialty', 'pediatrics']);
    expect(standard.stdout).not.toMatch(/occupational therapist assistant/i);
    expect(standard.stdout).not.toMatch(/to create coordinated, holistic treatment plans/);
    expect(standard.stdout).toContain('• Graduate of an ACOTE-accredited occupational therapy assistant program (associate or bachelor’s level)');
    const original = run(['--specialty', 'pediatrics', '--wording', 'original']);
    expect(original.code).toBe(EXIT_OK);
    expect(original.stdout.split('\n')[0]).toBe('Pediatric Occupational Therapist Assistant');
    expect(original.stdout).toContain('to create coordinated, holistic treatment plans');
    expect(original.stdout).toContain('• Associate’s degree in Occupational Therapy');
    expect(original.stdout).toContain('• State license to work as an Occupational Therapist Assistant');
    expect(run(['--list']).stdout).toContain('wordings: standard, original');
    const bad = run(['--wording', 'fancy']);
    expect(bad.code).toBe(EXIT_USAGE);
    expect(bad.stderr).toMatch(/"fancy" for --wording\. Valid values: standard, original/);
  });

  it('--check says on stderr when the shown rules were reviewed, and flags them after six months', () => {
    const fresh = run(['--check', '--location', 'Austin, TX', '--today', '2026-12-02']);
    expect(fresh.stderr).toMatch(/^Rules reviewed (November|December) 2026\.\n$/);
    const old = run(['--check', '--location', 'Austin, TX', '--today', '2028-01-01']);
    expect(old.stderr).toMatch(/May be out of date — verify/);
    expect(old.stdout.split('\n').filter(Boolean).every((line) => /^(ERROR|WARNING|INFO) /.test(line))).toBe(true);
  });

  it('prints one section, JSON, and the id lists', () => {
    const section = run(['--section', 'benefits', '--benefits', 'Health; PTO']);
    expect(section.stdout).toBe('• Health\n• PTO\n');
    const json = run(['--json', '--state', 'CO']);
    const posting = JSON.parse(json.stdout) as { title: string; options: { state: string } };
    expect(posting.options.state).toBe('CO');
    const list = run(['--list']);
    for (const expected of ['specialties:', 'pediatrics', 'settings:', 'early-intervention', 'states:', 'VI', 'sections:', 'eeo', 'formats:', 'markdown']) {
      expect(list.stdout).toContain(expected);
    }
  });

  it('applies the ADA figures and prints help listing every flag', () => {
    const ada = run(['--physical-demands', 'ada', '--ada-stand-hours', '2', '--ada-lift-lb', '25', '--section', 'requirements']);
    expect(ada.stdout).toContain('up to 2 hours');
    expect(ada.stdout).toContain('up to 25 lb');
    const help = run(['--help']);
    expect(help.code).toBe(EXIT_OK);
    for (const flag of ['--specialty', '--pay-min', '--benefits', '--eeo', '--section', '--json', '--list', '--check', '--physical-demands']) {
      expect(help.stdout).toContain(flag);
    }
  });

  it('exits 2 with the error on stderr and nothing on stdout', () => {
    const { code, stdout, stderr } = run(['--state', 'XX']);
    expect(code).toBe(EXIT_USAGE);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^template: Invalid value "XX" for --state\. Valid values: AL, AK/);
  });

  it('exits 2 for a section that has no content', () => {
    const { code, stderr } = run(['--section', 'benefits']);
    expect(code).toBe(EXIT_USAGE);
    expect(stderr).toMatch(/benefits/);
  });
});

describe('the real command (spawned through tsx)', () => {
  const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
  const spawnCli = (args: string[]) =>
    spawnSync(tsx, ['scripts/template-cli.ts', ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 30_000 });

  it('renders markdown and exits 0', { timeout: 30_000 }, () => {
    const result = spawnCli(['--specialty', 'geriatrics', '--setting', 'skilled-nursing', '--state', 'CO', '--format', 'markdown', '--pay-min', '58000', '--pay-max', '72000', '--pay-unit', 'year']);
    expect(result.status).toBe(0);
    expect(result.stdout.startsWith('## Geriatric Occupational Therapy Assistant\n')).toBe(true);
    expect(result.stdout).toContain('$58,000–$72,000 per year');
    expect(result.stdout).toContain('OT Compact privilege');
  });

  it('exits 2 on a bad value with a message naming it', { timeout: 30_000 }, () => {
    const result = spawnCli(['--pay-min', 'abc']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('"abc"');
  });
});
