import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  EMPLOYMENT_TYPES,
  PAY_UNITS,
  PHYSICAL_DEMANDS_WORDINGS,
  SECTION_IDS,
  SETTING_IDS,
  SPECIALTY_IDS,
  STATE_CODES,
  type TailorOptions,
} from '../template/types';
import {
  MAX_IMPORT_BYTES,
  PRESETS_EXPORT_FORMAT,
  applyImport,
  exportPresets,
  parseImport,
  type ConflictResolution,
} from './import-export';
import { presetKey } from './migrations';
import { LIST_MAX_ITEMS, NAME_MAX_LENGTH, SCHEMA_VERSION, TEXT_MAX_LENGTH, findMarkup, isReservedPresetId, type Preset } from './schema';
import { selectSortedPresets } from './store';
import { openStore, samplePreset, settle, storedArea } from './test-support';

const fileWith = (presets: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: PRESETS_EXPORT_FORMAT, schemaVersion: 1, exportedAt: '2026-11-26T00:00:00.000Z', presets, ...extra });

const snapshot = async () => ({ sync: await storedArea('sync'), local: await storedArea('local') });

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('exportPresets', () => {
  it('writes the format header, version, date, settings and the presets without storage bookkeeping', () => {
    const preset = samplePreset('a');
    const text = exportPresets([{ ...preset, _writer: { id: 'w', seq: 1 } } as Preset], { defaultPresetId: 'a' }, new Date(Date.UTC(2026, 10, 26)));
    expect(JSON.parse(text)).toEqual({
      format: PRESETS_EXPORT_FORMAT,
      schemaVersion: SCHEMA_VERSION,
      exportedAt: '2026-11-26T00:00:00.000Z',
      settings: { defaultPresetId: 'a' },
      presets: [preset],
    });
  });
});

describe('parseImport validation matrix', () => {
  const existing = [samplePreset('mine', { name: 'Mine' })];
  const cases: Array<[string, string, RegExp]> = [
    ['oversized file', ' '.repeat(MAX_IMPORT_BYTES + 1), /too large \(1\.0 MB\); preset files can be at most 1 MB/],
    ['oversized by bytes, not characters', `"${'é'.repeat(MAX_IMPORT_BYTES / 2)}"`, /too large/],
    ['empty file', '   \n', /The file is empty/],
    ['malformed JSON', '{"format": "ota-job-post-assistant/presets",', /not valid JSON/],
    ['JSON of the wrong kind', '[1, 2, 3]', /not an OTA Job Post Assistant presets file/],
    ['another format', JSON.stringify({ format: 'something-else', schemaVersion: 1, presets: [] }), /"format" should be/],
    ['missing version', JSON.stringify({ format: PRESETS_EXPORT_FORMAT, presets: [] }), /no valid "schemaVersion"/],
    ['newer schema version', fileWith([], { schemaVersion: SCHEMA_VERSION + 1 }), new RegExp(`newer version of OTA Job Post Assistant \\(schema v${SCHEMA_VERSION + 1}\\)`)],
    ['presets not a list', fileWith([], { presets: { a: 1 } }), /"presets" must be a list/],
    ['wrong shape at an index', fileWith([samplePreset('ok'), { id: 'x', name: 'Broken' }]), /Preset 2 "Broken" is invalid: presets\[1\]\.options: /],
    ['wrong field type', fileWith([samplePreset('ok', { createdAt: 'yesterday' as never })]), /presets\[0\]\.createdAt: must be a number/],
    ['unknown option', fileWith([samplePreset('ok', { options: { colour: 'red' } as never })]), /presets\[0\]\.options\.colour: "colour" is not a known option/],
    ['unknown section id', fileWith([samplePreset('ok', { options: { sections: { footer: true } } as never })]), /presets\[0\]\.options\.sections\.footer: "footer" is not a known section id/],
    ['unknown state code', fileWith([samplePreset('ok', { options: { state: 'XX' as never } })]), /presets\[0\]\.options\.state: "XX" is not a known state code/],
    ['infinite pay', fileWith([samplePreset('ok')]).replace('"payMin":28', '"payMin":1e999'), /presets\[0\]\.options\.payMin: must be a finite number/],
    ['name too long', fileWith([samplePreset('ok', { name: 'n'.repeat(NAME_MAX_LENGTH + 1) })]), /presets\[0\]\.name: must be at most 80 characters/],
    ['text too long', fileWith([samplePreset('ok', { options: { aboutUs: 'a'.repeat(TEXT_MAX_LENGTH + 1) } })]), /presets\[0\]\.options\.aboutUs: must be at most 2000 characters/],
    ['list too long', fileWith([samplePreset('ok', { options: { benefits: Array(LIST_MAX_ITEMS + 1).fill('PTO') } })]), /presets\[0\]\.options\.benefits: must have at most 50 items/],
    ['duplicate ids', fileWith([samplePreset('dup'), samplePreset('other'), samplePreset('dup')]), /Preset id "dup" appears twice in the file \(presets\[0\] and presets\[2\]\)/],
    ['HTML in a name', fileWith([samplePreset('ok', { name: 'Hi <img src=x>' })]), /presets\[0\]\.name: HTML or script is not allowed: found an HTML tag/],
    ['script in a text field', fileWith([samplePreset('ok', { options: { aboutUs: '<script>alert(1)</script>' } })]), /presets\[0\]\.options\.aboutUs: HTML or script/],
    ['javascript: link in a list', fileWith([samplePreset('ok', { options: { benefits: ['ok', 'JavaScript:alert(1)'] } })]), /presets\[0\]\.options\.benefits\[1\]: HTML or script is not allowed: found a javascript: link/],
    ['event handler in a text', fileWith([samplePreset('ok', { options: { howToApply: 'x onmouseover=steal()' } })]), /options\.howToApply: HTML or script is not allowed: found an event-handler/],
    ['markup in the id', fileWith([samplePreset('<b>' as string)]), /presets\[0\]\.id: may only contain letters/],
    ['markup in the settings', fileWith([], { settings: { defaultPresetId: '"><svg onload=x>' } }), /settings\.defaultPresetId/],
    ['markup in exportedAt', fileWith([], { exportedAt: '<script>' }), /"exportedAt" must be a plain date text/],
  ];

  it.each(cases)('%s: clear message, store and storage unchanged', async (_label, text, message) => {
    const store = await openStore('importer');
    const before = store.getState().create('Existing', { company: 'Keep me' });
    await store.getState().flush();
    const stored = await snapshot();

    const result = parseImport(text, existing);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(message);
    await settle(store);
    expect(selectSortedPresets(store.getState())).toEqual([before]);
    expect(await snapshot()).toEqual(stored);
  });

  it('reports several bad presets at once, and says nothing was imported', () => {
    const result = parseImport(fileWith([{}, samplePreset('fine'), { id: 'x' }]), []);
    expect(result).toMatchObject({ ok: false });
    if (result.ok) return;
    expect(result.error).toMatch(/^Nothing was imported\. Preset 1 is invalid: .*Preset 3 is invalid/);
  });

  it('finds conflicts with existing ids and accepts a v0 file by upgrading it', () => {
    const result = parseImport(
      fileWith([{ id: 'mine', title: 'Old style', options: {} }, { title: 'No id' }], { schemaVersion: 0 }),
      existing,
    );
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.incoming.map((p) => [p.id, p.name])).toEqual([
      ['mine', 'Old style'],
      ['v0-1', 'No id'],
    ]);
    expect(result.conflicts).toEqual([{ id: 'mine', incoming: result.incoming[0], existing: existing[0] }]);
  });
});

describe('applyImport', () => {
  async function storeWithTwo() {
    const store = await openStore('importer');
    const keepMe = store.getState().create('Keep me', { company: 'Original A' });
    const replaceMe = store.getState().create('Replace me', { company: 'Original B' });
    await store.getState().flush();
    return { store, keepMe, replaceMe };
  }

  it('applies keep, replace and keep-both and adds new presets', async () => {
    const { store, keepMe, replaceMe } = await storeWithTwo();
    const both = { ...keepMe, name: 'Keep me', options: { company: 'Incoming A' } };
    const file = exportPresets([
      both,
      { ...replaceMe, name: 'Replaced', options: { company: 'Incoming B' } },
      samplePreset('brand-new', { name: 'Brand new' }),
      { ...samplePreset('third'), name: 'Ignored' },
    ]);
    store.getState().create('Third', {}); // unrelated preset, no conflict
    const parsed = parseImport(file, store.getState().presets);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.conflicts.map((c) => c.id).sort()).toEqual([keepMe.id, replaceMe.id].sort());

    const resolution: Record<string, ConflictResolution> = { [keepMe.id]: 'keep-both', [replaceMe.id]: 'replace' };
    const result = await applyImport(store, parsed.incoming, resolution, { newId: () => 'fresh-id' });
    expect(result).toMatchObject({ ok: true, replaced: [replaceMe.id] });
    const { presets } = store.getState();
    expect(presets[keepMe.id]?.options).toEqual({ company: 'Original A' });
    expect(presets['fresh-id']).toMatchObject({ name: 'Keep me (imported)', options: { company: 'Incoming A' } });
    expect(presets[replaceMe.id]).toMatchObject({ name: 'Replaced', options: { company: 'Incoming B' } });
    expect(presets['brand-new']?.name).toBe('Brand new');

    const fresh = await openStore('fresh');
    expect(fresh.getState().presets[replaceMe.id]?.name).toBe('Replaced');
    expect(fresh.getState().presets['fresh-id']?.name).toBe('Keep me (imported)');
    expect(fresh.getState().order).toEqual(expect.arrayContaining(['fresh-id', 'brand-new', 'third']));

    // "keep" leaves the existing preset exactly as it was.
    const again = await applyImport(fresh, [{ ...replaceMe, name: 'Nope' }], { [replaceMe.id]: 'keep' });
    expect(again).toMatchObject({ ok: true, kept: [replaceMe.id] });
    expect(fresh.getState().presets[replaceMe.id]?.name).toBe('Replaced');
  });

  it('refuses to start while a conflict has no resolution, and changes nothing', async () => {
    const { store, keepMe } = await storeWithTwo();
    const stored = await snapshot();
    const result = await applyImport(store, [samplePreset('new-one'), { ...keepMe, name: 'Clash' }], {});
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/Choose keep, replace or keep both for "Clash"/) });
    await settle(store);
    expect(await snapshot()).toEqual(stored);
    expect(store.getState().presets['new-one']).toBeUndefined();
  });

  it('an import interrupted by a failing write leaves every preset readable and reports how far it got', async () => {
    const { store, keepMe, replaceMe } = await storeWithTwo();
    const originalReplaceMe = store.getState().presets[replaceMe.id];
    // Storage accepts the new keys, then fails every write touching the preset being replaced.
    const failOn = (items: Record<string, unknown>) => {
      if (presetKey(replaceMe.id) in items) throw new Error('disk I/O error');
    };
    const syncSet = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    const localSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items) => (failOn(items), syncSet(items)));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => (failOn(items), localSet(items)));

    const result = await applyImport(
      store,
      [samplePreset('n1'), samplePreset('n2'), { ...replaceMe, name: 'Should not land' }],
      { [replaceMe.id]: 'replace' },
    );
    expect(result).toMatchObject({ ok: false, added: ['n1', 'n2'], replaced: [] });
    if (result.ok) return;
    expect(result.error).toMatch(/Import stopped after 2 of 3 presets: disk I\/O error\. Presets already imported are kept/);

    vi.restoreAllMocks();
    const fresh = await openStore('after-crash');
    const { presets, corruptKeys } = fresh.getState();
    expect(corruptKeys).toEqual([]);
    expect(presets[keepMe.id]?.options).toEqual({ company: 'Original A' });
    expect(presets[replaceMe.id]).toEqual(originalReplaceMe);
    expect(Object.keys(presets).sort()).toEqual([keepMe.id, 'n1', 'n2', replaceMe.id].sort());
  });

  it('a failure on the first write leaves the existing presets exactly as they were', async () => {
    const { store } = await storeWithTwo();
    const stored = await snapshot();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('disk full'));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('disk full'));
    const result = await applyImport(store, [samplePreset('n1')], {});
    expect(result).toMatchObject({ ok: false, added: [], error: expect.stringMatching(/after 0 of 1 presets: disk full/) });
    expect(await snapshot()).toEqual(stored);
  });
});

describe('reserved ids', () => {
  const RESERVED = ['__proto__', 'constructor', 'toString', 'prototype', 'hasOwnProperty', 'valueOf'];

  it.each(RESERVED)('a file with the id "%s" is refused with a clear error', (id) => {
    // JSON.parse keeps "__proto__" as an own key, as a crafted file would.
    const result = parseImport(fileWith([samplePreset(id)]), []);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(new RegExp(`presets\\[0\\]\\.id: "${id}" is reserved`));
  });

  it.each(RESERVED)('applyImport never finds "%s" on the object prototype nor renames it silently', async (id) => {
    const store = await openStore('importer');
    const result = await applyImport(store, [samplePreset(id)], {});
    expect(result).toMatchObject({ ok: false, added: [], replaced: [] });
    if (result.ok) return;
    expect(result.error).toMatch(/is reserved/);
    await settle(store);
    expect(selectSortedPresets(store.getState())).toEqual([]);
    expect(Object.keys(await storedArea('sync')).filter((key) => key.startsWith('preset:'))).toEqual([]);
  });
});

describe('round trip (property)', () => {
  const plain = (maxLength: number) =>
    fc.string({ unit: 'grapheme', maxLength }).filter((text) => findMarkup(text) === null);
  const amount = fc.double({ min: 0, max: 1e7, noNaN: true }).map((n) => (Object.is(n, -0) ? 0 : n));
  const list = fc.array(plain(40), { maxLength: 6 });
  const options: fc.Arbitrary<TailorOptions> = fc.record(
    {
      specialty: fc.constantFrom(...SPECIALTY_IDS),
      setting: fc.constantFrom(...SETTING_IDS),
      state: fc.constantFrom(...STATE_CODES),
      company: plain(60),
      location: plain(60),
      employmentType: fc.constantFrom(...EMPLOYMENT_TYPES),
      schedule: plain(60),
      payMin: amount,
      payMax: amount,
      payUnit: fc.constantFrom(...PAY_UNITS),
      benefits: list,
      supervision: plain(60),
      howToApply: plain(60),
      aboutUs: plain(200),
      eeo: fc.boolean(),
      extraResponsibilities: list,
      extraRequirements: list,
      dropLines: list,
      sections: fc.dictionary(fc.constantFrom(...SECTION_IDS), fc.boolean()),
      physicalDemands: fc.constantFrom(...PHYSICAL_DEMANDS_WORDINGS),
      adaStandHours: amount,
      adaLiftPounds: amount,
    },
    { requiredKeys: [] },
  );
  const preset: fc.Arbitrary<Preset> = fc.record({
    id: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/).filter((id) => !isReservedPresetId(id)),
    name: plain(NAME_MAX_LENGTH)
      .map((name) => name.trim())
      .filter((name) => name.length > 0),
    options,
    createdAt: fc.nat(),
    updatedAt: fc.nat(),
  });

  it('parseImport(exportPresets(presets)) gives back the same presets, with no conflicts on an empty store', () => {
    fc.assert(
      fc.property(fc.uniqueArray(preset, { selector: (p) => p.id, maxLength: 12 }), (presets) => {
        const defaultPresetId = presets[0]?.id;
        const parsed = parseImport(exportPresets(presets, defaultPresetId ? { defaultPresetId } : {}), []);
        expect(parsed).toEqual({ ok: true, incoming: presets, conflicts: [], settings: defaultPresetId ? { defaultPresetId } : {} });
        // Against a store holding them all, every preset is a conflict.
        const again = parseImport(exportPresets(presets), presets);
        expect(again.ok && again.conflicts.map((c) => c.id)).toEqual(presets.map((p) => p.id));
      }),
      { numRuns: 200 },
    );
  });
});
