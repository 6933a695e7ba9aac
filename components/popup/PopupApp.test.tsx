// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { TabReach, TabTarget } from '../../app/deliver-posting';
import type { Finding } from '../../checks/types';
import { afterCopy, describeInsert } from '../../app/insert-wording';
import { LAST_PRESET_KEY } from '../../app/last-preset';
import type { TabState } from '../../app/page-services';
import { browserPopupPorts } from '../../app/popup-ports';
import type { PopupPorts } from '../../app/ports';
import { TEMPLATE_CHOICE_ID } from '../../app/posting-source';
import { postingRendering } from '../../insert/renderings';
import type { InsertReply, Rendering } from '../../insert/types';
import { readPresetsSnapshot, type PresetsSnapshot } from '../../presets/read-only';
import { tailor } from '../../template';
import { byButton, byLabel, choose, click, settle } from '../common/testUtils';
import { PopupApp } from './PopupApp';
import { SiteAccessToggle, type SiteAccessToggleProps } from './SiteAccessToggle';

/** The page the popup looks at, and what it answers. Everything reaches the popup through its ports. */
let page: {
  tabState: TabState;
  /** What `inspect` answers after the page has loaded (when the first answer was `loading`). */
  afterLoad?: TabState;
  loaded: Promise<boolean>;
  insertReply: InsertReply;
};
let sentInserts: Array<{ target: TabTarget; request: { rendering: Rendering; mode: string; force?: boolean } }>;
let copies: Rendering[];
let container: HTMLElement;

const readyTab = (label = 'Job description', url?: string): TabState => ({
  reach: 'ready',
  url,
  probe: { target: { label, editor: 'textarea', via: 'focus' }, form: null },
});

/** The real preset reads (over WXT's fake browser storage); a fake tab, tab client and clipboard. */
function ports(overrides: Partial<PopupPorts> = {}): PopupPorts {
  const real = browserPopupPorts('?tab=12');
  let inspected = 0;
  return {
    ...real,
    tabs: {
      target: async () => 12,
      // The first look; once the page has loaded, `afterLoad` when given.
      inspect: vi.fn(async () => (inspected++ > 0 && page.afterLoad ? page.afterLoad : page.tabState)),
      waitLoaded: () => page.loaded,
    },
    delivery: {
      reach: async (): Promise<TabReach> => (page.tabState.reach === 'ready' || page.afterLoad ? { reach: 'ready' } : { reach: 'blocked', why: 'no-access' }),
      insert: async (target, request) => {
        sentInserts.push({ target, request: request as never });
        return page.insertReply;
      },
      fill: async () => ({ fields: [] }),
      copy: async (rendering) => void copies.push(rendering),
    },
    sidePanel: { windowId: async () => 3, open: vi.fn(async () => undefined), closePopup: vi.fn() },
    // Offered only where a test hands one in (the "Check posting" tests below).
    pageCheck: undefined,
    ...overrides,
  };
}

const preset = (id: string, name: string, options: object, createdAt = 1) => ({ id, name, options, createdAt, updatedAt: createdAt });

async function savePresets(defaultId?: string) {
  await fakeBrowser.storage.sync.set({
    'preset:oh': preset('oh', 'Ohio clinic', { state: 'OH' }, 1),
    'preset:tx': preset('tx', 'Texas schools', { state: 'TX', setting: 'school-district' }, 2),
    'preset:bad': preset('bad', 'Bad pay', { payMin: 50, payMax: 10, payUnit: 'hour' }, 3),
    'presets:meta': { schemaVersion: 1, order: ['oh', 'tx', 'bad'], ...(defaultId ? { defaultPresetId: defaultId } : {}), updatedAt: 1 },
  });
}

async function mount(props: Parameters<typeof PopupApp>[0] = { ports: ports() }) {
  await act(() => {
    render(<PopupApp {...props} />, container);
  });
  await settle();
}

const picker = () => byLabel<HTMLSelectElement>(container, 'Preset');
const optionTexts = () => [...picker().options].map((o) => o.textContent);
const insertButton = () => [...container.querySelectorAll('button')].find((b) => b.textContent!.startsWith('Insert'))!;
const status = () => container.querySelector('[role="status"]')!.textContent;
const reason = () => container.querySelector('#insert-reason')?.textContent ?? null;
const pressEnter = (target: Element) =>
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
  });

beforeEach(() => {
  fakeBrowser.reset();
  page = {
    tabState: readyTab(),
    loaded: Promise.resolve(true),
    insertReply: { status: 'inserted', label: 'Job description', editor: 'textarea', step: 'insert-text' },
  };
  sentInserts = [];
  copies = [];
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(async () => {
  await act(() => render(null, container));
  container.remove();
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

  it('shows personal presets at once while a policy answers late, with no loading line; the group joins when it comes', async () => {
    await savePresets();
    let answer: (snapshot: PresetsSnapshot) => void = () => undefined;
    const late = new Promise<PresetsSnapshot>((resolve) => (answer = resolve));
    const quick = { ...(await readPresetsSnapshot()), organizationLate: true as const };
    await mount({ ports: ports({ presets: { quick: async () => quick, full: () => late } }) });
    expect(optionTexts()).toEqual(['Default template', 'Ohio clinic', 'Texas schools', 'Bad pay']);
    expect(container.textContent).not.toMatch(/loading/i);
    expect(byButton(container, 'Copy job description').disabled).toBe(false);
    await fakeBrowser.storage.managed.set({ organizationPresets: [{ id: 'snf', name: 'Org SNF', options: {} }], defaultPresetId: 'snf' });
    await act(async () => answer(await readPresetsSnapshot()));
    await settle();
    // The organization default becomes the start, since nothing was picked meanwhile.
    expect(picker().value).toBe('org:snf');
    expect(optionTexts()).toContain('Org SNF (default)');
  });

  it('an Insert pressed before a late policy answers waits for it, so its locked fields hold', async () => {
    let answer: (snapshot: PresetsSnapshot) => void = () => undefined;
    const late = new Promise<PresetsSnapshot>((resolve) => (answer = resolve));
    const quick = { ...(await readPresetsSnapshot()), organizationLate: true as const };
    await mount({ ports: ports({ presets: { quick: async () => quick, full: () => late } }) });
    await click(insertButton());
    await settle();
    expect(sentInserts).toHaveLength(0);
    expect(status()).toBe('Working…');
    await fakeBrowser.storage.managed.set({ organizationDefaults: { company: 'Acme Health' }, lockedFields: ['company'] });
    await act(async () => answer(await readPresetsSnapshot()));
    await settle();
    expect(sentInserts).toHaveLength(1);
    expect(sentInserts[0]!.request.rendering).toEqual(postingRendering(tailor({ company: 'Acme Health' })));
  });

  it('Insert uses the picked preset, and the pick is remembered for the next popup', async () => {
    await savePresets('oh');
    await mount();
    await choose(picker(), 'tx');
    await click(insertButton());
    await settle();
    expect(sentInserts).toHaveLength(1);
    expect(sentInserts[0]!.target.tabId).toBe(12);
    expect(sentInserts[0]!.request.rendering).toEqual(postingRendering(tailor({ state: 'TX', setting: 'school-district' })));
    expect((await fakeBrowser.storage.local.get(LAST_PRESET_KEY))[LAST_PRESET_KEY]).toBe('tx');

    await act(() => render(null, container));
    await mount();
    expect(picker().value).toBe('tx');
  });

  it('words a partial insert like every other surface, and copies the whole posting', async () => {
    page.insertReply = { status: 'partial', label: 'Job description', editor: 'textarea', step: 'insert-text' };
    await mount();
    await click(insertButton());
    await settle();
    expect(status()).toBe(afterCopy(describeInsert(page.insertReply).message, true));
    expect(copies).toEqual([postingRendering(tailor({}))]);
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

describe('what happened and where', () => {
  it('the status line names the field the posting went into', async () => {
    page.tabState = readyTab('Description');
    page.insertReply = { status: 'inserted', label: 'Description', editor: 'textarea', step: 'insert-text' };
    await mount();
    await click(byButton(container, 'Insert into Description'));
    await settle();
    expect(status()).toBe('Inserted into Description');
  });

  it('a repeat asks first; "Insert it again" sends with force', async () => {
    page.insertReply = { status: 'already-inserted', label: 'Job description' };
    await mount();
    await click(insertButton());
    await settle();
    expect(status()).toBe('Already inserted into Job description');
    await click(byButton(container, 'Insert it again'));
    await settle();
    expect(sentInserts.map((s) => s.request.force)).toEqual([undefined, true]);
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

  it('Enter inserts where the page takes it (from the picker too), and a focused button is not pressed twice', async () => {
    await mount();
    await pressEnter(picker());
    await settle();
    expect(sentInserts).toHaveLength(1);
    await pressEnter(byButton(container, 'Copy job description'));
    await settle();
    // The button answers Enter itself (a click); the popup adds nothing.
    expect(sentInserts).toHaveLength(1);
    expect(copies).toHaveLength(0);
  });

  it('Enter copies on a page it cannot change (nothing focused: the key goes to the body)', async () => {
    page.tabState = { reach: 'blocked', why: 'browser-page' };
    await mount();
    await pressEnter(document.body);
    await settle();
    expect(sentInserts).toHaveLength(0);
    expect(copies).toHaveLength(1);
    expect(status()).toBe('Copied: press Ctrl+V to paste');
  });

  it('offers "Enable on <site>" after the actions on a page it can reach', async () => {
    page.tabState = { reach: 'ready', url: 'https://ats.example.com/jobs/new', probe: undefined };
    const access = { isEnabledOnSite: vi.fn(async () => false), enableOnSite: vi.fn(async () => true), disableOnSite: vi.fn(async () => undefined) };
    const Toggle = (props: SiteAccessToggleProps) => <SiteAccessToggle {...props} access={access} />;
    await mount({ ports: ports(), loadSiteAccessToggle: async () => Toggle });
    await vi.waitFor(() => expect(byButton(container, 'Enable on ats.example.com')).toBeTruthy());
    const names = [...container.querySelectorAll('button')].map((b) => b.textContent);
    expect(names.indexOf('Enable on ats.example.com')).toBeGreaterThan(names.indexOf('Open side panel'));
    await click(byButton(container, 'Enable on ats.example.com'));
    await settle();
    expect(access.enableOnSite).toHaveBeenCalledWith('https://ats.example.com/jobs/new');
  });

  it('opens the side panel straight from the click, then makes way for it', async () => {
    const popupPorts = ports();
    await mount({ ports: popupPorts });
    byButton(container, 'Open side panel').click();
    expect(popupPorts.sidePanel.open).toHaveBeenCalledWith(3);
    await settle();
    expect(popupPorts.sidePanel.closePopup).toHaveBeenCalled();
  });

  it('on a page still loading says so beside Insert, offers Copy, and offers Insert once it has loaded', async () => {
    let loaded: (value: boolean) => void = () => undefined;
    page.tabState = { reach: 'blocked', why: 'loading' };
    page.loaded = new Promise((resolve) => (loaded = resolve));
    page.afterLoad = readyTab();
    await mount();
    expect(reason()).toBe('The page is still loading');
    expect(insertButton().disabled).toBe(true);
    expect(byButton(container, 'Copy job description').disabled).toBe(false);
    await act(() => loaded(true));
    await settle();
    expect(reason()).toBeNull();
    expect(insertButton().disabled).toBe(false);
  });

  it('names the reason without waiting for the presets (a slow policy read cannot hold it up)', async () => {
    page.tabState = { reach: 'blocked', why: 'no-access' };
    await mount({ ports: ports({ presets: { quick: () => new Promise(() => undefined), full: () => new Promise(() => undefined) } }) });
    expect(reason()).toBe("The browser doesn't let the extension change this page");
    expect(container.textContent).not.toMatch(/loading/i);
  });

  it.each([
    ['browser-page', "Browser pages can't be changed by extensions"],
    ['store', "Add-on stores can't be changed by extensions"],
    ['no-access', "The browser doesn't let the extension change this page"],
  ] as const)('on a page it cannot change (%s): Insert stays, disabled, with the reason beside it; Copy is primary', async (why, text) => {
    page.tabState = { reach: 'blocked', why };
    await mount();
    expect(insertButton().disabled).toBe(true);
    expect(reason()).toBe(text);
    expect(insertButton().getAttribute('aria-describedby')).toBe('insert-reason');
    expect(byButton(container, 'Copy job description').className).toBe('primary');
    expect(status()).toBe('');
  });
});

describe('Check posting', () => {
  const cht: Finding = {
    ruleId: 'credentials/cht-not-open-to-ota',
    severity: 'error',
    sourceUrl: 'https://www.nbcot.org/',
    reviewed: '2026-12-03',
    asOf: '2026-12-03',
    message: 'CHT is a certification an OTA cannot hold.',
    source: 'NBCOT',
    quote: 'CHT certification required',
    suggestion: 'Hand-therapy experience preferred',
  };

  it('reads the page only on the click and shows each finding with its quote; Copy suggestion goes to the port, not the page', async () => {
    const check = vi.fn(async () => ({ ok: true as const, findings: [cht], fieldLabel: 'Job description', extraFields: [] }));
    const copy = vi.fn(async () => true);
    await mount({ ports: ports({ pageCheck: { check, copy } }) });
    expect(check).not.toHaveBeenCalled();
    await click(byButton(container, 'Check posting'));
    await settle();
    expect(check).toHaveBeenCalledTimes(1);
    expect(container.querySelector('.page-check [data-rule="credentials/cht-not-open-to-ota"] .quote q')?.textContent).toBe('CHT certification required');
    await click(byButton(container, 'Copy suggestion'));
    await settle();
    expect(copy).toHaveBeenCalledWith('Hand-therapy experience preferred');
    expect(sentInserts).toEqual([]);
  });

  it('is not offered on a page it cannot reach', async () => {
    page.tabState = { reach: 'blocked', why: 'browser-page' };
    await mount({ ports: ports({ pageCheck: { check: vi.fn(), copy: vi.fn() } }) });
    expect([...container.querySelectorAll('button')].some((b) => b.textContent === 'Check posting')).toBe(false);
  });
});

