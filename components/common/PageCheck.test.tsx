// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { PageCheckPort, PageCheckResult } from '../../app/ports';
import type { Finding } from '../../checks/types';
import { PageCheck } from './PageCheck';
import { byButton } from './testUtils';

const finding: Finding = {
  ruleId: 'credentials/cht-not-open-to-ota',
  severity: 'error',
  message: 'CHT is open only to OTs and PTs.',
  source: 'Hand Therapy Certification Commission',
  sourceUrl: 'https://htcc.org/certification/certification-faq',
  reviewed: '2026-12-02',
  asOf: 'crawl',
  quote: 'CHT certification required',
  suggestion: 'Hand-therapy experience preferred',
};

function port(result: PageCheckResult, copied: string[] = []): PageCheckPort {
  return { check: async () => result, copy: async (text) => (copied.push(text), true) };
}

async function mount(p: PageCheckPort) {
  const container = document.createElement('div');
  await act(() => render(<PageCheck port={p} />, container));
  await act(async () => byButton(container, 'Check the page').click());
  return container;
}

describe('PageCheck', () => {
  it('shows each finding with its quote, source link and a Copy suggestion button that only copies', async () => {
    const copied: string[] = [];
    const container = await mount(port({ ok: true, findings: [finding], fieldLabel: 'Job description', extraFields: [] }, copied));
    const item = container.querySelector('[data-rule="credentials/cht-not-open-to-ota"]');
    expect(item?.querySelector('.quote q')?.textContent).toBe('CHT certification required');
    expect(item?.querySelector('a.source-link')?.getAttribute('href')).toBe('https://htcc.org/certification/certification-faq');
    expect(container.textContent).toContain('Checked: Job description');
    await act(async () => byButton(container, 'Copy suggestion').click());
    expect(copied).toEqual(['Hand-therapy experience preferred']);
    expect(container.querySelector('[role="status"]')?.textContent).toContain('Suggestion copied');
  });

  it('says what went wrong when the page cannot be read', async () => {
    const container = await mount(port({ ok: false, message: 'No posting field found.' }));
    expect(container.querySelector('[role="status"]')?.textContent).toBe('No posting field found.');
  });

  it('a transport failure shows plain words, not the browser\'s error text', async () => {
    const failing: PageCheckPort = { check: async () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')), copy: async () => true };
    const container = await mount(failing);
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0))); // the rejection settles a tick later
    const status = container.querySelector('[role="status"]')?.textContent ?? '';
    expect(status).toBe('The page did not answer. Reload it and try again.');
  });

  it('a finding about something missing says so, and a non-https source is not a link', async () => {
    const missing: Finding = { ...finding, quote: undefined, suggestion: undefined, sourceUrl: 'http://example.com' };
    const container = await mount(port({ ok: true, findings: [missing], fieldLabel: 'Job description', extraFields: [] }));
    expect(container.textContent).toContain('Missing from the text');
    expect(container.querySelector('a.source-link')).toBeNull();
    expect(() => byButton(container, 'Copy suggestion')).toThrow();
  });
});
