import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TailorOptions } from '../template/types';

/**
 * The side panel's editing state: the options being edited, and the preset they started from.
 * "Unsaved changes" is derived by comparing the two, so undoing an edit by hand clears it again.
 */
export interface TailorState {
  options: TailorOptions;
  /** Id of the preset loaded into the editor, if any. */
  presetId: string | null;
  /** Options as last loaded or saved; null when nothing was loaded (a fresh posting). */
  savedOptions: TailorOptions | null;
  /** Shallow-merge a change into the options; `undefined` values remove the key. */
  patch(change: Partial<TailorOptions>): void;
  /** Load options wholesale (a preset, or a reset). */
  load(options: TailorOptions, presetId: string | null): void;
  /** Record that `saved` is now what is stored under `presetId`, keeping the options being edited. */
  markSavedAs(saved: TailorOptions, presetId: string): void;
}

export type TailorStore = StoreApi<TailorState>;

export type TailorSnapshot = Pick<TailorState, 'options' | 'presetId' | 'savedOptions'>;

/** A fresh editor, or one resumed from a snapshot (the panel's saved draft). */
export function createTailorStore(initial: Partial<TailorSnapshot> = {}): TailorStore {
  return createStore<TailorState>()((set, get) => ({
    options: withoutUndefined(initial.options ?? {}),
    presetId: initial.presetId ?? null,
    savedOptions: initial.savedOptions ? withoutUndefined(initial.savedOptions) : null,
    patch: (change) => set({ options: withoutUndefined({ ...get().options, ...change }) }),
    load: (options, presetId) =>
      set({ options: withoutUndefined(options), presetId, savedOptions: presetId ? withoutUndefined(options) : null }),
    markSavedAs: (saved, presetId) => set({ presetId, savedOptions: withoutUndefined(saved) }),
  }));
}

/** True when the edited options differ from the loaded/saved ones (a fresh posting counts once edited). */
export function hasUnsavedChanges(state: Pick<TailorState, 'options' | 'savedOptions'>): boolean {
  const baseline = state.savedOptions ?? {};
  return canonicalJson(state.options) !== canonicalJson(baseline);
}

function withoutUndefined(options: TailorOptions): TailorOptions {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) if (value !== undefined) result[key] = value;
  return result as TailorOptions;
}

/** Key-order-independent JSON so `{a,b}` and `{b,a}` compare equal; empty values count as absent. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalize(value));
}

function normalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalize);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, normalize(v)] as const);
    return Object.fromEntries(entries);
  }
  return value;
}
