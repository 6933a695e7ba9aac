// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../checks/types';
import { postingChecks } from '../../app/checks-adapter';
import { tCount } from '../../lib/i18n';
import { byLabel, click, sidePanelMounting } from '../common/testUtils';
import { Disclosure, DISCLOSURE_STORAGE_PREFIX } from './Disclosure';
import { findingsSummaryText } from './FindingsSummary';

const finding = (severity: Finding['severity']): Finding =>
  ({ ruleId: `rule-${severity}`, severity, message: 'm', source: 's', asOf: '2026-01-01' }) as Finding;

describe('findings summary', () => {
  it('counts problems, warnings and notes with the right plural', () => {
    expect(findingsSummaryText([finding('error'), finding('error'), finding('warning'), finding('warning'), finding('warning')])).toBe(
      '2 problems · 3 warnings',
    );
    expect(findingsSummaryText([finding('warning'), finding('error'), finding('info')])).toBe('1 problem · 1 warning · 1 note');
    expect(findingsSummaryText([])).toBe('No problems found');
    expect(tCount('findingsNotes', 0)).toBe('0 notes');
  });
});

describe('disclosure groups', () => {
  let container: HTMLElement;
  beforeEach(() => {
    localStorage.clear();
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  const group = () => container.querySelector('details')!;
  const mountGroup = () => act(() => render(<Disclosure id="pay" summary="Pay"><p>inside</p></Disclosure>, container));

  it('starts closed and remembers being opened the next time the panel opens', async () => {
    await mountGroup();
    expect(group().open).toBe(false);
    await act(() => {
      group().open = true;
      group().dispatchEvent(new Event('toggle'));
    });
    expect(localStorage.getItem(`${DISCLOSURE_STORAGE_PREFIX}pay`)).toBe('1');
    await act(() => render(null, container));
    await mountGroup();
    expect(group().open).toBe(true);
  });
});

describe('side panel layout', () => {
  const panel = sidePanelMounting();

  it('puts the three choices, the findings line and the preview before every other group, in that order', async () => {
    const { container } = await panel.mount({ checks: postingChecks });
    const layout = container.querySelector('.panel-layout')!;
    const order = [...layout.children].map((child) => child.className.split(' ').find((c) => c !== 'card'));
    expect(order).toEqual(['role', 'panel-status', 'preview', 'facts', 'findings', 'editor-groups']);
    expect(byLabel(container, 'Specialty').closest('.role')).not.toBeNull();
    expect(byLabel(container, 'License state').closest('.role')).not.toBeNull();
    // Employer details, pay, wording, sections and bullets each sit in a group of their own.
    expect([...container.querySelectorAll('details.disclosure')].map((d) => d.getAttribute('data-group'))).toEqual([
      'employer',
      'pay',
      'wording',
      'sections',
      'lines',
    ]);
    expect(byLabel(container, 'Pay minimum').closest('details')?.getAttribute('data-group')).toBe('pay');
  });

  it('the findings line jumps to the findings and moves focus there', async () => {
    const { container, tailorStore } = await panel.mount({ checks: postingChecks });
    await act(() => tailorStore.getState().patch({ state: 'CO' })); // Colorado requires pay in the posting
    const link = container.querySelector<HTMLAnchorElement>('[data-testid="findings-summary"] a')!;
    expect(link.textContent).toMatch(/problem|warning/);
    expect(link.getAttribute('href')).toBe('#findings');
    await click(link);
    expect(document.activeElement?.id).toBe('findings');
  });
});
