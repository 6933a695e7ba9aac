import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { register, SKIP_WELCOME_KEY, WELCOME_PATH } from './welcome';

const manifest: Record<string, unknown> = {};

beforeEach(() => {
  fakeBrowser.reset();
  for (const key of Object.keys(manifest)) delete manifest[key];
  Object.assign(manifest, { manifest_version: 3, name: 'OTA Job Post Assistant', version: '0.1.0' });
  // fakeBrowser has no getManifest: each test decides what the loaded manifest holds.
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockImplementation(() => manifest as never);
});

async function installEvent(reason: string): Promise<string[]> {
  register();
  await fakeBrowser.runtime.onInstalled.trigger({ reason, temporary: false } as never);
  await new Promise((resolve) => setTimeout(resolve, 0));
  const tabs = await fakeBrowser.tabs.query({});
  return tabs.flatMap((tab) => (tab.url ? [tab.url] : [])); // the fake starts with one blank tab
}

describe('welcome page on first run', () => {
  it('opens on install', async () => {
    const urls = await installEvent('install');
    expect(urls).toEqual([fakeBrowser.runtime.getURL(WELCOME_PATH)]);
  });

  it('does not open on update, a browser update or a shared-module update', async () => {
    for (const reason of ['update', 'chrome_update', 'browser_update', 'shared_module_update']) {
      expect(await installEvent(reason)).toEqual([]);
    }
  });

  it('does not open when the manifest carries the test harness key', async () => {
    manifest[SKIP_WELCOME_KEY] = true;
    expect(await installEvent('install')).toEqual([]);
  });

  it('only the literal true skips it (a stray value does not silence first run)', async () => {
    manifest[SKIP_WELCOME_KEY] = 'yes';
    expect(await installEvent('install')).toHaveLength(1);
  });
});
