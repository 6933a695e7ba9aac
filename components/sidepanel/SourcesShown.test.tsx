// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runChecks } from '../../checks/index';
import type { Finding } from '../../checks/types';
import { tailor } from '../../template/tailor';
import { FindingsList } from './FindingsList';
import { StateFactsCard, type StateFacts } from './StateFactsCard';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => container.remove());

const FACTS: StateFacts = {
  code: 'TX',
  name: 'Texas',
  board: 'Texas Board of Occupational Therapy Examiners',
  titles: 'OTA',
  nbcot: 'Exam',
  compactStatus: 'Not member',
  source: '40 TAC §364.1; Texas Board of Occupational Therapy Examiners',
  sourceUrl: 'https://www.ptot.texas.gov/',
  reviewed: '2026-12-02',
  compactSource: 'Occupational Therapy Compact Commission, Practitioner FAQ',
  compactSourceUrl: 'https://otcompact.gov/practitioner-faq',
  compactReviewed: '2026-12-02',
  asOf: '2026',
  confidence: 'H',
};

const links = () => [...container.querySelectorAll<HTMLAnchorElement>('a')];

function expectSafeNewTabLinks(expected: string[]): void {
  expect(links().map((a) => a.href)).toEqual(expected);
  for (const a of links()) {
    expect(a.target).toBe('_blank');
    expect(a.rel.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
    expect(a.getAttribute('aria-label')).toMatch(/^Open the source on .+ \(opens in a new tab\)$/);
  }
}

describe('facts card', () => {
  it('shows each row’s citation with an https link opening in a new tab, and when the rules were reviewed', async () => {
    await act(() => render(<StateFactsCard facts={FACTS} today="2027-06-02" />, container));
    expect(container.textContent).toContain('40 TAC §364.1; Texas Board of Occupational Therapy Examiners');
    expect(container.textContent).toContain('Occupational Therapy Compact Commission, Practitioner FAQ');
    expectSafeNewTabLinks(['https://otcompact.gov/practitioner-faq', 'https://www.ptot.texas.gov/']);
    expect(container.textContent).toContain('Rules reviewed December 2026.');
    expect(container.textContent).not.toMatch(/may be out of date/i);
  });

  it('more than six months after the review, says the rules may be out of date', async () => {
    await act(() => render(<StateFactsCard facts={FACTS} today="2027-06-03" />, container));
    const note = container.querySelector('.stale');
    expect(note?.getAttribute('role')).toBe('note');
    expect(note?.textContent).toMatch(/May be out of date — verify/);
  });

  it('a row without a link or review date says so instead of linking anywhere', async () => {
    const bare: StateFacts = { ...FACTS, sourceUrl: 'javascript:alert(1)', reviewed: undefined, compactSource: undefined };
    await act(() => render(<StateFactsCard facts={bare} today="2026-12-02" />, container));
    expect(links()).toEqual([]);
    expect(container.textContent).toContain('no public link recorded yet');
    expect(container.textContent).toContain('Review date not recorded.');
    expect(container.textContent).toMatch(/May be out of date — verify/);
  });
});

describe('findings list', () => {
  const findings: Finding[] = runChecks(
    tailor({ extraRequirements: ['CHT required', 'Recent graduate'], location: 'Austin, TX' }),
    { today: '2026-12-02' },
  ).filter((finding) => !finding.ruleId.startsWith('pay/'));

  it('shows every finding’s source with its https link in a new tab, and the review month', async () => {
    await act(() => render(<FindingsList findings={findings} onFix={() => {}} today="2026-12-02" />, container));
    expect(findings.length).toBeGreaterThan(2);
    expectSafeNewTabLinks(
      [...findings].sort((a, b) => ['error', 'warning', 'info'].indexOf(a.severity) - ['error', 'warning', 'info'].indexOf(b.severity)).map((f) => f.sourceUrl),
    );
    for (const finding of findings) expect(container.textContent).toContain(finding.source);
    expect(container.textContent).toMatch(/Rules reviewed (November|December) 2026\./);
    expect(container.textContent).not.toMatch(/may be out of date/i);
  });

  it('flags the list once a shown finding’s review is more than six months old', async () => {
    await act(() => render(<FindingsList findings={findings} onFix={() => {}} today="2028-01-01" />, container));
    expect(container.querySelector('.stale')?.textContent).toMatch(/May be out of date — verify/);
  });
});
