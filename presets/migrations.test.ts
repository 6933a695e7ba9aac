import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  LEGACY_V0_KEY,
  META_KEY,
  NewerSchemaError,
  V0_BACKUP_KEY,
  migrateStorage,
  presetKey,
  upgradePresetRecord,
  type PresetV0,
} from './migrations';
import { tailor } from '../template/tailor';
import { SCHEMA_VERSION, validatePreset, type Preset } from './schema';
import { browserAreas } from './storage';
import { PresetsUnavailableError, selectSortedPresets } from './store';
import { openStore, samplePreset, storedArea } from './test-support';

const v0Presets: PresetV0[] = [
  { title: 'Peds school', options: { specialty: 'pediatrics', setting: 'school-district' }, savedAt: 1_700_000_000_000 },
  { id: 'snf-nights', title: 'SNF nights', options: { setting: 'skilled-nursing', payMin: 30 }, savedAt: 1_700_000_100_000 },
  { title: 'No options' },
];

const snapshot = async () => ({ sync: await storedArea('sync'), local: await storedArea('local') });

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('v0 → v1', () => {
  it('splits the v0 array into one key per preset, renames title → name and writes meta', async () => {
    await fakeBrowser.storage.sync.set({ [LEGACY_V0_KEY]: v0Presets });
    const report = await migrateStorage(browserAreas());
    expect(report).toEqual({ written: ['v0-0', 'snf-nights', 'v0-2'], rejected: [] });
    const sync = await storedArea('sync');
    expect(sync[LEGACY_V0_KEY]).toBeUndefined();
    expect(sync[presetKey('v0-0')]).toMatchObject({
      id: 'v0-0',
      name: 'Peds school',
      options: { specialty: 'pediatrics', setting: 'school-district' },
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_000_000,
    });
    expect(sync[presetKey('v0-2')]).toMatchObject({ name: 'No options', options: {}, createdAt: 0 });
    expect(sync[META_KEY]).toMatchObject({ schemaVersion: SCHEMA_VERSION, order: ['v0-0', 'snf-nights', 'v0-2'] });

    const store = await openStore('reader');
    expect(selectSortedPresets(store.getState()).map((p) => p.name)).toEqual(['Peds school', 'SNF nights', 'No options']);
  });

  it('is idempotent: a second run, or two contexts at once, give the same storage as one run', async () => {
    await fakeBrowser.storage.sync.set({ [LEGACY_V0_KEY]: v0Presets });
    await migrateStorage(browserAreas());
    const once = await snapshot();
    const again = await migrateStorage(browserAreas());
    expect(again.written).toEqual([]);
    expect(await snapshot()).toEqual(once);

    fakeBrowser.reset();
    await fakeBrowser.storage.sync.set({ [LEGACY_V0_KEY]: v0Presets });
    await Promise.all([openStore('popup'), openStore('sidepanel'), migrateStorage(browserAreas())]);
    expect(await snapshot()).toEqual(once);
  });

  it('never overwrites a preset that already exists (edited after an earlier run)', async () => {
    await fakeBrowser.storage.sync.set({ [LEGACY_V0_KEY]: v0Presets });
    await migrateStorage(browserAreas());
    const edited = samplePreset('v0-0', { name: 'Edited since', updatedAt: 1_800_000_000_000 });
    // A stale context (old version on another device) brings the v0 array back.
    await fakeBrowser.storage.sync.set({ [presetKey('v0-0')]: edited, [LEGACY_V0_KEY]: v0Presets });
    await migrateStorage(browserAreas());
    expect((await storedArea('sync'))[presetKey('v0-0')]).toEqual(edited);
  });

  it('keeps unreadable v0 entries aside in local storage and reports them', async () => {
    const withBad = [...v0Presets, { title: '<img src=x onerror=alert(1)>' }, { title: 'Bad state', options: { state: 'ZZ' } }];
    await fakeBrowser.storage.sync.set({ [LEGACY_V0_KEY]: withBad });
    const store = await openStore('reader');
    expect(Object.keys(store.getState().presets)).toHaveLength(3);
    const notice = store.getState().notices.find((n) => n.kind === 'migration');
    expect(notice?.message).toMatch(/2 old preset\(s\) could not be converted/);
    expect(notice?.message).toMatch(/presets\[3\]\.name: HTML or script/);
    expect(notice?.message).toMatch(/presets\[4\]\.options\.state: "ZZ" is not a known state code/);
    expect((await storedArea('local'))[V0_BACKUP_KEY]).toEqual(withBad);
  });

  it('upgradePresetRecord leaves an already-upgraded record alone', () => {
    const current = { ...samplePreset('x'), options: { ...samplePreset('x').options, wording: 'original' as const } };
    expect(upgradePresetRecord(current, 0, 0)).toEqual(current);
    const upgraded = upgradePresetRecord({ title: 'T', savedAt: 3 }, 0, 7);
    expect(upgradePresetRecord(upgraded, 0, 7)).toEqual(upgraded);
  });
});

describe('v1 → v2 (wording)', () => {
  it('moves a v1 preset to the profession\'s wording, keeping every other option', () => {
    const v1 = samplePreset('x');
    const upgraded = upgradePresetRecord(v1, 1, 0) as Preset;
    expect(upgraded).toEqual({ ...v1, options: { ...v1.options, wording: 'standard' } });
    expect(validatePreset(upgraded).ok).toBe(true);
    expect(tailor(upgraded.options).title).toMatch(/Occupational Therapy Assistant$/);
    expect(upgradePresetRecord(upgraded, 1, 0)).toEqual(upgraded); // idempotent
  });

  it('a v0 preset goes through both steps', () => {
    const upgraded = upgradePresetRecord({ title: 'Old', options: { state: 'TX' }, savedAt: 5 }, 0, 3) as Preset;
    expect(upgraded.options).toEqual({ state: 'TX', wording: 'standard' });
  });

  it('a v1 preset still stored without `wording` reads as valid and renders the standard wording', () => {
    const stored = samplePreset('y');
    expect('wording' in stored.options).toBe(false);
    expect(validatePreset(stored).ok).toBe(true);
    const text = JSON.stringify(tailor(stored.options));
    expect(text).not.toMatch(/occupational therapist assistant/i);
  });

  it('keeps an explicit original wording and refuses an unknown one', () => {
    const original = { ...samplePreset('z'), options: { wording: 'original' } };
    expect(validatePreset(original).ok).toBe(true);
    expect(tailor({ wording: 'original' }).title).toBe('Occupational Therapist Assistant');
    const bad = validatePreset({ ...samplePreset('z'), options: { wording: 'fancy' } });
    expect(bad.ok).toBe(false);
    expect(bad.ok ? '' : bad.error).toMatch(/options\.wording: "fancy" is not a known wording/);
  });
});

describe('newer schema', () => {
  it('rejects data from a newer version with a clear message and changes nothing', async () => {
    await fakeBrowser.storage.sync.set({
      [META_KEY]: { schemaVersion: SCHEMA_VERSION + 1, order: ['p'], updatedAt: 1, somethingNew: true },
      [presetKey('p')]: samplePreset('p'),
      [LEGACY_V0_KEY]: v0Presets,
    });
    const before = await snapshot();
    await expect(migrateStorage(browserAreas())).rejects.toThrow(NewerSchemaError);
    await expect(migrateStorage(browserAreas())).rejects.toThrow(
      new RegExp(`saved by a newer version of OTA Job Post Assistant \\(schema v${SCHEMA_VERSION + 1}\\); this version reads up to v${SCHEMA_VERSION}`),
    );

    const store = await openStore('old-version');
    expect(store.getState().hydrated).toBe(false);
    expect(store.getState().loadError).toMatch(/newer version.*Update the extension/);
    expect(() => store.getState().create('x', {})).toThrow(PresetsUnavailableError);
    expect(await snapshot()).toEqual(before);
  });

  it('also when only the local copy of meta is newer', async () => {
    await fakeBrowser.storage.local.set({ [META_KEY]: { schemaVersion: SCHEMA_VERSION + 1, order: [], updatedAt: 1 } });
    const store = await openStore('old-version');
    expect(store.getState().loadError).toMatch(new RegExp(`schema v${SCHEMA_VERSION + 1}`));
  });
});
