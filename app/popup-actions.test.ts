import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

const tabClient = vi.hoisted(() => ({
  ensureContentScript: vi.fn(async () => 'ready' as const),
  probeTab: vi.fn(async () => ({ target: null, form: null })),
}));
vi.mock('../messaging/tab-client', () => tabClient);
const { inspectTab, reachTab } = await import('./popup-actions');

beforeEach(() => {
  fakeBrowser.reset();
  tabClient.probeTab.mockClear();
  tabClient.ensureContentScript.mockClear();
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
    expect(await reachTab(tab.id!)).toEqual({ reach: 'ready', url: 'https://ats.example/jobs/new' });
    expect(tabClient.ensureContentScript).toHaveBeenCalledWith(tab.id);
    expect(tabClient.probeTab).not.toHaveBeenCalled();
    const restricted = await fakeBrowser.tabs.create({ url: 'chrome://settings/' });
    expect(await reachTab(restricted.id!)).toEqual({ reach: 'blocked' });
  });
});
