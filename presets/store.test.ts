import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { META_KEY, presetKey } from './migrations';
import {
  createPresetsStore,
  PresetsNotReadyError,
  PresetValidationError,
  selectSortedPresets,
} from './store';
import { META_BACKUP_KEY, PresetStorage, SYNC_FULL_MESSAGE } from './storage';
import { openStore, samplePreset, settle, storedArea } from './test-support';

const names = (store: Awaited<ReturnType<typeof openStore>>) => selectSortedPresets(store.getState()).map((p) => p.name);

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('store actions', () => {
  it('create, rename, update, duplicate, setDefault persist and reload in a fresh context', async () => {
    const store = await openStore('a');
    const { create, rename, update, duplicate, setDefault } = store.getState();
    const first = create('  School OTA ', { specialty: 'pediatrics', setting: 'school-district' });
    const second = create('SNF nights', { setting: 'skilled-nursing', payMin: 30, payMax: 36, payUnit: 'hour' });
    rename(first.id, 'School OTA (Ohio)');
    update(second.id, { setting: 'skilled-nursing', benefits: ['401(k)', 'CEU stipend'] });
    const copy = duplicate(first.id);
    setDefault(second.id);
    await store.getState().flush();

    expect(first.name).toBe('School OTA'); // trimmed by the schema
    expect(copy.name).toBe('School OTA (Ohio) (copy)');
    expect(names(store)).toEqual(['SNF nights', 'School OTA (Ohio)', 'School OTA (Ohio) (copy)']);

    const sync = await storedArea('sync');
    expect(Object.keys(sync).sort()).toEqual([META_KEY, presetKey(copy.id), presetKey(first.id), presetKey(second.id)].sort());
    // Objects, not JSON strings.
    expect(typeof sync[presetKey(first.id)]).toBe('object');
    expect((sync[presetKey(second.id)] as { options: unknown }).options).toEqual({
      setting: 'skilled-nursing',
      benefits: ['401(k)', 'CEU stipend'],
    });

    const reopened = await openStore('b');
    expect(names(reopened)).toEqual(['SNF nights', 'School OTA (Ohio)', 'School OTA (Ohio) (copy)']);
    expect(reopened.getState().defaultPresetId).toBe(second.id);
    expect(reopened.getState().presets[copy.id]?.options).toEqual(reopened.getState().presets[first.id]?.options);
  });

  it('update replaces options as a whole and bumps updatedAt even within one millisecond', async () => {
    const store = await openStore('a', { now: () => 5_000 });
    const preset = store.getState().create('P', { company: 'Acme', state: 'TX' });
    const updated = store.getState().update(preset.id, { state: 'CA' });
    expect(updated.options).toEqual({ state: 'CA' });
    expect(updated.updatedAt).toBeGreaterThan(preset.updatedAt);
  });

  it('remove then undoRemove restores the preset, its place and its default flag', async () => {
    const store = await openStore('a');
    const { create, setDefault, remove } = store.getState();
    const a = create('A', {});
    const b = create('B', {});
    create('C', {});
    setDefault(b.id);
    remove(b.id);
    await store.getState().flush();
    expect(names(store)).toEqual(['A', 'C']);
    expect(store.getState().defaultPresetId).toBeUndefined();
    expect((await storedArea('sync'))[presetKey(b.id)]).toBeUndefined();

    const restored = store.getState().undoRemove();
    await store.getState().flush();
    expect(restored?.id).toBe(b.id);
    expect(names(store)).toEqual(['B', 'A', 'C']); // default first again
    expect(store.getState().order.slice(0, 3)).toEqual([a.id, b.id, expect.any(String)]);
    expect((await storedArea('sync'))[presetKey(b.id)]).toMatchObject({ name: 'B' });
    expect(store.getState().undoRemove()).toBeNull(); // nothing left to undo
  });

  it('rejects markup and bad ids with a message naming the field, and stores nothing', async () => {
    const store = await openStore('a');
    expect(() => store.getState().create('Nice', { company: 'Acme <script>alert(1)</script>' })).toThrow(
      /options\.company: HTML or script is not allowed/,
    );
    expect(() => store.getState().create('<b>Bold</b>', {})).toThrow(PresetValidationError);
    expect(() => store.getState().create('x', { setting: 'moon-base' as never })).toThrow(/options\.setting: "moon-base" is not a known setting/);
    expect(() => store.getState().create('x', { payMin: -1 })).toThrow(/options\.payMin: must not be negative/);
    expect(() => store.getState().create('x', { benefits: ['a onclick=alert(1)'] })).toThrow(/options\.benefits\[0\]/);
    expect(() => store.getState().create('x', { howToApply: 'javascript:alert(1)' })).toThrow(/options\.howToApply/);
    await store.getState().flush();
    expect(store.getState().presets).toEqual({});
    expect(await storedArea('sync')).toEqual({});
  });

  it('writes are debounced per key, the last write wins, and the timer writes without a flush', async () => {
    const store = createPresetsStore({
      storage: new PresetStorage({ writerId: 'a', debounceMs: 20 }),
      flushOnPageHide: false,
    });
    await store.ready;
    const setSpy = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const preset = store.getState().create('v1', {});
    for (let i = 2; i <= 10; i++) store.getState().rename(preset.id, `v${i}`);
    expect(setSpy).not.toHaveBeenCalled();
    await vi.waitFor(async () => expect((await storedArea('sync'))[presetKey(preset.id)]).toMatchObject({ name: 'v10' }));
    expect(setSpy).toHaveBeenCalledTimes(1); // one batched write for preset + meta
  });
});

describe('hydration guard', () => {
  it('an action before hydration throws and does not overwrite stored presets', async () => {
    const saved = samplePreset('keep');
    await fakeBrowser.storage.sync.set({
      [presetKey('keep')]: saved,
      [META_KEY]: { schemaVersion: 1, order: ['keep'], updatedAt: 1, defaultPresetId: 'keep' },
    });
    const before = await storedArea('sync');
    const store = createPresetsStore({ storage: new PresetStorage({ writerId: 'early', debounceMs: 0 }), flushOnPageHide: false });
    expect(store.getState().hydrated).toBe(false);
    expect(() => store.getState().create('Too early', {})).toThrow(PresetsNotReadyError);
    expect(() => store.getState().setDefault(undefined)).toThrow(/still loading/);
    await store.ready;
    await store.getState().flush();
    expect(await storedArea('sync')).toEqual(before);
    expect(store.getState().hydrated).toBe(true);
    expect(store.getState().presets.keep).toEqual(saved);
    expect(store.getState().defaultPresetId).toBe('keep');
  });
});

describe('quota fallback', () => {
  const bulky = () => ({
    aboutUs: 'a'.repeat(2_000),
    howToApply: 'b'.repeat(2_000),
    supervision: 'c'.repeat(2_000),
    schedule: 'd'.repeat(2_000),
    company: 'e'.repeat(2_000),
  });

  it('a preset over 8 KB goes to local storage with a visible notice, and back to sync when it fits', async () => {
    const store = await openStore('a');
    const big = store.getState().create('Huge', bulky());
    await store.getState().flush();
    expect((await storedArea('sync'))[presetKey(big.id)]).toBeUndefined();
    expect((await storedArea('local'))[presetKey(big.id)]).toMatchObject({ name: 'Huge' });
    expect(store.getState().storageNotice).toMatch(/^Saved on this device only: "Huge" is too large for browser sync/);
    expect(store.getState().localOnlyIds).toEqual([big.id]);
    expect(store.getState().notices.map((n) => n.kind)).toContain('sync-fallback');

    // Merged on read: a fresh context sees it, and still shows the notice.
    const other = await openStore('b');
    expect(other.getState().presets[big.id]?.name).toBe('Huge');
    expect(other.getState().storageNotice).toMatch(/Saved on this device only/);

    store.getState().update(big.id, { company: 'Small now' });
    await settle(store, other);
    expect((await storedArea('sync'))[presetKey(big.id)]).toMatchObject({ options: { company: 'Small now' } });
    expect((await storedArea('local'))[presetKey(big.id)]).toBeUndefined();
    expect(store.getState().storageNotice).toBeNull();
    expect(other.getState().presets[big.id]?.options).toEqual({ company: 'Small now' });
  });

  it('falls back to local when the 100 KB sync total would be exceeded', async () => {
    // Other data already fills most of sync: 13 items of ~7.6 KB.
    const filler: Record<string, string> = {};
    for (let i = 0; i < 13; i++) filler[`other:${i}`] = 'x'.repeat(7_600);
    await fakeBrowser.storage.sync.set(filler);
    const store = await openStore('a');
    const preset = store.getState().create('Medium', { aboutUs: 'm'.repeat(2_000), company: 'n'.repeat(2_000) });
    await store.getState().flush();
    expect((await storedArea('local'))[presetKey(preset.id)]).toBeDefined();
    expect(store.getState().storageNotice).toBe(SYNC_FULL_MESSAGE);
  });

  it.each([
    ['QUOTA_BYTES quota exceeded', SYNC_FULL_MESSAGE],
    ['This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.', 'browser sync is busy'],
  ])('falls back to local when sync.set throws "%s"', async (error, expected) => {
    const store = await openStore('a');
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error(error));
    const preset = store.getState().create('Quota', {});
    const result = await store.getState().flush();
    expect(result.failed).toEqual([]);
    expect((await storedArea('local'))[presetKey(preset.id)]).toMatchObject({ name: 'Quota' });
    expect(store.getState().storageNotice).toContain(expected);
    expect(store.getState().notices.find((n) => n.kind === 'sync-fallback')?.message).toContain(expected);
  });

  it('a failed write to sync never deletes the copy kept in local', async () => {
    const store = await openStore('a');
    const big = store.getState().create('Huge', bulky());
    await store.getState().flush();
    expect((await storedArea('local'))[presetKey(big.id)]).toBeDefined();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('IO error'));
    store.getState().update(big.id, { company: 'Small now' });
    const result = await store.getState().flush();
    expect(result.failed.map((f) => f.key)).toContain(presetKey(big.id));
    expect((await storedArea('local'))[presetKey(big.id)]).toMatchObject({ name: 'Huge', options: bulky() });
    vi.restoreAllMocks();
    const fresh = await openStore('b');
    expect(fresh.getState().presets[big.id]?.options).toEqual(bulky());
  });

  it('a write that fails everywhere is reported, kept in memory and retried on the next flush', async () => {
    const store = await openStore('a');
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('IO error'));
    const preset = store.getState().create('Retry me', {});
    const first = await store.getState().flush();
    expect(first.failed.map((f) => f.key)).toContain(presetKey(preset.id));
    expect(store.getState().notices.at(-1)?.message).toMatch(/Could not save .*IO error/);
    expect(store.getState().presets[preset.id]).toBeDefined();
    const second = await store.getState().flush();
    expect(second.failed).toEqual([]);
    expect((await storedArea('sync'))[presetKey(preset.id)]).toMatchObject({ name: 'Retry me' });
  });
});

describe('corrupt stored values', () => {
  it('skips a corrupt value with a notice, never overwrites it, and discards it only on request', async () => {
    const corrupt = { id: 'bad', name: 42, options: 'nope' };
    await fakeBrowser.storage.sync.set({
      [presetKey('bad')]: corrupt,
      [presetKey('good')]: samplePreset('good'),
      [presetKey('mismatch')]: samplePreset('other-id'),
    });
    const store = await openStore('a');
    expect(Object.keys(store.getState().presets)).toEqual(['good']);
    const notices = store.getState().notices.filter((n) => n.kind === 'corrupt');
    expect(notices.map((n) => 'key' in n && n.key).sort()).toEqual([presetKey('bad'), presetKey('mismatch')]);
    expect(notices.find((n) => 'key' in n && n.key === presetKey('bad'))?.message).toMatch(/could not be read.*name/);
    expect(store.getState().corruptKeys.map((c) => c.key).sort()).toEqual([presetKey('bad'), presetKey('mismatch')]);

    // An import (or anything) aiming at that key is refused rather than silently replacing it.
    const result = await store.getState().commitImport({ added: [samplePreset('bad')], replaced: [] });
    expect(result.ok).toBe(false);
    expect((await storedArea('sync'))[presetKey('bad')]).toEqual(corrupt);

    await store.getState().discardCorrupt(presetKey('bad'));
    expect((await storedArea('sync'))[presetKey('bad')]).toBeUndefined();
    expect(store.getState().corruptKeys.map((c) => c.key)).toEqual([presetKey('mismatch')]);
  });

  it('a corrupt meta record is skipped: presets still load, in creation order', async () => {
    await fakeBrowser.storage.sync.set({
      [META_KEY]: { schemaVersion: 1, order: 'not a list' },
      [presetKey('b')]: samplePreset('b', { createdAt: 2 }),
      [presetKey('a')]: samplePreset('a', { createdAt: 1 }),
    });
    const store = await openStore('x');
    expect(selectSortedPresets(store.getState()).map((p) => p.id)).toEqual(['a', 'b']);
    expect(store.getState().notices.some((n) => n.kind === 'corrupt' && n.message.includes('order'))).toBe(true);
    // Order and default are rebuildable: the unreadable copy is kept aside and saving works again.
    expect((await storedArea('local'))[META_BACKUP_KEY]).toMatchObject({ value: { order: 'not a list' }, area: 'sync' });
    store.getState().setDefault('b');
    const result = await store.getState().flush();
    expect(result.failed).toEqual([]);
    expect((await storedArea('sync'))[META_KEY]).toMatchObject({ defaultPresetId: 'b', order: ['a', 'b'] });
  });

  it('a corrupt value written by another context is skipped with a notice and does not crash', async () => {
    const store = await openStore('a');
    const preset = store.getState().create('Fine', {});
    await store.getState().flush();
    await fakeBrowser.storage.sync.set({ [presetKey(preset.id)]: { garbage: true, _writer: { id: 'elsewhere', seq: 1 } } });
    await settle(store);
    expect(store.getState().presets[preset.id]).toBeUndefined();
    expect(store.getState().notices.some((n) => n.kind === 'corrupt')).toBe(true);
    expect((await storedArea('sync'))[presetKey(preset.id)]).toEqual({ garbage: true, _writer: { id: 'elsewhere', seq: 1 } });
  });
});

describe('live sync between contexts', () => {
  it('applies other contexts’ creates, edits, removes and undo', async () => {
    const popup = await openStore('popup');
    const panel = await openStore('panel');
    const preset = popup.getState().create('From popup', { state: 'WA' });
    await settle(popup, panel);
    expect(panel.getState().presets[preset.id]?.name).toBe('From popup');

    panel.getState().rename(preset.id, 'Renamed in panel');
    panel.getState().setDefault(preset.id);
    await settle(popup, panel);
    expect(popup.getState().presets[preset.id]?.name).toBe('Renamed in panel');
    expect(popup.getState().defaultPresetId).toBe(preset.id);

    popup.getState().remove(preset.id);
    await settle(popup, panel);
    expect(panel.getState().presets[preset.id]).toBeUndefined();
    popup.getState().undoRemove();
    await settle(popup, panel);
    expect(panel.getState().presets[preset.id]?.name).toBe('Renamed in panel');
  });

  it('ignores its own echo (by writer tag) and applies the same change from another writer', async () => {
    const a = await openStore('a');
    const b = await openStore('b');
    const preset = a.getState().create('Original', {});
    await settle(a, b);

    const getSpy = vi.spyOn(fakeBrowser.storage.sync, 'get');
    a.getState().rename(preset.id, 'Own edit');
    await a.getState().flush();
    // `a` did not re-read its own write; `b` re-read it once.
    const reads = getSpy.mock.calls.length;
    await settle(b);
    expect(getSpy.mock.calls.length).toBe(reads);
    expect(b.getState().presets[preset.id]?.name).toBe('Own edit');

    // A value tagged with a's writer id is treated as a's echo by a, and as news by b.
    const forged = { ...samplePreset(preset.id), name: 'Tagged as a', updatedAt: Date.now() + 10_000 };
    await fakeBrowser.storage.sync.set({ [presetKey(preset.id)]: { ...forged, _writer: { id: 'a', seq: 999 } } });
    await settle(a, b);
    expect(a.getState().presets[preset.id]?.name).toBe('Own edit');
    expect(b.getState().presets[preset.id]?.name).toBe('Tagged as a');
  });

  it('two contexts editing different presets at the same time lose nothing', async () => {
    const seedStore = await openStore('seed');
    const p1 = seedStore.getState().create('One', {});
    const p2 = seedStore.getState().create('Two', {});
    await settle(seedStore);
    seedStore.destroy();

    const a = await openStore('a');
    const b = await openStore('b');
    a.getState().update(p1.id, { company: 'Edited by A' });
    b.getState().update(p2.id, { company: 'Edited by B' });
    const aNew = a.getState().create('New in A', {});
    const bNew = b.getState().create('New in B', {});
    await Promise.all([a.getState().flush(), b.getState().flush()]);
    await settle(a, b);

    for (const store of [a, b, await openStore('fresh')]) {
      const { presets } = store.getState();
      expect(presets[p1.id]?.options.company).toBe('Edited by A');
      expect(presets[p2.id]?.options.company).toBe('Edited by B');
      expect(presets[aNew.id]?.name).toBe('New in A');
      expect(presets[bNew.id]?.name).toBe('New in B');
      expect(selectSortedPresets(store.getState())).toHaveLength(4);
    }
  });

  it('concurrent edits of the same preset converge on the last write in every context', async () => {
    const a = await openStore('a');
    const preset = a.getState().create('Shared', {});
    await settle(a);
    const b = await openStore('b');
    a.getState().rename(preset.id, 'A wins?');
    b.getState().rename(preset.id, 'B wins?');
    await a.getState().flush();
    await b.getState().flush();
    await settle(a, b);
    const stored = (await storedArea('sync'))[presetKey(preset.id)] as { name: string };
    expect(a.getState().presets[preset.id]?.name).toBe(stored.name);
    expect(b.getState().presets[preset.id]?.name).toBe(stored.name);
  });

  it('says so when a newer change from another window overwrites an edit not yet saved here', async () => {
    let clockA = 1_000;
    let clockB = 1_000;
    const a = await openStore('a', { now: () => clockA });
    const preset = a.getState().create('Shared', { company: 'Original' });
    await settle(a);
    const b = await openStore('b', { now: () => clockB });
    // A's edit is queued (not written yet); B edits the same preset later and saves first.
    clockA = 2_000;
    a.getState().update(preset.id, { company: 'Edited in A' });
    clockB = 3_000;
    b.getState().update(preset.id, { company: 'Edited in B' });
    await b.getState().flush();
    await vi.waitFor(() => expect(a.getState().presets[preset.id]?.options.company).toBe('Edited in B'));
    expect(a.getState().notices).toEqual([
      expect.objectContaining({ kind: 'overwritten', key: presetKey(preset.id), message: expect.stringMatching(/"Shared".*another window/) }),
    ]);
    // B saw no conflict: nothing of its own was lost.
    await settle(a, b);
    expect(b.getState().notices).toEqual([]);
    expect(((await storedArea('sync'))[presetKey(preset.id)] as { options: { company: string } }).options.company).toBe('Edited in B');
  });

  it('a change from another window to a preset with no unsaved edit here shows no notice', async () => {
    const a = await openStore('a');
    const preset = a.getState().create('Shared', {});
    await settle(a);
    const b = await openStore('b');
    b.getState().rename(preset.id, 'Renamed in B');
    await settle(a, b);
    expect(a.getState().presets[preset.id]?.name).toBe('Renamed in B');
    expect(a.getState().notices).toEqual([]);
  });

  it('a preset moved to local by one context stays visible in the other', async () => {
    const a = await openStore('a');
    const b = await openStore('b');
    const preset = a.getState().create('Grows', {});
    await settle(a, b);
    a.getState().update(preset.id, { aboutUs: 'x'.repeat(2_000), howToApply: 'y'.repeat(2_000), company: 'z'.repeat(2_000), schedule: 'w'.repeat(2_000), supervision: 'v'.repeat(2_000) });
    await settle(a, b);
    expect((await storedArea('sync'))[presetKey(preset.id)]).toBeUndefined();
    expect(b.getState().presets[preset.id]?.options.aboutUs).toHaveLength(2_000);
    expect(b.getState().localOnlyIds).toEqual([preset.id]);
  });
});
