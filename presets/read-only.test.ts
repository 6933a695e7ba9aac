import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { hasMarkup } from './policy-rules';
import { findMarkup } from './schema';
import { fakeBrowser } from 'wxt/testing';
import { META_KEY as STORE_META_KEY, PRESET_KEY_PREFIX as STORE_PREFIX } from './migrations';
import { findPreset, isPresetStorageKey, META_KEY, PRESET_KEY_PREFIX, readPresetsSnapshot } from './read-only';
import { selectSortedPresets } from './store';
import { openStore, samplePreset, settle } from './test-support';

beforeEach(() => fakeBrowser.reset());

const area = (data: Record<string, unknown>) => ({ get: async () => data });

describe('readPresetsSnapshot', () => {
  it('uses the same keys as the store', () => {
    expect(PRESET_KEY_PREFIX).toBe(STORE_PREFIX);
    expect(META_KEY).toBe(STORE_META_KEY);
    expect(isPresetStorageKey('preset:a')).toBe(true);
    expect(isPresetStorageKey('presets:meta')).toBe(true);
    expect(isPresetStorageKey('popup:lastPreset')).toBe(false);
  });

  it('lists what the store saved, in the store order with the default first', async () => {
    const store = await openStore('w1');
    const a = store.getState().create('Alpha', { specialty: 'pediatrics' });
    const b = store.getState().create('Beta', { state: 'TX' });
    const c = store.getState().create('Gamma', {});
    store.getState().setDefault(b.id);
    await settle(store);
    const snapshot = await readPresetsSnapshot({ sync: fakeBrowser.storage.sync, local: fakeBrowser.storage.local });
    expect(snapshot.personal.map((p) => p.name)).toEqual(['Beta', 'Alpha', 'Gamma']);
    expect(snapshot.personal.map((p) => p.id)).toEqual(selectSortedPresets(store.getState()).map((p) => p.id));
    expect(snapshot.defaultId).toBe(b.id);
    expect(findPreset(snapshot, a.id)?.options).toEqual({ specialty: 'pediatrics' });
    expect(findPreset(snapshot, c.id)?.group).toBe('personal');
  });

  it('takes the newest copy when sync and local both hold a preset, and reports unreadable values', async () => {
    const old = samplePreset('p1', { name: 'Old', updatedAt: 1 });
    const fresh = samplePreset('p1', { name: 'Fresh', updatedAt: 5 });
    const snapshot = await readPresetsSnapshot({
      sync: area({ 'preset:p1': old, 'preset:broken': { id: 'broken', name: 3 }, 'preset:mismatch': samplePreset('other') }),
      local: area({ 'preset:p1': fresh }),
    });
    expect(snapshot.personal.map((p) => p.name)).toEqual(['Fresh']);
    expect(snapshot.unreadable.sort()).toEqual(['broken', 'mismatch']);
    expect(snapshot.defaultId).toBeNull();
  });

  it('never throws when an area is missing or fails (Firefox without a policy)', async () => {
    const failing = { get: async () => Promise.reject(new Error('Managed storage manifest not found')) };
    const snapshot = await readPresetsSnapshot({ sync: failing, managed: failing });
    expect(snapshot).toEqual({ personal: [], organization: [], defaultId: null, unreadable: [], rules: { defaults: {}, lockedFields: [] } });
  });

  it('does not let a slow storage.managed (browser just started) hold up personal presets', async () => {
    const never = { get: () => new Promise<Record<string, unknown>>(() => undefined) };
    const snapshot = await readPresetsSnapshot({ sync: area({ 'preset:p1': samplePreset('p1') }), managed: never }, 20);
    expect(snapshot.personal.map((p) => p.id)).toEqual(['p1']);
    expect(snapshot.organizationLate).toBe(true);
    const onTime = await readPresetsSnapshot({ sync: area({}), managed: area({}) }, 20);
    expect(onTime.organizationLate).toBeUndefined();
  });

  it('ignores a default that names a missing preset', async () => {
    const snapshot = await readPresetsSnapshot({
      sync: area({ 'preset:p1': samplePreset('p1'), [META_KEY]: { schemaVersion: 1, order: ['gone', 'p1'], defaultPresetId: 'gone', updatedAt: 1 } }),
    });
    expect(snapshot.defaultId).toBeNull();
    expect(snapshot.personal.map((p) => p.id)).toEqual(['p1']);
  });
});

describe('organization presets', () => {
  it('are read-only choices with org: ids; the organization default applies only when the user has none', async () => {
    const managed = {
      organizationPresets: [
        { id: 'peds', name: 'District pediatrics', options: { specialty: 'pediatrics' } },
        { id: 'peds', name: 'Duplicate', options: {} },
        { id: 'bad id!', name: 'Bad', options: {} },
        { id: 'snf', name: 'SNF' },
      ],
      defaultPresetId: 'snf',
    };
    const orgOnly = await readPresetsSnapshot({ managed: area(managed) });
    expect(orgOnly.organization.map((p) => [p.id, p.name, p.group])).toEqual([
      ['org:peds', 'District pediatrics', 'organization'],
      ['org:snf', 'SNF', 'organization'],
    ]);
    expect(orgOnly.defaultId).toBe('org:snf');
    const withPersonal = await readPresetsSnapshot({
      managed: area(managed),
      sync: area({ 'preset:p1': samplePreset('p1'), [META_KEY]: { schemaVersion: 1, order: ['p1'], defaultPresetId: 'p1', updatedAt: 1 } }),
    });
    expect(withPersonal.defaultId).toBe('p1');
    expect(findPreset(withPersonal, 'org:peds')?.options).toEqual({ specialty: 'pediatrics' });
  });
});

describe('organization rules', () => {
  it('reads the rules from the managed values, and an org default named with or without org:', async () => {
    const snapshot = await readPresetsSnapshot({
      managed: area({
        organizationPresets: [{ id: 'a', name: 'A', options: {} }],
        organizationDefaults: { company: 'Acme' },
        lockedFields: ['company', 7],
        defaultPresetId: 'org:a',
      }),
    });
    expect(snapshot.rules).toEqual({ defaults: { company: 'Acme' }, lockedFields: ['company'] });
    expect(snapshot.defaultId).toBe('org:a');
  });
});

describe('markup', () => {
  it('is named by the schema exactly when the light check finds it', () => {
    const hostile = fc.constantFrom('<b>', '< /script', '<!--', 'javascript :x', 'onclick =', 'ONLOAD=', '<?php');
    const text = fc.oneof(fc.string(), fc.tuple(fc.string(), hostile, fc.string()).map((parts) => parts.join('')));
    fc.assert(
      fc.property(text, (value) => {
        expect(findMarkup(value) !== null).toBe(hasMarkup(value));
      }),
    );
    expect(findMarkup('a <b>')).toBe('an HTML tag ("<b")');
    expect(findMarkup('x onclick=1')).toBe('an event-handler attribute (on…=) ("onclick=")');
  });

  it('keeps presets and organization entries that hold markup out, like the store and the side panel', async () => {
    const snapshot = await readPresetsSnapshot({
      sync: area({ 'preset:x': samplePreset('x', { options: { company: '<img src=x onerror=alert(1)>' } }), 'preset:ok': samplePreset('ok') }),
      managed: area({
        organizationPresets: [
          { id: 'bad', name: 'Has markup', options: { aboutUs: 'Visit <a href="javascript:alert(1)">us</a>' } },
          { id: 'good', name: 'Fine', options: {} },
        ],
        organizationDefaults: { company: 'Acme', aboutUs: '<script>x</script>' },
      }),
    });
    expect(snapshot.personal.map((p) => p.id)).toEqual(['ok']);
    expect(snapshot.unreadable).toEqual(['x']);
    expect(snapshot.organization.map((p) => p.name)).toEqual(['Fine']);
    expect(snapshot.rules.defaults).toEqual({ company: 'Acme' });
  });
});
