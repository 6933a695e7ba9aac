/**
 * Where presets live: `browser.storage.sync`, one preset per key (`preset:<id>`) plus `presets:meta`, so
 * two contexts editing different presets never overwrite each other. A value that would not fit sync's
 * quotas goes to `browser.storage.local` instead, and the fallback is reported so the UI can say so.
 * Storage stays the source of truth: changes from other contexts are re-read per key before they are applied.
 *
 * The decisions live beside it: where each write goes (write-plan.ts, pure), the debounced queue with its
 * retries (write-queue.ts), what a foreign change means here (reconcile.ts), and how stored values are
 * parsed and merged (reading.ts, shared with the popup's snapshot). This class keeps the bookkeeping.
 */
import { browser } from 'wxt/browser';
import { t } from '../lib/i18n';
import { META_KEY, PRESET_KEY_PREFIX, isPresetStorageKey, presetIdOfKey, presetKey } from './keys';
import { NewerSchemaError, migrateStorage, type StorageAreaLike, type StorageAreas } from './migrations';
import { collectStoredPresets, untag, type WriterTag } from './reading';
import { reconcileKey, type ReconcileContext } from './reconcile';
import type { Preset, PresetsMeta } from './schema';
import type { AreaName, PersistResult, PresetNotice, PresetStorageListener, StorageOp } from './storage-types';
import { isQuotaError, itemBytes, moveSyncToLocal, planWrites, staleCopies, syncFullMessage } from './write-plan';
import { WriteQueue } from './write-queue';
import { errorMessage } from '../lib/errors';

export type { AreaName, PersistResult, PresetNotice, PresetStorageListener, RemoteChange, StorageOp } from './storage-types';
export { SYNC_LIMITS, isQuotaError, itemBytes } from './write-plan';

/** Device-local copy of an unreadable `presets:meta`, kept before it is rebuilt. */
export const META_BACKUP_KEY = 'presets:meta-unreadable';

/** "Saved on this device only: browser sync storage is full." (in the user's language). */
export const SYNC_FULL_MESSAGE = syncFullMessage();

export interface LoadedPresets {
  presets: Preset[];
  meta: PresetsMeta | null;
  notices: PresetNotice[];
}

export interface PresetStorageOptions {
  areas?: StorageAreas;
  /** Identifies this context's writes so their `onChanged` echo is ignored. Random by default. */
  writerId?: string;
  debounceMs?: number;
  /** Backoff between automatic retries of failed writes; the last value repeats. */
  retryDelaysMs?: readonly number[];
  /** Subscribe to change events; defaults to `browser.storage.onChanged`. */
  onChanged?: ChangeEventLike;
}

type ChangeListener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, areaName: string) => void;
export interface ChangeEventLike {
  addListener(listener: ChangeListener): void;
  removeListener(listener: ChangeListener): void;
}

export function browserAreas(): StorageAreas {
  return {
    sync: browser.storage.sync as unknown as StorageAreaLike,
    local: browser.storage.local as unknown as StorageAreaLike,
  };
}

export class PresetStorage {
  readonly writerId: string;
  private readonly areas: StorageAreas;
  private readonly queue: WriteQueue;
  private readonly onChangedEvent: ChangeEventLike;
  private listener: PresetStorageListener | null = null;
  private seq = 0;
  /** Bytes per key currently in sync (all keys, ours or not): the basis of the quota estimate. */
  private readonly syncSizes = new Map<string, number>();
  /** Which areas hold each of our keys. */
  private readonly locations = new Map<string, Set<AreaName>>();
  /** Keys holding unreadable data: never written over until the user discards them. */
  private readonly corrupt = new Map<string, string>();
  private readonly localReasons = new Map<string, string>();
  private readonly queuedReconciles = new Set<string>();
  private loaded = false;
  private blocked: string | null = null;
  private readonly changedDuringLoad = new Set<string>();
  private readonly handleChange: ChangeListener = (changes, areaName) => this.onStorageChanged(changes, areaName);

  constructor(options: PresetStorageOptions = {}) {
    this.areas = options.areas ?? browserAreas();
    this.writerId = options.writerId ?? `w-${crypto.randomUUID()}`;
    this.queue = new WriteQueue({
      debounceMs: options.debounceMs,
      retryDelaysMs: options.retryDelaysMs,
      persist: (ops) => this.persist(ops),
      retryable: (key) => !this.corrupt.has(key),
    });
    this.onChangedEvent = options.onChanged ?? (browser.storage.onChanged as unknown as ChangeEventLike);
  }

  connect(listener: PresetStorageListener): void {
    this.listener = listener;
  }

  /** Migrates, then reads both areas. Throws `NewerSchemaError` (and blocks all writes) for future data. */
  async load(): Promise<LoadedPresets> {
    // Listen first so a change landing while we read is re-read afterwards rather than missed.
    this.onChangedEvent.addListener(this.handleChange);
    const notices: PresetNotice[] = [];
    try {
      const report = await migrateStorage(this.areas);
      if (report.rejected.length > 0) {
        const reasons = report.rejected.map((r) => r.error).join('; ');
        notices.push({ kind: 'migration', message: t('presetsMigrationRejected', [String(report.rejected.length), reasons]) });
      }
      const [syncData, localData] = await Promise.all([this.areas.sync.get(null), this.areas.local.get(null)]);
      for (const [key, raw] of Object.entries(syncData)) this.syncSizes.set(key, itemBytes(key, raw));
      for (const [area, data] of [['sync', syncData], ['local', localData]] as const) {
        for (const key of Object.keys(data)) if (isPresetStorageKey(key)) this.addLocation(key, area);
      }
      const stored = collectStoredPresets([['sync', syncData], ['local', localData]]);
      if (stored.newerSchema) throw stored.newerSchema;
      for (const copy of stored.invalid) {
        notices.push(copy.key === META_KEY ? await this.quarantineMeta(copy.raw, copy.area, copy.error) : this.markCorrupt(copy.key, copy.area, copy.error));
      }
      // A valid copy in one area is enough to use the preset; the corrupt copy stays flagged only if nothing valid exists.
      for (const preset of stored.presets) this.corrupt.delete(presetKey(preset.id));
      if (stored.meta) this.corrupt.delete(META_KEY);
      this.loaded = true;
      for (const key of this.changedDuringLoad) this.enqueueReconcile(key);
      this.changedDuringLoad.clear();
      return { presets: stored.presets, meta: stored.meta, notices };
    } catch (error) {
      if (error instanceof NewerSchemaError) this.blocked = error.message;
      throw error;
    }
  }

  /** Stops listening and drops the debounce timer (pending writes stay until `flush`). */
  dispose(): void {
    this.onChangedEvent.removeListener(this.handleChange);
    this.queue.dispose();
  }

  get writeBlockedReason(): string | null {
    return this.blocked;
  }

  corruptKeys(): Array<{ key: string; error: string }> {
    return [...this.corrupt].map(([key, error]) => ({ key, error }));
  }

  /** Preset ids whose only copy is in `storage.local` (so they do not reach the user's other devices). */
  localOnlyIds(): string[] {
    const ids: string[] = [];
    for (const [key, areas] of this.locations) {
      if (key.startsWith(PRESET_KEY_PREFIX) && areas.has('local') && !areas.has('sync')) ids.push(presetIdOfKey(key));
    }
    return ids.sort();
  }

  /** The latest reason a value went to local storage, if one is on record. */
  localReason(id: string): string | undefined {
    return this.localReasons.get(presetKey(id));
  }

  /** The value queued for `key` but not yet written, if any (`null` = a queued removal). */
  pendingValue(key: string): Preset | PresetsMeta | null | undefined {
    const op = this.queue.queued(key);
    if (!op) return undefined;
    return 'remove' in op ? null : op.value;
  }

  /** Queues a write; the last op per key wins and nothing queued is lost (`flush` writes it now). */
  schedule(op: StorageOp): void {
    if (this.blocked) throw new Error(this.blocked);
    this.queue.schedule(op);
  }

  /** Writes everything queued and waits for it (and for any write already under way). */
  flush(): Promise<PersistResult> {
    return this.queue.flush();
  }

  /** Writes these ops now, in order, after whatever is queued; used by import, which must know the outcome. */
  async writeNow(ops: StorageOp[]): Promise<PersistResult> {
    if (this.blocked) throw new Error(this.blocked);
    return this.queue.writeNow(ops);
  }

  /** Deletes an unreadable stored value after the user has chosen to, in every area. */
  async discardCorrupt(key: string): Promise<void> {
    await this.queue.run(async () => {
      await Promise.all([this.areas.sync.remove(key), this.areas.local.remove(key)]);
      this.corrupt.delete(key);
      this.locations.delete(key);
      this.syncSizes.delete(key);
    });
  }

  private markCorrupt(key: string, area: AreaName | undefined, error: string): PresetNotice {
    this.corrupt.set(key, error);
    const message = key === META_KEY ? t('presetsMetaCorrupt', error) : t('presetCorrupt', [presetIdOfKey(key), error]);
    return { kind: 'corrupt', key, ...(area ? { area } : {}), message };
  }

  /**
   * Meta only holds order and default, which the store can rebuild; blocking it would block every save.
   * So an unreadable meta is copied aside (device-local) and then may be replaced. If the copy fails,
   * it is treated like any corrupt value and left alone.
   */
  private async quarantineMeta(raw: unknown, area: AreaName, error: string): Promise<PresetNotice> {
    try {
      await this.areas.local.set({ [META_BACKUP_KEY]: { value: raw, area, error } });
    } catch {
      return this.markCorrupt(META_KEY, area, error);
    }
    return { kind: 'corrupt', key: META_KEY, area, message: t('presetsMetaRebuilt', [error, META_BACKUP_KEY]) };
  }

  private addLocation(key: string, area: AreaName): void {
    const set = this.locations.get(key) ?? new Set<AreaName>();
    set.add(area);
    this.locations.set(key, set);
  }

  private dropLocation(key: string, area: AreaName): void {
    const set = this.locations.get(key);
    if (!set) return;
    set.delete(area);
    if (set.size === 0) this.locations.delete(key);
    if (area === 'sync') this.syncSizes.delete(key);
  }

  private async persist(ops: StorageOp[]): Promise<PersistResult> {
    const plan = planWrites({
      ops,
      syncSizes: this.syncSizes,
      corrupt: this.corrupt,
      tag: (value) => ({ ...value, _writer: { id: this.writerId, seq: ++this.seq } satisfies WriterTag }),
    });
    const failed: PersistResult['failed'] = [...plan.refused];
    for (const { key, error } of plan.refused) {
      this.listener?.notice({ kind: 'write-failed', key, message: t('presetsNotSavedOver', [key, error]) });
    }

    if (Object.keys(plan.toSync).length > 0) {
      try {
        await this.areas.sync.set(plan.toSync);
        for (const [key, value] of Object.entries(plan.toSync)) {
          this.syncSizes.set(key, itemBytes(key, value));
          this.addLocation(key, 'sync');
          this.localReasons.delete(key);
        }
      } catch (error) {
        if (isQuotaError(error)) moveSyncToLocal(plan, error);
        else for (const key of Object.keys(plan.toSync)) failed.push({ key, error: errorMessage(error) });
      }
    }

    if (Object.keys(plan.toLocal).length > 0) {
      try {
        await this.areas.local.set(plan.toLocal);
        for (const key of Object.keys(plan.toLocal)) {
          this.addLocation(key, 'local');
          const reason = plan.localReasons.get(key);
          if (reason) {
            this.localReasons.set(key, reason);
            this.listener?.notice({ kind: 'sync-fallback', key, message: reason });
          }
        }
      } catch (error) {
        for (const key of Object.keys(plan.toLocal)) failed.push({ key, error: errorMessage(error) });
      }
    }

    const stale = staleCopies(plan, new Set(failed.map((f) => f.key)), this.locations);
    await this.removeFrom('local', stale.local);
    await this.removeFrom('sync', stale.sync);

    for (const key of plan.removals) {
      for (const area of [...(this.locations.get(key) ?? new Set<AreaName>(['sync', 'local']))]) {
        try {
          await this.areas[area].remove(key);
          this.dropLocation(key, area);
        } catch (error) {
          failed.push({ key, error: errorMessage(error) });
        }
      }
    }

    if (failed.length > 0) {
      const reasons = [...new Set(failed.map((f) => f.error))].join('; ');
      this.listener?.notice({ kind: 'write-failed', message: t('presetsWriteFailed', [String(failed.length), reasons]) });
    }
    this.listener?.locationsChanged();
    return { failed };
  }

  private async removeFrom(area: AreaName, keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    try {
      await this.areas[area].remove(keys);
      for (const key of keys) this.dropLocation(key, area);
    } catch {
      // The newer copy was written; the stale one loses every merge by `updatedAt`.
    }
  }

  private onStorageChanged(changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, areaName: string): void {
    if (areaName !== 'sync' && areaName !== 'local') return;
    for (const [key, change] of Object.entries(changes)) {
      const present = change.newValue !== undefined && change.newValue !== null;
      if (areaName === 'sync') {
        if (present) this.syncSizes.set(key, itemBytes(key, change.newValue));
        else this.syncSizes.delete(key);
      }
      if (!isPresetStorageKey(key)) continue;
      if (present) this.addLocation(key, areaName);
      else this.dropLocation(key, areaName);
      // Our own write coming back: state already has it.
      if (present && untag(change.newValue).writer?.id === this.writerId) continue;
      if (!this.loaded) this.changedDuringLoad.add(key);
      else this.enqueueReconcile(key);
    }
    this.listener?.locationsChanged();
  }

  private reconcileContext(): ReconcileContext {
    return {
    areas: this.areas,
    listener: this.listener,
    queued: (key) => this.queue.queued(key),
    dropQueued: (key) => this.queue.drop(key),
    markCorrupt: (key, area, error) => this.markCorrupt(key, area, error),
    clearCorrupt: (key) => void this.corrupt.delete(key),
    quarantineMeta: (raw, area, error) => this.quarantineMeta(raw, area, error),
    block: (reason) => {
      this.blocked = reason;
    },
    };
  }

  private enqueueReconcile(key: string): void {
    if (this.queuedReconciles.has(key)) return;
    this.queuedReconciles.add(key);
    // Not awaited: fakes (and some browsers) await listeners, and this waits on writes in progress.
    void this.queue
      .run(async () => {
        this.queuedReconciles.delete(key);
        await reconcileKey(key, this.reconcileContext());
      })
      .catch((error: unknown) => {
        this.listener?.notice({ kind: 'write-failed', key, message: t('presetsRemoteReadFailed', errorMessage(error)) });
      });
  }
}
