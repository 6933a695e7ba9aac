// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { postingRendering } from '../../insert/renderings';
import { LAST_PRESET_KEY } from '../../app/last-preset';
import { afterCopy, describeInsert } from '../../app/insert-wording';
import { STATUS, type TabState } from '../../app/popup-actions';
import { TEMPLATE_CHOICE_ID } from '../../app/posting-source';
import type { InsertReply } from '../../messaging/protocol';
import { tailor } from '../../template';
import { PopupApp, STILL_LOADING } from './PopupApp';
import { byButton, byLabel, choose, click, settle } from '../shared/testUtils';

const tabClient = vi.hoisted(() => ({
  insertIntoTab: vi.fn(async (): Promise<InsertReply> => ({ status: 'inserted', label: 'Job description', editor: 'textarea', step: 'insert-text' })),
  fillTab: vi.fn(async () => ({ fields: [] })),
}));
const page = vi.hoisted(() => ({
  tabState: { reach: 'ready', url: undefined, probe: { target: { label: 'Job description', editor: 'textarea', via: 'focus' }, form: null } } as TabState,
  loaded: true,
}));

vi.mock('../../messaging/tab-client', () => tabClient);
vi.mock('../../app/site-access', () => ({
  isEnabledOnSite: vi.fn(async () => false),
  enableOnSite: vi.fn(async () => true),
  disableOnSite: vi.fn(async () => undefined),
}));
vi.mock('../../messaging/tab-loading', () => ({ waitForTabLoaded: vi.fn(async () => page.loaded) }));
vi.mock('../../app/popup-actions', async (original) => ({
  ...(await original<typeof import('../../app/popup-actions')>()),
  resolveTargetTabId: vi.fn(async () => 12),
  inspectTab: vi.fn(async () => page.tabState),
}));

let container: HTMLElement;

const preset = (id: string, name: string, options: object, createdAt = 1) => ({ id, name, options, createdAt, updatedAt: createdAt });

async function savePresets(defaultId?: string) {
  await fakeBrowser.storage.sync.set({
    'preset:oh': preset('oh', 'Ohio clinic', { state: 'OH' }, 1),
    'preset:tx': preset('tx', 'Texas schools', { state: 'TX', setting: 'school-district' }, 2),
    'preset:bad': preset('bad', 'Bad pay', { payMin: 50, payMax: 10, payUnit: 'hour' }, 3),
    'presets:meta': { schemaVersion: 1, order: ['oh', 'tx', 'bad'], ...(defaultId ? { defaultPresetId: defaultId } : {}), updatedAt: 1 },
  });
}

async function mount() {
  await act(() => {
    render(<PopupApp />, container);
  });
  await settle();
}

const picker = () => byLabel<HTMLSelectElement>(container, 'Preset');
const optionTexts = () => [...picker().options].map((o) => o.textContent);
const insertButton = () => [...container.querySelectorAll('button')].find((b) => b.textContent!.startsWith('Insert'))!;
const status = () => container.querySelector('[role="status"]')!.textContent;

beforeEach(() => {
  fakeBrowser.reset();
  tabClient.insertIntoTab.mockClear();
  page.loaded = true;
  page.tabState = { reach: 'ready', url: undefined, probe: { target: { label: 'Job description', editor: 'textarea', via: 'focus' }, form: null } };
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(async () => {
  await act(() => render(null, container));
  container.remove();
  delete (fakeBrowser as { sidePanel?: unknown }).sidePanel;
  vi.restoreAllMocks();
});

describe('preset picker', () => {
  it('offers only the default template when there are no presets', async () => {
    await mount();
    expect(optionTexts()).toEqual(['Default template']);
    expect(picker().value).toBe(TEMPLATE_CHOICE_ID);
  });

  it('lists the default preset first and starts on it', async () => {
    await savePresets('tx');
    await mount();
    expect(optionTexts()).toEqual(['Texas schools (default)', 'Ohio clinic', 'Bad pay']);
    expect(picker().value).toBe('tx');
  });

  it('shows organization presets in their own read-only group', async () => {
    await savePresets('oh');
    await fakeBrowser.storage.managed.set({ organizationPresets: [{ id: 'snf', name: 'Org SNF', options: { setting: 'skilled-nursing' } }] });
    await mount();
    const groups = [...picker().querySelectorAll('optgroup')].map((g) => [g.label, [...g.querySelectorAll('option')].map((o) => o.textContent)]);
    expect(groups).toEqual([
      ['Your presets', ['Ohio clinic (default)', 'Texas schools', 'Bad pay']],
      ['Organization', ['Org SNF']],
    ]);
  });

  it('waits for a late organization policy before acting, then applies it', async () => {
    await savePresets();
    let answer: (values: Record<string, unknown>) => void = () => undefined;
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(new Promise((resolve) => (answer = resolve)) as never);
    await act(() => {
      render(<PopupApp />, container);
    });
    await vi.waitFor(() => expect(status()).toBe("Loading your organization's presets…"), { timeout: 2000 });
    expect(optionTexts()).toEqual(['Default template', 'Ohio clinic', 'Texas schools', 'Bad pay']);
    expect(byButton(container, 'Copy job description').disabled).toBe(true);
    await act(() => answer({ organizationPresets: [{ id: 'snf', name: 'Org SNF', options: {} }], defaultPresetId: 'snf' }));
    await settle();
    // The organization default becomes the start, since nothing was picked meanwhile.
    expect(picker().value).toBe('org:snf');
    expect(byButton(container, 'Copy job description').disabled).toBe(false);
  });

  it('Insert uses the picked preset, and the pick is remembered for the next popup', async () => {
    await savePresets('oh');
    await mount();
    await choose(picker(), 'tx');
    await click(insertButton());
    await settle();
    expect(tabClient.insertIntoTab).toHaveBeenCalledTimes(1);
    const [tabId, request] = tabClient.insertIntoTab.mock.calls[0] as unknown as [number, { rendering: unknown }];
    expect(tabId).toBe(12);
    expect(request.rendering).toEqual(postingRendering(tailor({ state: 'TX', setting: 'school-district' })));
    expect((await fakeBrowser.storage.local.get(LAST_PRESET_KEY))[LAST_PRESET_KEY]).toBe('tx');

    await act(() => render(null, container));
    await mount();
    expect(picker().value).toBe('tx');
  });

  it('words a partial insert like every other surface, and copies the whole posting', async () => {
    const writes: unknown[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { write: async (items: unknown[]) => void writes.push(...items), writeText: async () => undefined },
    });
    const reply: InsertReply = { status: 'partial', label: 'Job description', editor: 'textarea', step: 'insert-text' };
    tabClient.insertIntoTab.mockResolvedValueOnce(reply);
    await mount();
    await click(insertButton());
    await settle();
    expect(status()).toBe(afterCopy(describeInsert(reply).message, true));
    expect(writes).toHaveLength(1);
  });

  it('a remembered preset that was deleted falls back to the default', async () => {
    await savePresets('oh');
    await fakeBrowser.storage.local.set({ [LAST_PRESET_KEY]: 'deleted' });
    await mount();
    expect(picker().value).toBe('oh');
  });

  it('says why a preset cannot be used and blocks Insert/Copy instead of using something else', async () => {
    await savePresets('oh');
    await mount();
    await choose(picker(), 'bad');
    expect(status()).toMatch(/The preset “Bad pay” can't be used: payMin \(50\) is greater than payMax \(10\)/);
    expect(insertButton().disabled).toBe(true);
    expect(byButton(container, 'Copy job description').disabled).toBe(true);
    await choose(picker(), 'oh');
    expect(insertButton().disabled).toBe(false);
  });
});

describe('keyboard and pages it cannot change', () => {
  it('is native controls in a sensible tab order: picker, Insert, Copy, Open side panel', async () => {
    await mount();
    const focusable = [...container.querySelectorAll<HTMLElement>('select, button, input')].filter((el) => !el.hasAttribute('disabled'));
    expect(focusable.map((el) => (el.tagName === 'SELECT' ? 'select' : el.textContent || el.getAttribute('type')))).toEqual([
      'select',
      'Insert into Job description',
      'Copy job description',
      'Open side panel',
      'checkbox',
    ]);
    expect(container.querySelectorAll('[tabindex]')).toHaveLength(0);
    expect([...container.querySelectorAll('button')].every((b) => b.type === 'button')).toBe(true);
  });

  it('offers "Enable on <site>" after the actions on a page it can reach', async () => {
    const tabsGet = vi.spyOn(fakeBrowser.tabs, 'get');
    page.tabState = { reach: 'ready', url: 'https://ats.example.com/jobs/new', probe: undefined };
    await mount();
    await vi.waitFor(() => expect(byButton(container, 'Enable on ats.example.com')).toBeTruthy());
    const names = [...container.querySelectorAll('button')].map((b) => b.textContent);
    expect(names.indexOf('Enable on ats.example.com')).toBeGreaterThan(names.indexOf('Open side panel'));
    // The URL comes with the tab inspection: no second tabs.get.
    expect(tabsGet).not.toHaveBeenCalled();
  });

  it('opens the side panel straight from the click', async () => {
    const open = vi.fn(async () => undefined);
    Object.assign(fakeBrowser, { sidePanel: { open } });
    vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: 3 } as never);
    await mount();
    byButton(container, 'Open side panel').click();
    expect(open).toHaveBeenCalledWith({ windowId: 3 });
  });

  it('on a page still loading says so and offers Copy only', async () => {
    page.loaded = false;
    await mount();
    expect(status()).toBe(STILL_LOADING);
    expect(insertButton()).toBeUndefined();
    expect(byButton(container, 'Copy job description').disabled).toBe(false);
  });

  it('on a page extensions cannot change says so and offers Copy only', async () => {
    page.tabState = { reach: 'blocked' };
    await mount();
    expect(status()).toBe(STATUS.blocked);
    expect(insertButton()).toBeUndefined();
    expect(byButton(container, 'Copy job description').className).toBe('primary');
  });
});
