import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

const tabClient = vi.hoisted(() => ({
  ensureContentScript: vi.fn(async (): Promise<'ready' | 'blocked'> => 'ready'),
  probeTab: vi.fn(async () => ({ target: null, form: null })),
}));
vi.mock('../messaging/tab-client', () => tabClient);
const { inspectTab, reachTab } = await import('./page-services');

beforeEach(() => {
  fakeBrowser.reset();
  tabClient.probeTab.mockClear();
  tabClient.ensureContentScript.mockClear();
  tabClient.ensureContentScript.mockResolvedValue('ready');
});

describe('inspectTab / reachTab', () => {
  it('returns the tab URL with the inspection, from one tabs.get', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://ats.example/jobs/new' });
    const get = vi.spyOn(fakeBrowser.tabs, 'get');
    expect(await inspectTab(tab.id!)).toEqual({ reach: 'ready', url: 'https://ats.example/jobs/new', probe: { target: null, form: null } });
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('reachTab checks reachability without scanning the page', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://ats.example/jobs/new' });
    expect(await reachTab({ tabId: tab.id! })).toEqual({ reach: 'ready', url: 'https://ats.example/jobs/new' });
    expect(tabClient.ensureContentScript).toHaveBeenCalledWith(tab.id);
    expect(tabClient.probeTab).not.toHaveBeenCalled();
    const restricted = await fakeBrowser.tabs.create({ url: 'chrome://settings/' });
    expect(await reachTab({ tabId: restricted.id! })).toEqual({ reach: 'blocked', why: 'browser-page' });
  });

  it('names why a page is out of reach, a protected one from its URL alone', async () => {
    const store = await fakeBrowser.tabs.create({ url: 'https://chromewebstore.google.com/detail/x' });
    expect(await inspectTab(store.id!)).toEqual({ reach: 'blocked', why: 'store' });
    expect(tabClient.ensureContentScript).not.toHaveBeenCalled();
    const file = await fakeBrowser.tabs.create({ url: 'file:///home/me/job.html' });
    tabClient.ensureContentScript.mockResolvedValue('blocked');
    expect(await inspectTab(file.id!)).toEqual({ reach: 'blocked', why: 'no-access' });
    expect(await inspectTab(9999)).toEqual({ reach: 'blocked', why: 'no-tab' });
  });

  it('says a page still loading is loading, without waiting for it', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://ats.example/jobs/new' });
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ ...tab, status: 'loading' });
    expect(await inspectTab(tab.id!)).toEqual({ reach: 'blocked', why: 'loading' });
    expect(tabClient.ensureContentScript).not.toHaveBeenCalled();
  });
});
