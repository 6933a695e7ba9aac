import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { managedPolicySource, parseManagedPolicy, type OrganizationPolicy, type OrganizationPolicySource } from './managed';
import { PresetReadOnlyError, selectSortedPresets } from './store';
import { openStore, storedArea } from './test-support';

const policyValues = {
  organizationPresets: [{ id: 'school', name: 'School OTA', options: { specialty: 'pediatrics', setting: 'school-district' } }],
  organizationDefaults: { company: 'Acme Health', eeo: true },
  lockedFields: ['company'],
  defaultPresetId: 'school',
};

/** A policy source the test can push changes through, like an administrator updating the policy. */
function controllableSource(initial: OrganizationPolicy) {
  let current = initial;
  const listeners = new Set<(policy: OrganizationPolicy) => void>();
  const source: OrganizationPolicySource = {
    read: async () => current,
    watch(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
  return {
    source,
    push(values: unknown) {
      current = parseManagedPolicy(values);
      for (const listener of listeners) listener(current);
    },
    listenerCount: () => listeners.size,
  };
}

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('organization presets in the store', () => {
  it('are loaded with hydration, apart from personal presets, and never written to storage', async () => {
    const { source } = controllableSource(parseManagedPolicy(policyValues));
    const store = await openStore('a', { organization: source });
    store.getState().create('Mine', { setting: 'home-health' });
    await store.getState().flush();

    expect(store.getState().organization.presets.map((p) => [p.id, p.name])).toEqual([['org:school', 'School OTA']]);
    expect(selectSortedPresets(store.getState()).map((p) => p.name)).toEqual(['Mine']);
    expect(store.getState().organization.defaultPresetId).toBe('org:school');
    const stored = JSON.stringify([await storedArea('sync'), await storedArea('local')]);
    expect(stored).not.toContain('School OTA');
    expect(stored).not.toContain('org:');
  });

  it('hydrates personal presets without waiting for a policy read that has not answered yet', async () => {
    // Seen in Chromium right after a restart: storage.managed.get() took about a minute with no policy.
    let answer: (policy: OrganizationPolicy) => void = () => {};
    const slowSource: OrganizationPolicySource = {
      read: () => new Promise((resolve) => (answer = resolve)),
      watch: () => () => {},
    };
    const store = await openStore('a', { organization: slowSource });
    expect(store.getState().hydrated).toBe(true);
    expect(store.getState().organization.presets).toEqual([]);
    store.getState().create('Mine', {});

    answer(parseManagedPolicy(policyValues));
    await store.organizationReady;
    expect(store.getState().organization.presets.map((p) => p.id)).toEqual(['org:school']);
    expect(selectSortedPresets(store.getState()).map((p) => p.name)).toEqual(['Mine']);
  });

  it('refuses update, rename, remove and setDefault on organization presets; duplicate makes a personal copy', async () => {
    const { source } = controllableSource(parseManagedPolicy(policyValues));
    const store = await openStore('a', { organization: source });
    const state = store.getState();
    expect(() => state.update('org:school', {})).toThrow(PresetReadOnlyError);
    expect(() => state.rename('org:school', 'Renamed')).toThrow(/read-only.*Save as preset/);
    expect(() => state.remove('org:school')).toThrow(PresetReadOnlyError);
    expect(() => state.setDefault('org:school')).toThrow(PresetReadOnlyError);

    const copy = state.duplicate('org:school');
    expect(copy.id.startsWith('org:')).toBe(false);
    expect(copy.name).toBe('School OTA (copy)');
    expect(copy.options).toEqual({ specialty: 'pediatrics', setting: 'school-district', company: 'Acme Health', eeo: true });
    expect(store.getState().update(copy.id, { setting: 'home-health' }).options).toEqual({ setting: 'home-health' });
    expect(store.getState().organization.presets[0]!.options.setting).toBe('school-district');
  });

  it('follows policy changes and stops listening on destroy', async () => {
    const admin = controllableSource(parseManagedPolicy({}));
    const store = await openStore('a', { organization: admin.source });
    expect(store.getState().organization.presets).toEqual([]);
    admin.push(policyValues);
    expect(store.getState().organization.presets.map((p) => p.id)).toEqual(['org:school']);
    admin.push({});
    expect(store.getState().organization.presets).toEqual([]);
    store.destroy();
    expect(admin.listenerCount()).toBe(0);
  });

  it('reads browser.storage.managed by default and refreshes on a managed storage.onChanged event', async () => {
    const get = vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue(policyValues as never);
    const store = await openStore('a');
    expect(store.getState().organization.presets.map((p) => p.id)).toEqual(['org:school']);
    get.mockResolvedValue({} as never);
    await fakeBrowser.storage.onChanged.trigger({ organizationPresets: { oldValue: [] } }, 'managed');
    await vi.waitFor(() => expect(store.getState().organization.presets).toEqual([]));
    store.destroy();
  });

  it('without a policy (managed storage throws, as in Firefox without a managed manifest) the store works as before', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    const errors = vi.spyOn(console, 'error');
    const store = await openStore('a', { organization: managedPolicySource() });
    expect(store.getState().hydrated).toBe(true);
    expect(store.getState().organization.presets).toEqual([]);
    expect(store.getState().create('Mine', {}).name).toBe('Mine');
    expect(errors).not.toHaveBeenCalled();
  });
});
