// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SiteAccessToggle } from './SiteAccessToggle';
import { byButton, settle } from '../common/testUtils';

// The grant per site is handed in (the `access` prop), so no module is mocked.
const access = {
  isEnabledOnSite: vi.fn(async (_url: string) => false),
  enableOnSite: vi.fn(async (_url: string) => true),
  disableOnSite: vi.fn(async (_url: string) => undefined),
};

let container: HTMLElement;
const messages: string[] = [];

async function mount(url: string) {
  await act(() => render(<SiteAccessToggle url={url} onMessage={(m) => messages.push(m)} access={access} />, container));
  await settle();
}

beforeEach(() => {
  for (const fn of Object.values(access)) fn.mockClear();
  access.isEnabledOnSite.mockResolvedValue(false);
  access.enableOnSite.mockResolvedValue(true);
  messages.length = 0;
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(async () => {
  await act(() => render(null, container));
  container.remove();
});

describe('SiteAccessToggle', () => {
  it('asks for the site inside the click, then offers to disable it', async () => {
    await mount('https://ats.example.com/jobs/new');
    const button = byButton(container, 'Enable on ats.example.com');
    button.click();
    // Synchronously: permissions.request only works inside the click's user gesture.
    expect(access.enableOnSite).toHaveBeenCalledWith('https://ats.example.com/jobs/new');
    await settle();
    expect(byButton(container, 'Disable on ats.example.com')).toBeTruthy();
    expect(messages).toEqual(['Enabled on ats.example.com: ready on every visit']);
  });

  it('says so when the browser (or the user) declines', async () => {
    access.enableOnSite.mockResolvedValue(false);
    await mount('https://ats.example.com/');
    byButton(container, 'Enable on ats.example.com').click();
    await settle();
    expect(byButton(container, 'Enable on ats.example.com')).toBeTruthy();
    expect(messages).toEqual(['Not enabled on ats.example.com']);
  });

  it('disables a granted site', async () => {
    access.isEnabledOnSite.mockResolvedValue(true);
    await mount('https://ats.example.com/');
    byButton(container, 'Disable on ats.example.com').click();
    await settle();
    expect(access.disableOnSite).toHaveBeenCalledWith('https://ats.example.com/');
    expect(byButton(container, 'Enable on ats.example.com')).toBeTruthy();
  });

  it('is absent on job boards the content script is declared on, and on non-web pages', async () => {
    await mount('https://www.linkedin.com/hiring/jobs/new');
    expect(container.querySelector('button')).toBeNull();
    await mount('file:///home/me/job.html');
    expect(container.querySelector('button')).toBeNull();
    expect(access.isEnabledOnSite).not.toHaveBeenCalled();
  });
});
