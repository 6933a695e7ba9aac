import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText, type TextFormat } from './check-text';
import { CORPUS, TODAY } from './corpus/manifest';
import { isStateCode } from './state-names';
import type { Finding } from './types';

const FORMATS: Record<string, TextFormat> = { txt: 'text', md: 'markdown', html: 'html' };

function run(file: string, extra: { state?: string; location?: string } = {}): Finding[] {
  const format = FORMATS[file.split('.').pop() ?? ''];
  if (!format) throw new Error(`unknown corpus format: ${file}`);
  const text = readFileSync(resolve(__dirname, 'corpus', file), 'utf8');
  return checkText(text, {
    format,
    today: TODAY,
    ...(extra.state && isStateCode(extra.state) ? { state: extra.state } : {}),
    ...(extra.location ? { location: extra.location } : {}),
  });
}

function matches(finding: Finding, entry: string): boolean {
  const [first, second] = entry.split(' ');
  return second ? finding.severity === first && finding.ruleId === second : finding.ruleId === first;
}

describe('corpus: recruiter-written postings', () => {
  it('has at least 15 postings in all three formats', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(15);
    expect(new Set(CORPUS.map((c) => c.file.split('.').pop()))).toEqual(new Set(['txt', 'md', 'html']));
  });

  for (const entry of CORPUS) {
    it(entry.file, () => {
      const findings = run(entry.file, entry);
      const shown = findings.map((f) => `${f.severity} ${f.ruleId}`);
      for (const must of entry.must) expect(findings.some((f) => matches(f, must)), `${must} in ${shown.join(', ')}`).toBe(true);
      for (const mustNot of entry.mustNot) expect(findings.some((f) => matches(f, mustNot)), `${mustNot} in ${shown.join(', ')}`).toBe(false);
      for (const [ruleId, quote] of Object.entries(entry.quotes ?? {})) {
        expect(findings.find((f) => f.ruleId === ruleId)?.quote).toBe(quote);
      }
      // Every finding on free text is sourced; every one about words says which words.
      for (const finding of findings) {
        expect(finding.sourceUrl, finding.ruleId).toMatch(/^https:\/\//);
        expect(finding.fix, finding.ruleId).toBeUndefined();
        if (finding.quote !== undefined) expect(finding.quote.length).toBeGreaterThan(0);
      }
    });
  }

  it('Colorado: the same posting with a pay range and a benefits line loses both errors', () => {
    const without = run('co-denver-no-pay.txt').filter((f) => f.severity === 'error').map((f) => f.ruleId);
    expect(without).toEqual(['pay/range-missing@CO', 'pay/benefits-missing@CO']);
    const withPay = run('co-denver-pay.txt').filter((f) => f.severity === 'error');
    expect(withPay).toEqual([]);
  });

  it('the state comes from the caller before the text: a Texas posting checked as Colorado gets Colorado duties', () => {
    const asColorado = run('tx-austin-hand.md', { state: 'CO' });
    expect(asColorado.some((f) => f.ruleId === 'pay/application-deadline@CO')).toBe(true);
    const byLocation = run('tx-austin-hand.md', { location: 'Denver, CO' });
    expect(byLocation.some((f) => f.ruleId === 'pay/application-deadline@CO')).toBe(true);
    expect(run('tx-austin-hand.md').some((f) => f.ruleId.endsWith('@CO'))).toBe(false);
  });
});
