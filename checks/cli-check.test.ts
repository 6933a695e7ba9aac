import { describe, expect, it } from 'vitest';
import { main } from '../scripts/template-cli';

function runCli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, lines: stdout.split('\n').filter(Boolean), stderr };
}

const LINE = /^(ERROR|WARNING|INFO) [a-z]+\/[\w-]+(@[A-Z-]+)?: .+$/;

describe('npm run template -- --check', () => {
  it('Colorado without pay: the two errors, exit 1, one finding per line', () => {
    const { code, lines } = runCli(['--state', 'CO', '--check', '--today', '2026-11-26']);
    expect(code).toBe(1);
    for (const line of lines) expect(line).toMatch(LINE);
    expect(lines.filter((l) => l.startsWith('ERROR')).map((l) => l.split(':')[0])).toEqual([
      'ERROR pay/range-missing@CO',
      'ERROR pay/benefits-missing@CO',
    ]);
  });

  it('adding pay range and benefits clears them, exit 0; the deadline duty stays as a warning', () => {
    const { code, lines } = runCli([
      '--state', 'CO', '--check', '--today', '2026-11-26',
      '--pay-min', '28', '--pay-max', '36', '--pay-unit', 'hour', '--benefits', 'Health; 401(k)',
    ]);
    expect(code).toBe(0);
    expect(lines.some((l) => l.startsWith('ERROR'))).toBe(false);
    expect(lines).toContain(
      'WARNING pay/application-deadline@CO: Colorado requires the anticipated application-close date in the posting (since 2024-01-01). Add it to "How to apply", e.g. "Applications close on <date>".',
    );
  });

  it('--today moves the effective date (Delaware 2027-09-25 vs 2027-09-26)', () => {
    const before = runCli(['--state', 'DE', '--check', '--employer-size', '40', '--today', '2027-09-25']);
    expect(before.code).toBe(0);
    expect(before.lines.some((l) => l.startsWith('INFO pay/upcoming@DE: From 2027-09-26'))).toBe(true);
    const after = runCli(['--state', 'DE', '--check', '--employer-size', '40', '--today', '2027-09-26']);
    expect(after.code).toBe(1);
  });

  it('--employer-size and --city reach the checks (NYC, MN threshold)', () => {
    expect(runCli(['--state', 'NY', '--city', 'Brooklyn', '--check', '--today', '2026-11-26']).lines).toContain(
      'ERROR pay/range-missing@NYC: New York City requires a good-faith minimum and maximum salary or hourly wage in job postings. Enter a minimum and maximum pay.',
    );
    expect(runCli(['--state', 'MN', '--employer-size', '29', '--check', '--today', '2026-11-26']).code).toBe(0);
    expect(runCli(['--state', 'MN', '--employer-size', '30', '--check', '--today', '2026-11-26']).code).toBe(1);
  });

  it('Connecticut (Public Act 26-12): pay and benefits errors on 2026-12-02, none on 2026-09-01', () => {
    const after = runCli(['--state', 'CT', '--today', '2026-12-02', '--check']);
    expect(after.code).toBe(1);
    expect(after.lines.filter((l) => l.startsWith('ERROR pay/')).map((l) => l.split(':')[0])).toEqual([
      'ERROR pay/range-missing@CT',
      'ERROR pay/benefits-missing@CT',
    ]);
    const before = runCli(['--state', 'CT', '--today', '2026-09-01', '--check']);
    expect(before.lines.filter((l) => l.startsWith('ERROR pay/'))).toEqual([]);
    expect(before.lines.some((l) => l.startsWith('INFO pay/upcoming@CT: From 2026-10-01'))).toBe(true);
  });

  it('Jersey City: a minimum alone errors on the missing maximum and on benefits', () => {
    const { code, lines } = runCli([
      '--state', 'NJ', '--location', 'Jersey City, NJ', '--pay-min', '30', '--pay-unit', 'hour', '--today', '2026-12-02', '--check',
    ]);
    expect(code).toBe(1);
    const errorIds = lines.filter((l) => l.startsWith('ERROR')).map((l) => l.split(':')[0]);
    expect(errorIds).toContain('ERROR pay/open-ended@JERSEY-CITY');
    expect(errorIds).toContain('ERROR pay/benefits-missing@JERSEY-CITY');
  });

  it('bad --today / --employer-size values are usage errors (exit 2) naming the value', () => {
    const badDate = runCli(['--check', '--today', '2026-02-30']);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('"2026-02-30"');
    const badSize = runCli(['--check', '--employer-size', 'lots']);
    expect(badSize.code).toBe(2);
    expect(badSize.stderr).toContain('"lots"');
  });

  it('without --today it uses the real date and still runs', () => {
    const { code, lines } = runCli(['--check', '--physical-demands', 'ada', '--location', 'Austin, TX']);
    expect(code).toBe(0);
    for (const line of lines) expect(line).toMatch(LINE);
  });
});
