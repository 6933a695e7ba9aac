import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFileMain } from './check-file';
import { main } from './template-cli';

const corpus = (file: string) => resolve(__dirname, '..', 'checks', 'corpus', file);

function runCli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, lines: stdout.split('\n').filter(Boolean), stderr };
}

const FINDING = /^(ERROR|WARNING|INFO) [a-z]+\/[\w-]+(@[A-Z-]+)?: .+$/;

describe('npm run template -- --check-file', () => {
  it('prints each finding followed by its quote; exits 1 on an ERROR', () => {
    const { code, lines } = runCli(['--check-file', corpus('tx-austin-hand.md'), '--today', '2026-12-03']);
    expect(code).toBe(1);
    const index = lines.findIndex((line) => line.startsWith('ERROR credentials/cht-not-open-to-ota:'));
    expect(index).toBeGreaterThanOrEqual(0);
    expect(lines[index + 1]).toBe('  > "CHT certification required"');
    expect(lines[index + 2]).toMatch(/^ {2}try: /);
    for (const line of lines) expect(line.startsWith('  ') || FINDING.test(line), line).toBe(true);
  });

  it('Colorado without pay: the two errors; with pay and benefits: exit 0', () => {
    const without = runCli(['--check-file', corpus('co-denver-no-pay.txt'), '--today', '2026-12-03']);
    expect(without.code).toBe(1);
    expect(without.lines.filter((l) => l.startsWith('ERROR')).map((l) => l.split(':')[0])).toEqual([
      'ERROR pay/range-missing@CO',
      'ERROR pay/benefits-missing@CO',
    ]);
    expect(runCli(['--check-file', corpus('co-denver-pay.txt'), '--today', '2026-12-03']).code).toBe(0);
  });

  it('state from --state, else --location, else the text', () => {
    const fromText = runCli(['--check-file', corpus('ga-atlanta-clinical.md'), '--today', '2026-12-03']);
    expect(fromText.code).toBe(0);
    const byLocation = runCli(['--check-file', corpus('ga-atlanta-clinical.md'), '--location', 'Denver, CO', '--today', '2026-12-03']);
    expect(byLocation.lines.some((l) => l.startsWith('WARNING pay/application-deadline@CO'))).toBe(true);
    const byState = runCli(['--check-file', corpus('ga-atlanta-clinical.md'), '--state', 'il', '--location', 'Denver, CO', '--today', '2026-12-03']);
    expect(byState.lines.some((l) => l.includes('@IL'))).toBe(true);
    expect(byState.lines.some((l) => l.includes('@CO'))).toBe(false);
  });

  it('--employees below a threshold turns the law off', () => {
    const small = runCli(['--check-file', corpus('co-denver-no-pay.txt'), '--employees', '0', '--today', '2026-12-03']);
    expect(small.lines.some((l) => l.startsWith('INFO pay/not-covered@CO'))).toBe(true);
    expect(small.code).toBe(0);
  });

  it('--employees must be a whole number: empty, fractional or non-numeric values exit 2', () => {
    for (const value of ['', ' ', '12.5', 'ten', '-3', '1e3']) {
      const run = runCli(['--check-file', corpus('co-denver-no-pay.txt'), `--employees=${value}`, '--today', '2026-12-03']);
      expect(run.code, `--employees=${value}`).toBe(2);
      expect(run.stderr).toMatch(/--employees must be a whole number/);
    }
    expect(runCli(['--check-file', corpus('co-denver-no-pay.txt'), '--employees=50', '--today', '2026-12-03']).code).toBe(1);
  });

  it('without --today the rules apply as of the local date, not the UTC one', () => {
    // 2026-10-01 02:00 UTC is still 30 September in a US time zone: Connecticut's law (from 1 October) is not yet in force.
    const lateEvening = {
      toISOString: () => '2026-10-01T02:00:00.000Z',
      getFullYear: () => 2026,
      getMonth: () => 8,
      getDate: () => 30,
    } as Date;
    let stdout = '';
    const code = checkFileMain(['--check-file', corpus('co-denver-no-pay.txt'), '--location', 'Hartford, CT'], { stdout: (t) => (stdout += t), stderr: () => {} }, () => lateEvening);
    expect(stdout).toContain('INFO pay/upcoming@CT');
    expect(stdout).not.toContain('ERROR pay/range-missing@CT');
    expect(code).toBe(0);
  });

  it('exits 2 naming the file when it cannot be read or its type is unknown', () => {
    const missing = runCli(['--check-file', corpus('no-such-posting.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no-such-posting.txt');
    const unknown = runCli(['--check-file', corpus('manifest.ts')]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('manifest.ts');
    expect(unknown.stderr).toMatch(/unknown file type/);
    expect(runCli(['--check-file', corpus('tx-austin-hand.md'), '--state', 'XX']).code).toBe(2);
    expect(runCli(['--check-file', corpus('tx-austin-hand.md'), '--pay-min', '3']).code).toBe(2);
  });
});
