/** Shared by the presets tests: stores on the one `fakeBrowser`, each behaving like a separate extension page. */
import { fakeBrowser } from 'wxt/testing';
import { createPresetsStore, type CreatePresetsStoreOptions, type PresetsStore } from './store';
import { PresetStorage } from './storage';
import type { Preset } from './schema';

/** A hydrated store whose writes only happen on `flush()` (a long debounce keeps tests deterministic). */
export async function openStore(writerId: string, options: CreatePresetsStoreOptions = {}): Promise<PresetsStore> {
  let idSeq = 0;
  const store = createPresetsStore({
    storage: new PresetStorage({ writerId, debounceMs: 60_000 }),
    newId: () => `${writerId}-${++idSeq}`,
    flushOnPageHide: false,
    ...options,
  });
  await store.ready;
  return store;
}

/** Waits until every queued write and re-read of these stores has finished. */
export async function settle(...stores: PresetsStore[]): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await Promise.all(stores.map((store) => store.getState().flush()));
  }
}

export async function storedArea(area: 'sync' | 'local'): Promise<Record<string, unknown>> {
  return fakeBrowser.storage[area].get(null) as Promise<Record<string, unknown>>;
}

export function samplePreset(id: string, overrides: Partial<Preset> = {}): Preset {
  return {
    id,
    name: `Preset ${id}`,
    options: { specialty: 'pediatrics', setting: 'school-district', state: 'OH', payMin: 28, payMax: 34, payUnit: 'hour' },
    createdAt: 1_000,
    updatedAt: 1_000,
    ...overrides,
  };
}
