import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { postingRendering } from '../../insert/renderings';
import { tailor } from '../../template';
import { startBackground } from './index';
import { MANAGED_READ_TIMEOUT_MS } from '../../presets/read-only';
import { CONTEXT_MENU_ID, LATE_POLICY_RETRY_MS, MENU_REBUILD_DELAY_MS, OPEN_PANEL_MENU_ID } from './context-menu';
import { writeClipboardInPage } from '../page-clipboard';
import type { InsertReply } from '../../messaging/protocol';

const executeScript = vi.fn();
const create = vi.fn();
const removeAll = vi.fn(async () => {});
const setPanelBehavior = vi.fn(async () => {});
const openPanel = vi.fn(async () => {});
let clickListeners: Array<(info: { menuItemId: string | number; frameId?: number }, tab?: { id?: number; url?: string; windowId?: number }) => void>;
let commandListeners: Array<(command: string, tab?: { id?: number; url?: string }) => void>;
/** What the content script answers to an insert. */
let insertReply: InsertReply;
let sentInserts: Array<{ rendering: { html: string; text: string } }>;

beforeEach(() => {
  fakeBrowser.reset();
  for (const fn of [executeScript, create, removeAll, setPanelBehavior, openPanel]) fn.mockClear();
  executeScript.mockReset();
  clickListeners = [];
  commandListeners = [];
  sentInserts = [];
  insertReply = { status: 'inserted', label: 'Description', editor: 'textarea', step: 'insert-text' };
  // fakeBrowser has no scripting / contextMenus / commands / sidePanel: the slices the background uses.
  Object.assign(fakeBrowser, {
    scripting: { executeScript },
    contextMenus: { removeAll, create, onClicked: { addListener: (fn: (typeof clickListeners)[number]) => clickListeners.push(fn) } },
    commands: { onCommand: { addListener: (fn: (typeof commandListeners)[number]) => commandListeners.push(fn) } },
    sidePanel: { setPanelBehavior, open: openPanel },
  });
  // fakeBrowser has no permission events; site access (app/site-access.test.ts) tests its own wiring.
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.action, 'setTitle').mockClear();
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tabId: number, message: { type: string }) => {
    if (message.type === 'content/ping') return { ok: true };
    if (message.type === 'content/insert') {
      sentInserts.push(message as never);
      return insertReply;
    }
    return undefined;
  }) as never);
});

afterEach(() => {
  vi.useRealTimers();
  delete (fakeBrowser as { sidePanel?: unknown }).sidePanel;
});

const preset = (id: string, name: string, options: object, createdAt = 1) => ({ id, name, options, createdAt, updatedAt: createdAt });

async function savePresets(defaultId?: string) {
  await fakeBrowser.storage.sync.set({
    'preset:oh': preset('oh', 'Ohio clinic', { state: 'OH' }, 1),
    'preset:tx': preset('tx', 'Texas & schools', { state: 'TX', setting: 'school-district' }, 2),
    'presets:meta': { schemaVersion: 1, order: ['oh', 'tx'], ...(defaultId ? { defaultPresetId: defaultId } : {}), updatedAt: 1 },
  });
}

const titles = () => create.mock.calls.map(([item]) => item.title as string);
const lastTitle = () => vi.mocked(fakeBrowser.action.setTitle).mock.calls.at(-1)?.[0].title;

describe('context menu', () => {
  it('is built at install from the presets, the default first, plus an Open side panel item', async () => {
    await savePresets('tx');
    startBackground();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(4));
    expect(removeAll).toHaveBeenCalledTimes(1);
    // '&' is doubled: a single one would mark the next letter as the access key.
    expect(titles()).toEqual(['Insert OTA job description', 'Texas && schools (default)', 'Ohio clinic', 'Open OTA side panel']);
  });

  it('is rebuilt once, after a burst of preset changes settles; other keys leave it alone', async () => {
    vi.useFakeTimers();
    startBackground();
    await fakeBrowser.storage.local.set({ 'sidepanel:draft': { x: 1 } });
    await vi.advanceTimersByTimeAsync(MENU_REBUILD_DELAY_MS * 2);
    expect(removeAll).not.toHaveBeenCalled();

    await savePresets();
    await fakeBrowser.storage.sync.set({ 'preset:ny': preset('ny', 'New York', { state: 'NY' }, 3) });
    await vi.advanceTimersByTimeAsync(MENU_REBUILD_DELAY_MS - 50);
    expect(removeAll).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    await vi.waitFor(() => expect(create).toHaveBeenCalled());
    expect(removeAll).toHaveBeenCalledTimes(1);
    // No default preset: the template comes first.
    expect(titles()).toEqual(['Insert OTA job description', 'Default template', 'Ohio clinic', 'Texas && schools', 'New York', 'Open OTA side panel']);
    expect(create.mock.calls.slice(1, 5).every(([item]) => item.parentId === CONTEXT_MENU_ID && item.contexts[0] === 'editable')).toBe(true);
  });

  it('is built again once a late organization policy answers (browser just started)', async () => {
    vi.useFakeTimers();
    let answer: (values: Record<string, unknown>) => void = () => undefined;
    vi.spyOn(fakeBrowser.storage.managed, 'get')
      .mockReturnValueOnce(new Promise((resolve) => (answer = resolve)) as never)
      .mockResolvedValue({ organizationPresets: [{ id: 'snf', name: 'Org SNF', options: {} }] } as never);
    startBackground();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.advanceTimersByTimeAsync(MANAGED_READ_TIMEOUT_MS + 10);
    expect(titles()).toEqual(['Insert OTA job description', 'Open OTA side panel']);
    answer({});
    create.mockClear();
    await vi.advanceTimersByTimeAsync(LATE_POLICY_RETRY_MS + 10);
    await vi.waitFor(() => expect(titles()).toContain('Organization: Org SNF'));
    // Parent, the template (no default), a separator before the organization group, the panel item.
    expect(titles()).toEqual(['Insert OTA job description', 'Default template', '', 'Organization: Org SNF', 'Open OTA side panel']);
  });

  it('inserts the preset that was clicked into the frame that was right-clicked', async () => {
    await savePresets('oh');
    startBackground();
    clickListeners[0]!({ menuItemId: `${CONTEXT_MENU_ID}/tx`, frameId: 0 }, { id: 4, url: 'https://ats.example/jobs/new', windowId: 1 });
    await vi.waitFor(() => expect(lastTitle()).toBeDefined());
    expect(sentInserts.at(-1)!.rendering).toEqual(postingRendering(tailor({ state: 'TX', setting: 'school-district' })));
    expect(lastTitle()).toBe('OTA Job Post Assistant — Inserted into Description');
  });

  it('opens the side panel inside the click itself (no await before it)', () => {
    startBackground();
    clickListeners[0]!({ menuItemId: OPEN_PANEL_MENU_ID }, { id: 4, windowId: 9 });
    expect(openPanel).toHaveBeenCalledWith({ windowId: 9 });
  });

  it('lets the toolbar button open the popup in Chrome', () => {
    startBackground();
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: false });
  });
});

describe('keyboard command', () => {
  it('inserts the default preset into the focused field', async () => {
    await savePresets('oh');
    startBackground();
    commandListeners[0]!('insert-posting', { id: 4, url: 'https://ats.example/jobs/new' });
    await vi.waitFor(() => expect(lastTitle()).toBeDefined());
    expect(sentInserts).toHaveLength(1);
    expect(sentInserts[0]!.rendering).toEqual(postingRendering(tailor({ state: 'OH' })));
  });

  it('reports a default preset that no longer tailors, and inserts nothing', async () => {
    await fakeBrowser.storage.sync.set({
      'preset:bad': preset('bad', 'Bad pay', { payMin: 50, payMax: 10, payUnit: 'hour' }),
      'presets:meta': { schemaVersion: 1, order: ['bad'], defaultPresetId: 'bad', updatedAt: 1 },
    });
    startBackground();
    commandListeners[0]!('insert-posting', { id: 4, url: 'https://ats.example/jobs/new' });
    await vi.waitFor(() => expect(lastTitle()).toBeDefined());
    expect(sentInserts).toHaveLength(0);
    expect(lastTitle()).toMatch(/The preset “Bad pay” can't be used: payMin/);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('!');
  });

  it('puts the posting on the clipboard in the page when the field refuses it', async () => {
    insertReply = { status: 'refused', label: 'Description', editor: 'custom' };
    executeScript.mockResolvedValue([{ result: true }]);
    startBackground();
    commandListeners[0]!('insert-posting', { id: 4, url: 'https://ats.example/jobs/new' });
    await vi.waitFor(() => expect(lastTitle()).toBeDefined());
    const copyCall = executeScript.mock.calls.find(([call]) => call.func === writeClipboardInPage)![0];
    expect(copyCall.target).toEqual({ tabId: 4, frameIds: [0] });
    expect(copyCall.args).toEqual([postingRendering(tailor({})).html, postingRendering(tailor({})).text]);
    expect(lastTitle()).toMatch(/^OTA Job Post Assistant — Copied: press Ctrl\+V to paste \(Description did not accept the text\)$/);
  });

  it('on a page no extension may change, sends nothing, tries no copy there, and says why', async () => {
    startBackground();
    commandListeners[0]!('insert-posting', { id: 4, url: 'chrome://settings/' });
    await vi.waitFor(() => expect(lastTitle()).toBeDefined());
    expect(sentInserts).toHaveLength(0);
    expect(executeScript).not.toHaveBeenCalled();
    expect(lastTitle()).toBe("OTA Job Post Assistant — Browser pages can't be changed by extensions — open the extension and use Copy");
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('!');
  });

  it('says to use Copy when even the page clipboard is refused', async () => {
    insertReply = { status: 'refused', label: 'Description', editor: 'custom' };
    executeScript.mockImplementation(async (call: { func?: unknown }) => {
      if (call.func === writeClipboardInPage) throw new Error('Cannot access contents of the page');
      return [];
    });
    startBackground();
    commandListeners[0]!('insert-posting', { id: 4, url: 'https://ats.example/jobs/new' });
    await vi.waitFor(() => expect(lastTitle()).toBeDefined());
    expect(lastTitle()).toMatch(/open the extension and use Copy$/);
  });
});

describe('background main-world route', () => {
  it('runs the page-world step in the sending frame only, for our own content scripts', async () => {
    executeScript.mockResolvedValue([{ result: { route: 'tinymce-api' } }]);
    startBackground();
    const message = { type: 'background/main-world-insert', rendering: { html: '<p>x</p>', text: 'x' }, editor: 'tinymce' };
    const sender = { id: fakeBrowser.runtime.id, tab: { id: 7 } as never, frameId: 3 };
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(message, sender);
    expect(reply).toEqual({ route: 'tinymce-api' });
    expect(executeScript).toHaveBeenCalledTimes(1);
    const call = executeScript.mock.calls[0]![0];
    expect(call.target).toEqual({ tabId: 7, frameIds: [3] });
    expect(call.world).toBe('MAIN');
    expect(call.args).toEqual(['<p>x</p>', 'x', 'tinymce']);
  });

  it('ignores other extensions, extension pages without a tab, and malformed requests', async () => {
    startBackground();
    const good = { type: 'background/main-world-insert', rendering: { html: '', text: 'x' }, editor: 'quill' };
    const results = [
      ...(await fakeBrowser.runtime.onMessage.trigger(good, { id: 'someone-else', tab: { id: 1 } as never })),
      ...(await fakeBrowser.runtime.onMessage.trigger(good, { id: fakeBrowser.runtime.id })),
      ...(await fakeBrowser.runtime.onMessage.trigger({ type: 'background/main-world-insert' }, { id: fakeBrowser.runtime.id, tab: { id: 1 } as never })),
    ];
    expect(results.every((r) => r === undefined)).toBe(true);
    expect(executeScript).not.toHaveBeenCalled();
  });
});

describe('context menu in a child frame', () => {
  /** Frame 0 always has the script; frame 5 answers pings only after an injection into it. */
  function framesWith(childInsert: () => Promise<InsertReply | undefined>) {
    let childInjected = false;
    executeScript.mockImplementation(async (call: { target: { frameIds?: number[] }; files?: string[]; func?: unknown }) => {
      if (call.files && call.target.frameIds?.includes(5)) childInjected = true;
      return call.func === writeClipboardInPage ? [{ result: true }] : [];
    });
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tab: number, message: { type: string }, options?: { frameId?: number }) => {
      if (options?.frameId !== 5) return message.type === 'content/ping' ? { ok: true } : insertReply;
      if (message.type === 'content/ping') return childInjected ? { ok: true } : undefined;
      return childInsert();
    }) as never);
  }
  const rightClickInFrame5 = () =>
    clickListeners[0]!({ menuItemId: CONTEXT_MENU_ID, frameId: 5 }, { id: 4, url: 'https://ats.example/jobs/new', windowId: 1 });

  it('injects the content script into that frame when it does not answer the ping, then inserts there', async () => {
    framesWith(async () => insertReply);
    startBackground();
    rightClickInFrame5();
    await vi.waitFor(() => expect(lastTitle()).toBeDefined());
    const injection = executeScript.mock.calls.find(([call]) => call.files)![0];
    expect(injection.target).toEqual({ tabId: 4, frameIds: [5] });
    expect(lastTitle()).toBe('OTA Job Post Assistant — Inserted into Description');
  });

  it('copies instead when the send to the frame fails', async () => {
    framesWith(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    startBackground();
    rightClickInFrame5();
    await vi.waitFor(() => expect(lastTitle()).toBeDefined());
    const copy = executeScript.mock.calls.find(([call]) => call.func === writeClipboardInPage)![0];
    expect(copy.target).toEqual({ tabId: 4, frameIds: [5] });
    expect(lastTitle()).toMatch(/Copied: press Ctrl\+V to paste/);
  });

  it('treats a focused frame that never answers as refused (copy + Ctrl+V), not "click into the field"', async () => {
    framesWith(async () => undefined);
    startBackground();
    rightClickInFrame5();
    await vi.waitFor(() => expect(lastTitle()).toBeDefined());
    expect(lastTitle()).toMatch(/Copied: press Ctrl\+V to paste/);
    expect(lastTitle()).not.toMatch(/Click into the job description field/);
  });
});

describe('shortcut with focus in a child frame', () => {
  it('injects into all frames and asks again, then copies when the focused frame still stays silent', async () => {
    executeScript.mockImplementation(async (call: { func?: unknown }) => (call.func === writeClipboardInPage ? [{ result: true }] : []));
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tab: number, message: { type: string; scope?: string }) => {
      if (message.type === 'content/ping') return { ok: true };
      return message.scope === 'top' ? { status: 'focus-in-child-frame' } : undefined;
    }) as never);
    startBackground();
    commandListeners[0]!('insert-posting', { id: 4, url: 'https://ats.example/jobs/new' });
    await vi.waitFor(() => expect(lastTitle()).toBeDefined());
    expect(executeScript.mock.calls.some(([call]) => call.files && call.target.allFrames)).toBe(true);
    expect(lastTitle()).toMatch(/Copied: press Ctrl\+V to paste/);
  });
});
