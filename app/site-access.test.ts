import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  disableOnSite,
  enableOnSite,
  isEnabledOnSite,
  originPattern,
  registerSiteAccessHandlers,
  SITE_SCRIPT_ID_PREFIX,
  syncSiteContentScripts,
} from './site-access';

/** A small model of the browser: granted origins and registered scripts, with Chrome's duplicate-id error. */
let granted: Set<string>;
let registered: Map<string, { id: string; matches: string[]; js: string[] }>;
let userSaysYes: boolean;
let listeners: Record<string, Array<() => void>>;

const on = (name: string) => ({ addListener: (fn: () => void) => (listeners[name] ??= []).push(fn) });

beforeEach(() => {
  fakeBrowser.reset();
  granted = new Set(['https://employers.indeed.com/*']); // a declared content-script host, as Chrome lists it
  registered = new Map([['other-feature', { id: 'other-feature', matches: ['https://x.example/*'], js: ['x.js'] }]]);
  userSaysYes = true;
  listeners = {};
  Object.assign(fakeBrowser, {
    permissions: {
      request: vi.fn(async ({ origins }: { origins: string[] }) => {
        if (userSaysYes) origins.forEach((o) => granted.add(o));
        return userSaysYes;
      }),
      remove: vi.fn(async ({ origins }: { origins: string[] }) => origins.map((o) => granted.delete(o)).some(Boolean)),
      contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o))),
      getAll: vi.fn(async () => ({ origins: [...granted], permissions: [] })),
      onAdded: on('permissions.onAdded'),
      onRemoved: on('permissions.onRemoved'),
    },
    scripting: {
      getRegisteredContentScripts: vi.fn(async () => [...registered.values()]),
      registerContentScripts: vi.fn(async (scripts: Array<{ id: string; matches: string[]; js: string[] }>) => {
        for (const script of scripts) {
          if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
          registered.set(script.id, script);
        }
      }),
      unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
        for (const id of ids) if (!registered.has(id)) throw new Error(`Nonexistent script ID '${id}'`);
        ids.forEach((id) => registered.delete(id));
      }),
    },
  });
  fakeBrowser.runtime.onStartup = on('runtime.onStartup') as never;
  fakeBrowser.runtime.onInstalled = on('runtime.onInstalled') as never;
});

const siteScripts = () => [...registered.values()].filter((s) => s.id.startsWith(SITE_SCRIPT_ID_PREFIX));

describe('originPattern', () => {
  it('turns an origin or any URL on it into a host pattern without port or path', () => {
    expect(originPattern('https://ats.example.com')).toBe('https://ats.example.com/*');
    expect(originPattern('http://localhost:8080/jobs/new?x=1#y')).toBe('http://localhost/*');
  });

  it.each(['chrome://extensions', 'file:///tmp/a.html', 'about:blank', 'not a url', ''])('refuses %j with a clear error', (input) => {
    expect(() => originPattern(input)).toThrow(/http|web address/);
  });
});

describe('enableOnSite / disableOnSite', () => {
  it('asks for exactly this origin, then registers the content script there', async () => {
    expect(await enableOnSite('https://ats.example.com/jobs/1')).toBe(true);
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['https://ats.example.com/*'] });
    expect(siteScripts()).toEqual([
      expect.objectContaining({ matches: ['https://ats.example.com/*'], js: ['content-scripts/content.js'] }),
    ]);
    expect(await isEnabledOnSite('https://ats.example.com')).toBe(true);
  });

  it('a refusal changes nothing', async () => {
    userSaysYes = false;
    expect(await enableOnSite('https://ats.example.com')).toBe(false);
    expect(siteScripts()).toEqual([]);
    expect(await isEnabledOnSite('https://ats.example.com')).toBe(false);
  });

  it('disable unregisters and gives the grant back, leaving other registrations alone', async () => {
    await enableOnSite('https://a.example');
    await enableOnSite('https://b.example');
    await disableOnSite('https://a.example');
    expect(siteScripts().map((s) => s.matches[0])).toEqual(['https://b.example/*']);
    expect(granted.has('https://a.example/*')).toBe(false);
    expect(registered.has('other-feature')).toBe(true);
    // Disabling a site that was never enabled is harmless.
    await expect(disableOnSite('https://never.example')).resolves.toBeUndefined();
  });
});

describe('syncSiteContentScripts', () => {
  it('registers granted origins, drops withdrawn ones, and skips declared job-board hosts', async () => {
    granted.add('https://a.example/*');
    registered.set(`${SITE_SCRIPT_ID_PREFIX}https://gone.example/*`, {
      id: `${SITE_SCRIPT_ID_PREFIX}https://gone.example/*`,
      matches: ['https://gone.example/*'],
      js: ['content-scripts/content.js'],
    });
    expect(await syncSiteContentScripts()).toEqual({ registered: ['https://a.example/*'], unregistered: ['https://gone.example/*'] });
    expect(siteScripts().map((s) => s.matches[0])).toEqual(['https://a.example/*']);
  });

  it('is idempotent and survives a concurrent run (duplicate ids are skipped)', async () => {
    granted.add('https://a.example/*');
    await Promise.all([syncSiteContentScripts(), syncSiteContentScripts()]);
    expect(await syncSiteContentScripts()).toEqual({ registered: [], unregistered: [] });
    expect(siteScripts()).toHaveLength(1);
  });
});

describe('registerSiteAccessHandlers', () => {
  it('re-syncs on install, startup and every grant change', async () => {
    registerSiteAccessHandlers();
    expect(Object.keys(listeners).sort()).toEqual([
      'permissions.onAdded',
      'permissions.onRemoved',
      'runtime.onInstalled',
      'runtime.onStartup',
    ]);
    granted.add('https://settings.example/*'); // granted in the browser's own site-access settings
    listeners['permissions.onAdded']![0]!();
    await vi.waitFor(() => expect(siteScripts().map((s) => s.matches[0])).toEqual(['https://settings.example/*']));
    granted.clear();
    listeners['permissions.onRemoved']![0]!();
    await vi.waitFor(() => expect(siteScripts()).toEqual([]));
  });
});
