import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { presetKey } from './migrations';
import { PresetStorage, SYNC_LIMITS, isQuotaError, itemBytes } from './storage';
import type { Preset } from './schema';
import { samplePreset, storedArea } from './test-support';

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('itemBytes', () => {
  it('counts the key plus the JSON of the value, in UTF-8 bytes', () => {
    expect(itemBytes('k', 'a')).toBe(1 + 3); // k + "a"
    expect(itemBytes('k', 'é')).toBe(1 + 4); // é is two bytes
    expect(itemBytes('ключ', { a: 1 })).toBe(8 + 7);
  });
});

describe('isQuotaError', () => {
  it.each([
    ['QUOTA_BYTES_PER_ITEM quota exceeded', true],
    ['QUOTA_BYTES quota exceeded', true],
    ['MAX_ITEMS quota exceeded', true],
    ['This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.', true],
    ['storage.sync API call exceeded its quota limitations.', true], // Firefox
    ['IO error: .../LOCK: File currently in use.', false],
  ])('%s → %s', (message, expected) => {
    expect(isQuotaError(new Error(message))).toBe(expected);
  });
});

describe('per-item limit boundary', () => {
  /** A preset whose stored form (with this writer's first tag) is exactly `bytes` long. */
  function presetOfSize(bytes: number, writerId: string): Preset {
    const base = samplePreset('edge', {
      options: { aboutUs: 'a'.repeat(2_000), howToApply: 'b'.repeat(2_000), supervision: 'c'.repeat(2_000), location: 'l'.repeat(100), company: '' },
    });
    const tagged = (p: Preset) => itemBytes(presetKey(p.id), { ...p, _writer: { id: writerId, seq: 1 } });
    const missing = bytes - tagged(base);
    expect(missing).toBeGreaterThan(0);
    expect(missing).toBeLessThanOrEqual(2_000);
    const preset = { ...base, options: { ...base.options, company: 'd'.repeat(missing) } };
    expect(tagged(preset)).toBe(bytes);
    return preset;
  }

  it.each([
    [SYNC_LIMITS.QUOTA_BYTES_PER_ITEM, 'sync'],
    [SYNC_LIMITS.QUOTA_BYTES_PER_ITEM + 1, 'local'],
  ] as const)('a %i-byte item goes to %s', async (bytes, area) => {
    const storage = new PresetStorage({ writerId: 'w' });
    await storage.load();
    const preset = presetOfSize(bytes, 'w');
    const result = await storage.writeNow([{ key: presetKey(preset.id), value: preset }]);
    expect(result.failed).toEqual([]);
    expect((await storedArea(area))[presetKey(preset.id)]).toMatchObject({ id: 'edge' });
    expect((await storedArea(area === 'sync' ? 'local' : 'sync'))[presetKey(preset.id)]).toBeUndefined();
    storage.dispose();
  });

  it('the 512-item limit counts every key in sync, not only presets', async () => {
    const filler: Record<string, number> = {};
    for (let i = 0; i < SYNC_LIMITS.MAX_ITEMS; i++) filler[`other:${i}`] = i;
    await fakeBrowser.storage.sync.set(filler);
    const storage = new PresetStorage({ writerId: 'w' });
    await storage.load();
    const preset = samplePreset('one-too-many');
    await storage.writeNow([{ key: presetKey(preset.id), value: preset }]);
    expect((await storedArea('local'))[presetKey(preset.id)]).toBeDefined();
    expect(storage.localOnlyIds()).toEqual(['one-too-many']);
    storage.dispose();
  });
});

describe('changes during load', () => {
  it('a change landing while presets load is re-read, not missed', async () => {
    const storage = new PresetStorage({ writerId: 'w' });
    const changes: unknown[] = [];
    storage.connect({ notice: () => {}, locationsChanged: () => {}, remoteChange: (change) => changes.push(change) });
    const loading = storage.load();
    // Another context writes before our reads finish.
    await fakeBrowser.storage.sync.set({ [presetKey('late')]: { ...samplePreset('late'), _writer: { id: 'other', seq: 1 } } });
    const { presets } = await loading;
    await storage.flush();
    // Either the first read already saw it, or the re-read after loading delivered it.
    const seenAtLoad = presets.some((p) => p.id === 'late');
    const seenAfter = changes.some((c) => (c as { id?: string; preset?: unknown }).id === 'late' && (c as { preset?: unknown }).preset);
    expect(seenAtLoad || seenAfter).toBe(true);
    storage.dispose();
  });
});

describe('failed writes are retried on their own', () => {
  it('retries after 2 s, then 10 s, without any further edit', async () => {
    vi.useFakeTimers();
    try {
      const storage = new PresetStorage({ writerId: 'w' });
      const notices: string[] = [];
      storage.connect({ notice: (n) => notices.push(n.kind), locationsChanged: () => {}, remoteChange: () => {} });
      await storage.load();
      const realSet = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
      const setSpy = vi
        .spyOn(fakeBrowser.storage.sync, 'set')
        .mockRejectedValueOnce(new Error('IO error: LOCK: File currently in use.'))
        .mockRejectedValueOnce(new Error('IO error: LOCK: File currently in use.'))
        .mockImplementation(realSet);
      const preset = samplePreset('flaky');
      storage.schedule({ key: presetKey(preset.id), value: preset });

      const result = await storage.flush();
      expect(result.failed.map((f) => f.key)).toEqual([presetKey('flaky')]);
      expect(notices).toContain('write-failed');
      expect(storage.pendingValue(presetKey('flaky'))).toMatchObject({ id: 'flaky' });

      await vi.advanceTimersByTimeAsync(1_999);
      expect(setSpy).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(1); // first retry at 2 s: fails again
      expect(setSpy).toHaveBeenCalledTimes(2);
      expect((await storedArea('sync'))[presetKey('flaky')]).toBeUndefined();

      await vi.advanceTimersByTimeAsync(9_999);
      expect(setSpy).toHaveBeenCalledTimes(2);
      await vi.advanceTimersByTimeAsync(1); // second retry at 10 s more: succeeds
      expect((await storedArea('sync'))[presetKey('flaky')]).toMatchObject({ id: 'flaky' });
      expect(storage.pendingValue(presetKey('flaky'))).toBeUndefined();

      // Nothing left to write, so no further retries.
      await vi.advanceTimersByTimeAsync(120_000);
      expect(setSpy).toHaveBeenCalledTimes(3);
      storage.dispose();
    } finally {
      vi.useRealTimers();
    }
  });
});
