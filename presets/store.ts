/**
 * The presets store (zustand/vanilla, so no React/preact-compat). State changes at once; storage writes are
 * debounced per key by `PresetStorage` and `flush()` writes them now.
 *
 * Hydration guard: until stored presets have loaded, every action THROWS `PresetsNotReadyError` instead of
 * queueing. A queued action would be replayed against data it never saw (and an early write is exactly how
 * persisted stores overwrite what was saved); the UI shows a loading state while `hydrated` is false.
 * If loading fails for good (data from a newer version, storage unreadable), `loadError` is set and actions
 * throw `PresetsUnavailableError`.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TailorOptions } from '../template/types';
import {
  EMPTY_ORGANIZATION_POLICY,
  isOrganizationPresetId,
  managedPolicySource,
  type OrganizationPolicy,
  type OrganizationPolicySource,
} from './managed';
import { META_KEY, presetKey } from './migrations';
import {
  NAME_MAX_LENGTH,
  SCHEMA_VERSION,
  validateName,
  validateOptions,
  validatePreset,
  type Preset,
  type PresetsMeta,
} from './schema';
import {
  PresetStorage,
  SYNC_FULL_MESSAGE,
  type PersistResult,
  type PresetNotice,
  type PresetStorageOptions,
  type RemoteChange,
  type StorageOp,
} from './storage';

export class PresetsNotReadyError extends Error {
  constructor() {
    super('Presets are still loading; try again in a moment.');
    this.name = 'PresetsNotReadyError';
  }
}

export class PresetsUnavailableError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'PresetsUnavailableError';
  }
}

export class PresetValidationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PresetValidationError';
  }
}

/** Organization presets come from enterprise policy: nobody can change them from the extension. */
export class PresetReadOnlyError extends Error {
  constructor() {
    super('Organization presets are read-only: use "Save as preset" to make a personal copy.');
    this.name = 'PresetReadOnlyError';
  }
}

export type StoreNotice = PresetNotice & { id: number };

export interface RemovedPreset {
  preset: Preset;
  index: number;
  wasDefault: boolean;
}

export interface ImportCommit {
  /** Presets with ids not stored yet (written first). */
  added: Preset[];
  /** Presets replacing stored ones with the same id (written after every new key). */
  replaced: Preset[];
}

export type ImportCommitResult =
  | { ok: true; added: string[]; replaced: string[] }
  | { ok: false; error: string; added: string[]; replaced: string[] };

export interface PresetsState {
  hydrated: boolean;
  loadError: string | null;
  presets: Readonly<Record<string, Preset>>;
  /** Display order as stored in `presets:meta`; may name ids not loaded (yet). Use `selectSortedPresets`. */
  order: readonly string[];
  defaultPresetId: string | undefined;
  /** Visible notice while any preset is stored on this device only, e.g. "Saved on this device only: …". */
  storageNotice: string | null;
  localOnlyIds: readonly string[];
  /** One-off events for the UI (fallbacks, unreadable values, failed writes); dismiss with `dismissNotice`. */
  notices: readonly StoreNotice[];
  /** Stored values that could not be read; kept untouched until `discardCorrupt(key)`. */
  corruptKeys: ReadonlyArray<{ key: string; error: string }>;
  lastRemoved: RemovedPreset | null;
  /**
   * Presets, defaults and locked fields pushed by the organization (`presets/managed.ts`). Read-only and
   * kept apart from `presets`, so nothing here is ever written to the user's storage.
   */
  organization: OrganizationPolicy;

  create(name: string, options: TailorOptions): Preset;
  rename(id: string, name: string): Preset;
  duplicate(id: string): Preset;
  /** Replaces the preset's options as a whole (it does not merge). */
  update(id: string, options: TailorOptions): Preset;
  remove(id: string): void;
  /** Restores the last removed preset of this session; returns it, or null when there is nothing to undo. */
  undoRemove(): Preset | null;
  setDefault(id: string | undefined): void;
  /** Writes every queued change now. */
  flush(): Promise<PersistResult>;
  dismissNotice(noticeId: number): void;
  discardCorrupt(key: string): Promise<void>;
  /** Used by `applyImport`: writes new keys, then replacements, then meta; state follows what was written. */
  commitImport(commit: ImportCommit): Promise<ImportCommitResult>;
}

export type PresetsStore = StoreApi<PresetsState> & {
  /** Resolves once loading has finished, successfully (`hydrated`) or not (`loadError`). Never rejects. */
  ready: Promise<void>;
  /** Resolves once the organization policy read has settled and been applied. Never rejects. */
  organizationReady: Promise<void>;
  storage: PresetStorage;
  /** Stops listening to storage and page events; call `flush()` first to keep queued writes. */
  destroy(): void;
};

export interface CreatePresetsStoreOptions {
  storage?: PresetStorage;
  storageOptions?: PresetStorageOptions;
  now?: () => number;
  newId?: () => string;
  /** Flush queued writes when the page is hidden or unloaded (popup closing). Default true. */
  flushOnPageHide?: boolean;
  /** Where organization policy comes from; default `browser.storage.managed`. `false`: no organization. */
  organization?: OrganizationPolicySource | false;
}

const MAX_NOTICES = 20;
const COPY_SUFFIX = ' (copy)';

/** `base` + `suffix`, shortening `base` so the result stays within the name limit. */
export function suffixedName(base: string, suffix: string): string {
  return `${base.slice(0, NAME_MAX_LENGTH - suffix.length).trimEnd()}${suffix}`;
}

export function createPresetsStore(options: CreatePresetsStoreOptions = {}): PresetsStore {
  const storage = options.storage ?? new PresetStorage(options.storageOptions);
  const clock = options.now ?? Date.now;
  const newId = options.newId ?? (() => crypto.randomUUID());
  let noticeSeq = 0;
  let metaUpdatedAt = 0;

  const store = createStore<PresetsState>()((set, get) => {
    const requireReady = (): void => {
      const { hydrated, loadError } = get();
      if (loadError) throw new PresetsUnavailableError(loadError);
      // Set when another context turned out to run a newer schema: writing now could clobber its data.
      const blocked = storage.writeBlockedReason;
      if (blocked) throw new PresetsUnavailableError(blocked);
      if (!hydrated) throw new PresetsNotReadyError();
    };

    const requirePreset = (id: string): Preset => {
      if (isOrganizationPresetId(id)) throw new PresetReadOnlyError();
      const preset = get().presets[id];
      if (!preset) throw new Error(`No preset with id "${id}".`);
      return preset;
    };

    // Strictly increasing per record, so "which edit is newer" has an answer even within one millisecond.
    const stamp = (previous = 0): number => Math.max(clock(), previous + 1);

    const checkedName = (name: string): string => {
      const result = validateName(name);
      if (!result.ok) throw new PresetValidationError(result.error);
      return result.value;
    };

    const checkedOptions = (input: TailorOptions): TailorOptions => {
      const result = validateOptions(input);
      if (!result.ok) throw new PresetValidationError(result.error);
      return structuredClone(result.value);
    };

    const currentMeta = (): PresetsMeta => {
      const { order, presets, defaultPresetId } = get();
      metaUpdatedAt = stamp(metaUpdatedAt);
      return {
        schemaVersion: SCHEMA_VERSION,
        order: order.filter((id) => presets[id]),
        updatedAt: metaUpdatedAt,
        ...(defaultPresetId ? { defaultPresetId } : {}),
      };
    };

    const save = (...ops: StorageOp[]): void => {
      for (const op of ops) storage.schedule(op);
    };
    const savePreset = (preset: Preset): void => save({ key: presetKey(preset.id), value: preset });
    const saveMeta = (): void => save({ key: META_KEY, value: currentMeta() });

    const putPreset = (preset: Preset, at?: number): void => {
      set((state) => {
        const order = state.order.filter((id) => id !== preset.id);
        order.splice(at ?? order.length, 0, preset.id);
        return { presets: { ...state.presets, [preset.id]: preset }, order };
      });
    };

    const modify = (id: string, change: Partial<Pick<Preset, 'name' | 'options'>>): Preset => {
      requireReady();
      const current = requirePreset(id);
      const next: Preset = { ...current, ...change, updatedAt: stamp(current.updatedAt) };
      set((state) => ({ presets: { ...state.presets, [id]: next } }));
      savePreset(next);
      return next;
    };

    return {
      hydrated: false,
      loadError: null,
      presets: {},
      order: [],
      defaultPresetId: undefined,
      storageNotice: null,
      localOnlyIds: [],
      notices: [],
      corruptKeys: [],
      lastRemoved: null,
      organization: EMPTY_ORGANIZATION_POLICY,

      create(name, presetOptions) {
        requireReady();
        const time = stamp();
        const preset: Preset = {
          id: newId(),
          name: checkedName(name),
          options: checkedOptions(presetOptions),
          createdAt: time,
          updatedAt: time,
        };
        putPreset(preset);
        savePreset(preset);
        saveMeta();
        return preset;
      },

      rename: (id, name) => modify(id, { name: checkedName(name) }),

      update: (id, presetOptions) => modify(id, { options: checkedOptions(presetOptions) }),

      duplicate(id) {
        requireReady();
        // An organization preset can be copied: the copy is personal and editable.
        const source: Pick<Preset, 'name' | 'options'> =
          get().organization.presets.find((preset) => preset.id === id) ?? requirePreset(id);
        const time = stamp();
        const copy: Preset = {
          id: newId(),
          name: suffixedName(source.name, COPY_SUFFIX),
          options: structuredClone(source.options),
          createdAt: time,
          updatedAt: time,
        };
        const sourceIndex = get().order.indexOf(id);
        putPreset(copy, sourceIndex >= 0 ? sourceIndex + 1 : undefined);
        savePreset(copy);
        saveMeta();
        return copy;
      },

      remove(id) {
        requireReady();
        const preset = requirePreset(id);
        const { order, defaultPresetId } = get();
        const wasDefault = defaultPresetId === id;
        set((state) => {
          const { [id]: _removed, ...presets } = state.presets;
          return {
            presets,
            order: state.order.filter((other) => other !== id),
            defaultPresetId: wasDefault ? undefined : state.defaultPresetId,
            lastRemoved: { preset, index: Math.max(0, order.indexOf(id)), wasDefault },
          };
        });
        save({ key: presetKey(id), remove: true });
        saveMeta();
      },

      undoRemove() {
        requireReady();
        const removed = get().lastRemoved;
        if (!removed || get().presets[removed.preset.id]) {
          set({ lastRemoved: null });
          return null;
        }
        const restored: Preset = { ...removed.preset, updatedAt: stamp(removed.preset.updatedAt) };
        putPreset(restored, Math.min(removed.index, get().order.length));
        set((state) => ({
          lastRemoved: null,
          defaultPresetId: removed.wasDefault && !state.defaultPresetId ? restored.id : state.defaultPresetId,
        }));
        savePreset(restored);
        saveMeta();
        return restored;
      },

      setDefault(id) {
        requireReady();
        if (id !== undefined) requirePreset(id);
        set({ defaultPresetId: id });
        saveMeta();
      },

      flush: () => storage.flush(),

      dismissNotice(noticeId) {
        set((state) => ({ notices: state.notices.filter((notice) => notice.id !== noticeId) }));
      },

      async discardCorrupt(key) {
        await storage.discardCorrupt(key);
        set({ corruptKeys: storage.corruptKeys() });
      },

      async commitImport({ added, replaced }) {
        requireReady();
        for (const preset of [...added, ...replaced]) {
          const result = validatePreset(preset);
          if (!result.ok) throw new PresetValidationError(`Preset "${preset.id}": ${result.error}`);
        }
        // Queued edits go first so they cannot land on top of the imported values later.
        await storage.flush();
        const written: { added: string[]; replaced: string[] } = { added: [], replaced: [] };
        const phases: Array<{ presets: Preset[]; into: string[] }> = [
          { presets: added, into: written.added },
          { presets: replaced, into: written.replaced },
        ];
        for (const phase of phases) {
          if (phase.presets.length === 0) continue;
          const result = await storage.writeNow(
            phase.presets.map((preset) => ({ key: presetKey(preset.id), value: preset })),
          );
          const failedKeys = new Set(result.failed.map((failure) => failure.key));
          for (const preset of phase.presets) {
            if (failedKeys.has(presetKey(preset.id))) continue;
            putPreset(preset, get().presets[preset.id] ? get().order.indexOf(preset.id) : undefined);
            phase.into.push(preset.id);
          }
          if (result.failed.length > 0) {
            await writeMetaNow();
            const total = added.length + replaced.length;
            return {
              ok: false,
              error:
                `Import stopped after ${written.added.length + written.replaced.length} of ${total} presets: ` +
                `${result.failed[0]?.error}. Presets already imported are kept; nothing else was changed.`,
              ...written,
            };
          }
        }
        const metaResult = await writeMetaNow();
        if (metaResult.failed.length > 0) {
          return {
            ok: false,
            error: `The presets were imported but their order could not be saved: ${metaResult.failed[0]?.error}.`,
            ...written,
          };
        }
        return { ok: true, ...written };
      },
    };
  });

  const writeMetaNow = (): Promise<PersistResult> => {
    const { order, presets, defaultPresetId } = store.getState();
    metaUpdatedAt = Math.max(clock(), metaUpdatedAt + 1);
    const meta: PresetsMeta = {
      schemaVersion: SCHEMA_VERSION,
      order: order.filter((id) => presets[id]),
      updatedAt: metaUpdatedAt,
      ...(defaultPresetId ? { defaultPresetId } : {}),
    };
    return storage.writeNow([{ key: META_KEY, value: meta }]);
  };

  const addNotice = (notice: PresetNotice): void => {
    store.setState((state) => ({ notices: [...state.notices, { ...notice, id: ++noticeSeq }].slice(-MAX_NOTICES) }));
  };

  const refreshLocations = (): void => {
    const localOnlyIds = storage.localOnlyIds();
    const reasons = new Set(localOnlyIds.map((id) => storage.localReason(id) ?? `${SYNC_FULL_MESSAGE}.`));
    let storageNotice: string | null = null;
    if (localOnlyIds.length === 1 || reasons.size === 1) storageNotice = [...reasons][0] ?? null;
    else if (localOnlyIds.length > 1) {
      storageNotice = `${SYNC_FULL_MESSAGE}: ${localOnlyIds.length} presets are kept only on this device.`;
    }
    const previous = store.getState();
    if (previous.storageNotice !== storageNotice || previous.localOnlyIds.join() !== localOnlyIds.join()) {
      store.setState({ storageNotice, localOnlyIds });
    }
  };

  const applyRemote = (change: RemoteChange): void => {
    if (change.kind === 'preset') {
      const { id, preset } = change;
      store.setState((state) => {
        if (!preset) {
          if (!state.presets[id]) return {};
          const { [id]: _gone, ...presets } = state.presets;
          return { presets, order: state.order.filter((other) => other !== id) };
        }
        return {
          presets: { ...state.presets, [id]: preset },
          order: state.order.includes(id) ? state.order : [...state.order, id],
        };
      });
    } else if (change.meta) {
      const meta = change.meta;
      metaUpdatedAt = Math.max(metaUpdatedAt, meta.updatedAt);
      store.setState((state) => ({
        order: mergeOrder(meta.order, state.presets),
        defaultPresetId: meta.defaultPresetId,
      }));
    }
    store.setState({ corruptKeys: storage.corruptKeys() });
  };

  storage.connect({ notice: addNotice, remoteChange: applyRemote, locationsChanged: refreshLocations });

  const organizationSource = options.organization === false ? null : (options.organization ?? managedPolicySource());
  // A change seen while hydrating is newer than the first read: hydration must not overwrite it.
  let organizationChanged = false;
  const stopWatchingOrganization =
    organizationSource?.watch((organization) => {
      organizationChanged = true;
      store.setState({ organization });
    }) ?? (() => {});
  // Never rejects (no policy is "no organization"), so it can share the hydration step.
  const organizationRead = organizationSource
    ? organizationSource.read().catch(() => EMPTY_ORGANIZATION_POLICY)
    : Promise.resolve(EMPTY_ORGANIZATION_POLICY);

  // Personal presets never wait for the policy read: right after a browser restart Chromium has been seen
  // taking a minute to answer storage.managed.get() with no policy at all. Organization presets are applied
  // whenever the read settles (unless a newer change already arrived through the watcher).
  const organizationReady = organizationRead.then((organization) => {
    if (!organizationChanged) store.setState({ organization });
  });

  const ready = (async () => {
    try {
      const loaded = await storage.load();
      const presets: Record<string, Preset> = {};
      for (const preset of loaded.presets) presets[preset.id] = preset;
      metaUpdatedAt = loaded.meta?.updatedAt ?? 0;
      store.setState({
        hydrated: true,
        presets,
        order: mergeOrder(loaded.meta?.order ?? [], presets),
        defaultPresetId: loaded.meta?.defaultPresetId,
        corruptKeys: storage.corruptKeys(),
      });
      for (const notice of loaded.notices) addNotice(notice);
      refreshLocations();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      store.setState({ loadError: message.startsWith('Your presets') ? message : `Could not load presets: ${message}` });
    }
  })();

  const pageTarget = options.flushOnPageHide === false ? null : pageEvents();
  const flushNow = (): void => {
    void storage.flush();
  };
  const flushWhenHidden = (): void => {
    if (pageTarget?.document?.visibilityState === 'hidden') flushNow();
  };
  pageTarget?.addEventListener('pagehide', flushNow);
  pageTarget?.document?.addEventListener('visibilitychange', flushWhenHidden);

  return Object.assign(store, {
    ready,
    organizationReady,
    storage,
    destroy() {
      storage.dispose();
      stopWatchingOrganization();
      pageTarget?.removeEventListener('pagehide', flushNow);
      pageTarget?.document?.removeEventListener('visibilitychange', flushWhenHidden);
    },
  });
}

interface PageEventTarget {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
  document?: PageEventTarget & { visibilityState?: string };
}

function pageEvents(): PageEventTarget | null {
  const candidate = globalThis as unknown as Partial<PageEventTarget>;
  return typeof candidate.addEventListener === 'function' && typeof candidate.document === 'object'
    ? (candidate as PageEventTarget)
    : null;
}

/** Stored order first, then presets it does not mention, oldest first: a preset is never hidden by a stale order. */
function mergeOrder(order: readonly string[], presets: Readonly<Record<string, Preset>>): string[] {
  const listed = new Set(order);
  const unlisted = Object.values(presets)
    .filter((preset) => !listed.has(preset.id))
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
    .map((preset) => preset.id);
  return [...order, ...unlisted];
}

let sortedCache: { presets: PresetsState['presets']; order: PresetsState['order']; defaultId: string | undefined; result: Preset[] } | null =
  null;

/** Presets in display order with the default first. Memoized, so it is safe as a hook selector. */
export function selectSortedPresets(state: Pick<PresetsState, 'presets' | 'order' | 'defaultPresetId'>): Preset[] {
  if (
    sortedCache &&
    sortedCache.presets === state.presets &&
    sortedCache.order === state.order &&
    sortedCache.defaultId === state.defaultPresetId
  ) {
    return sortedCache.result;
  }
  const ids = mergeOrder(state.order.filter((id) => state.presets[id]), state.presets);
  const sorted = ids.map((id) => state.presets[id]).filter((preset): preset is Preset => preset !== undefined);
  const defaultIndex = sorted.findIndex((preset) => preset.id === state.defaultPresetId);
  if (defaultIndex > 0) sorted.unshift(...sorted.splice(defaultIndex, 1));
  sortedCache = { presets: state.presets, order: state.order, defaultId: state.defaultPresetId, result: sorted };
  return sorted;
}
