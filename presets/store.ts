/**
 * The presets store (zustand/vanilla, so no React/preact-compat). State changes at once; storage writes are
 * debounced per key by `PresetStorage` and `flush()` writes them now. The actions are in store-actions.ts.
 *
 * Hydration guard: until stored presets have loaded, every action THROWS `PresetsNotReadyError` instead of
 * queueing. A queued action would be replayed against data it never saw (and an early write is exactly how
 * persisted stores overwrite what was saved); the UI shows a loading state while `hydrated` is false.
 * If loading fails for good (data from a newer version, storage unreadable), `loadError` is set and actions
 * throw `PresetsUnavailableError`.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { t } from '../lib/i18n';
import type { TailorOptions } from '../template/types';
import { EMPTY_ORGANIZATION_POLICY, managedPolicySource, type OrganizationPolicy, type OrganizationPolicySource } from './managed';
import { NewerSchemaError } from './migrations';
import { mergeOrder, sortPresets } from './reading';
import type { Preset } from './schema';
import { PresetStorage, SYNC_FULL_MESSAGE, type PersistResult, type PresetNotice, type PresetStorageOptions, type RemoteChange } from './storage';
import {
  commitImport,
  createPreset,
  duplicatePreset,
  metaOf,
  removePreset,
  renamePreset,
  setDefaultPreset,
  undoRemove,
  updatePreset,
  type ActionContext,
  type ImportCommit,
  type ImportCommitResult,
  type PresetsData,
  type RemovedPreset,
} from './store-actions';

export {
  PresetReadOnlyError,
  PresetValidationError,
  PresetsNotReadyError,
  PresetsUnavailableError,
  suffixedName,
  type ImportCommit,
  type ImportCommitResult,
  type RemovedPreset,
} from './store-actions';
import { errorMessage } from '../lib/errors';

export type StoreNotice = PresetNotice & { id: number };

export interface PresetsState extends PresetsData {
  hydrated: boolean;
  loadError: string | null;
  presets: Readonly<Record<string, Preset>>;
  /** Display order as stored in `presets:meta`; may name ids not loaded (yet). Use `selectSortedPresets`. */
  order: readonly string[];
  defaultPresetId: string | undefined;
  /** Visible notice while any preset is stored on this device only, e.g. "Saved on this device only: …". */
  storageNotice: string | null;
  localOnlyIds: readonly string[];
  /** One-off events for the UI (fallbacks, unreadable values, failed writes, overwritten edits); dismiss with `dismissNotice`. */
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

export function createPresetsStore(options: CreatePresetsStoreOptions = {}): PresetsStore {
  const storage = options.storage ?? new PresetStorage(options.storageOptions);
  const clock = options.now ?? Date.now;
  let noticeSeq = 0;
  let metaUpdatedAt = 0;
  const stamp = (previous = 0): number => Math.max(clock(), previous + 1);

  const store = createStore<PresetsState>()((set, get) => {
    const context: ActionContext = {
      get,
      set: set as ActionContext['set'],
      storage,
      newId: options.newId ?? (() => crypto.randomUUID()),
      stamp,
      nextMeta: () => metaOf(get(), (metaUpdatedAt = stamp(metaUpdatedAt))),
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

      create: (name, presetOptions) => createPreset(context, name, presetOptions),
      rename: (id, name) => renamePreset(context, id, name),
      update: (id, presetOptions) => updatePreset(context, id, presetOptions),
      duplicate: (id) => duplicatePreset(context, id),
      remove: (id) => removePreset(context, id),
      undoRemove: () => undoRemove(context),
      setDefault: (id) => setDefaultPreset(context, id),
      flush: () => storage.flush(),
      dismissNotice(noticeId) {
        set((state) => ({ notices: state.notices.filter((notice) => notice.id !== noticeId) }));
      },
      async discardCorrupt(key) {
        await storage.discardCorrupt(key);
        set({ corruptKeys: storage.corruptKeys() });
      },
      commitImport: (commit) => commitImport(context, commit),
    };
  });

  const addNotice = (notice: PresetNotice): void => {
    store.setState((state) => ({ notices: [...state.notices, { ...notice, id: ++noticeSeq }].slice(-MAX_NOTICES) }));
  };

  const refreshLocations = (): void => {
    const localOnlyIds = storage.localOnlyIds();
    const reasons = new Set(localOnlyIds.map((id) => storage.localReason(id) ?? SYNC_FULL_MESSAGE));
    let storageNotice: string | null = null;
    if (localOnlyIds.length === 1 || reasons.size === 1) storageNotice = [...reasons][0] ?? null;
    else if (localOnlyIds.length > 1) storageNotice = t('presetsSyncFullCount', String(localOnlyIds.length));
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
          if (!Object.hasOwn(state.presets, id)) return {};
          const presets = { ...state.presets };
          delete presets[id];
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
      store.setState((state) => ({ order: mergeOrder(meta.order, state.presets), defaultPresetId: meta.defaultPresetId }));
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
      const message = errorMessage(error);
      // A newer version's data explains itself; anything else gets the generic lead.
      store.setState({ loadError: error instanceof NewerSchemaError ? message : t('presetsCouldNotLoad', message) });
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

let sortedCache: { presets: PresetsState['presets']; order: PresetsState['order']; defaultId: string | undefined; result: Preset[] } | null =
  null;

/** Presets in display order with the default first (reading.ts `sortPresets`, as the popup's snapshot). Memoized, so it is safe as a hook selector. */
export function selectSortedPresets(state: Pick<PresetsState, 'presets' | 'order' | 'defaultPresetId'>): Preset[] {
  if (
    sortedCache &&
    sortedCache.presets === state.presets &&
    sortedCache.order === state.order &&
    sortedCache.defaultId === state.defaultPresetId
  ) {
    return sortedCache.result;
  }
  const result = sortPresets(new Map(Object.entries(state.presets)), state.order, state.defaultPresetId);
  sortedCache = { presets: state.presets, order: state.order, defaultId: state.defaultPresetId, result };
  return result;
}
