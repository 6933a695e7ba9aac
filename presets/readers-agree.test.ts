/**
 * The popup (and context menu, shortcut) read presets through `readPresetsSnapshot`; the side panel through
 * the store. Both must show the same presets for the same storage and the same organization policy.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browserSources, readPresetsSnapshot } from './read-only';
import { selectSortedPresets } from './store';
import { openStore, samplePreset } from './test-support';

const policyValues = {
  organizationPresets: [
    { id: 'school', name: 'School OTA', options: { specialty: 'pediatrics', setting: 'school-district' } },
    // Unknown option: the strict parser skips it, with a notice in the side panel.
    { id: 'typo', name: 'Typo in options', options: { specialty: 'pediatrics', colour: 'red' } },
    { id: 'extra', name: 'Unknown field', options: {}, comment: 'not a preset field' },
    { id: 'clinic', name: 'Clinic', options: { setting: 'private-practice' } },
  ],
  organizationDefaults: { company: 'Acme Health', eeo: true, aboutUs: '<script>x</script>', shoeSize: 9 },
  lockedFields: ['company', 'shoeSize', '__proto__'],
  defaultPresetId: 'typo',
};

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('popup snapshot and side panel store', () => {
  it('read the same organization policy and personal presets identically, unknown options included', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue(policyValues as never);
    await fakeBrowser.storage.sync.set({
      'preset:b': samplePreset('b', { name: 'Beta', createdAt: 2 }),
      'preset:a': samplePreset('a', { name: 'Alpha', createdAt: 1, updatedAt: 5 }),
      'preset:odd': samplePreset('odd', { options: { colour: 'red' } as never }),
      'presets:meta': { schemaVersion: 1, order: ['a', 'b', 'a'], defaultPresetId: 'b', updatedAt: 1 },
    });
    await fakeBrowser.storage.local.set({ 'preset:a': samplePreset('a', { name: 'Alpha (newer, local)', createdAt: 1, updatedAt: 9 }) });

    const popup = await readPresetsSnapshot(browserSources());
    const panel = await openStore('panel');
    await panel.organizationReady;
    const { organization } = panel.getState();

    expect(organization.presets.map((p) => p.id)).toEqual(['org:school', 'org:clinic']);
    expect(popup.organization).toEqual(
      organization.presets.map(({ id, name, options }) => ({ id, name, options, group: 'organization' })),
    );
    expect(popup.rules).toEqual({ defaults: organization.defaults, lockedFields: organization.lockedFields });
    expect(popup.rules).toEqual({ defaults: { company: 'Acme Health', eeo: true }, lockedFields: ['company'] });
    // The named organization default was skipped, so neither reader has one; the personal default wins anyway.
    expect(organization.defaultPresetId).toBeUndefined();
    expect(popup.defaultId).toBe(panel.getState().defaultPresetId);

    expect(popup.personal).toEqual(
      selectSortedPresets(panel.getState()).map(({ id, name, options }) => ({ id, name, options, group: 'personal' })),
    );
    expect(popup.personal.map((p) => p.name)).toEqual(['Beta', 'Alpha (newer, local)']);
    expect(popup.unreadable).toEqual(panel.getState().corruptKeys.map((entry) => entry.key.slice('preset:'.length)));
    expect(popup.unreadable).toEqual(['odd']);
    panel.destroy();
  });
});
