/**
 * Where presets live: `browser.storage.sync`, one preset per key (`preset:<id>`) plus `presets:meta`, so
 * two contexts editing different presets never overwrite each other. A value that would not fit sync's
 * quotas goes to `browser.storage.local` instead, and the fallback is reported so the UI can say so.
 * Storage stays the source of truth: changes from other contexts are re-read per key before they are applied.
 */
import { browser } from 'wxt/browser';
import {
  META_KEY,
  NewerSchemaError,
  PRESET_KEY_PREFIX,
  migrateStorage,
  presetKey,
  type StorageAreaLike,
  type StorageAreas,
} from './migrations';
import { SCHEMA_VERSION, validateMeta, validatePreset, type Preset, type PresetsMeta } from './schema';

export type AreaName = 'sync' | 'local';

/** Chrome's documented `storage.sync` limits (Firefox's are the same or looser). */
export const SYNC_LIMITS = { QUOTA_BYTES_PER_ITEM: 8_192, QUOTA_BYTES: 102_400, MAX_ITEMS: 512 } as const;
export const DEFAULT_DEBOUNCE_MS = 300;
/** Waits before retrying writes that failed: growing, then capped at the last value (a failing disk should not be hammered). */
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [2_000, 10_000, 60_000];

/** Device-local copy of an unreadable `presets:meta`, kept before it is rebuilt. */
export const META_BACKUP_KEY = 'presets:meta-unreadable';

export const SYNC_FULL_MESSAGE = 'Saved on this device only: browser sync storage is full';

export interface WriterTag {
  id: string;
  seq: number;
}

export type PresetNotice =
  | { kind: 'sync-fallback'; key: string; message: string }
  | { kind: 'corrupt'; key: string; area?: AreaName; message: string }
  | { kind: 'write-failed'; key?: string; message: string }
  | { kind: 'migration'; message: string };

export type StorageOp = { key: string; value: Preset | PresetsMeta } | { key: string; remove: true };

export type RemoteChange = { kind: 'preset'; id: string; preset: Preset | null } | { kind: 'meta'; meta: PresetsMeta | null };

export interface LoadedPresets {
  presets: Preset[];
  meta: PresetsMeta | null;
  notices: PresetNotice[];
}

export interface PersistResult {
  /** Keys whose write did not reach any storage area, with the reason. */
  failed: Array<{ key: string; error: string }>;
}

export interface PresetStorageListener {
  notice(notice: PresetNotice): void;
  remoteChange(change: RemoteChange): void;
  /** The set of keys stored only on this device changed. */
  locationsChanged(): void;
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

const textEncoder = new TextEncoder();

/** Bytes Chrome charges for one item: the key plus the JSON of the value, in UTF-8. */
export function itemBytes(key: string, value: unknown): number {
  return textEncoder.encode(key).length + textEncoder.encode(JSON.stringify(value) ?? '').length;
}

export function isQuotaError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /QUOTA_BYTES|MAX_ITEMS|MAX_WRITE_OPERATIONS|quota/i.test(message);
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const isOurKey = (key: string): boolean => key === META_KEY || key.startsWith(PRESET_KEY_PREFIX);

export function browserAreas(): StorageAreas {
  return {
    sync: browser.storage.sync as unknown as StorageAreaLike,
    local: browser.storage.local as unknown as StorageAreaLike,
  };
}

function newWriterId(): string {
  return `w-${crypto.randomUUID()}`;
}

interface ParsedValue<T> {
  value: T;
  area: AreaName;
}

/** Strips the writer tag; what is left must match the schema exactly. */
function untag(raw: unknown): { body: unknown; writer: WriterTag | null } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || !('_writer' in raw)) return { body: raw, writer: null };
  const { _writer, ...body } = raw as Record<string, unknown>;
  const writer =
    typeof _writer === 'object' && _writer !== null && typeof (_writer as WriterTag).id === 'string'
      ? (_writer as WriterTag)
      : null;
  return { body, writer };
}

function parsePresetValue(key: string, raw: unknown): { ok: true; preset: Preset } | { ok: false; error: string } {
  const result = validatePreset(untag(raw).body);
  if (!result.ok) return { ok: false, error: result.error };
  if (presetKey(result.value.id) !== key) return { ok: false, error: `id "${result.value.id}" does not match its key` };
  return { ok: true, preset: result.value };
}

function parseMetaValue(raw: unknown): { ok: true; meta: PresetsMeta } | { ok: false; error: string } {
  const { body } = untag(raw);
  // Check the version before the shape: a future meta may well have fields this version does not know.
  const version = (body as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) throw new NewerSchemaError(version, 'Your presets');
  const result = validateMeta(body);
  return result.ok ? { ok: true, meta: result.value } : { ok: false, error: result.error };
}

function newest<T extends { updatedAt: number }>(candidates: ParsedValue<T>[]): ParsedValue<T> | null {
  let best: ParsedValue<T> | null = null;
  for (const candidate of candidates) {
    // Ties go to sync (listed first): that copy is the one other devices see.
    if (!best || candidate.value.updatedAt > best.value.updatedAt) best = candidate;
  }
  return best;
}

export class PresetStorage {
  readonly writerId: string;
  private readonly areas: StorageAreas;
  private readonly debounceMs: number;
  private readonly retryDelaysMs: readonly number[];
  /** Flushes in a row that left failed writes queued; picks the next retry delay. */
  private failedFlushes = 0;
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
  private readonly pending = new Map<string, StorageOp>();
  private readonly queuedReconciles = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Every storage operation runs in this chain, so re-reads see our completed writes. */
  private chain: Promise<unknown> = Promise.resolve();
  private loaded = false;
  private blocked: string | null = null;
  private readonly changedDuringLoad = new Set<string>();
  private readonly handleChange: ChangeListener = (changes, areaName) => this.onStorageChanged(changes, areaName);

  constructor(options: PresetStorageOptions = {}) {
    this.areas = options.areas ?? browserAreas();
    this.writerId = options.writerId ?? newWriterId();
    this.debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
    this.retryDelaysMs = options.retryDelaysMs?.length ? options.retryDelaysMs : DEFAULT_RETRY_DELAYS_MS;
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
        notices.push({
          kind: 'migration',
          message:
            `${report.rejected.length} old preset(s) could not be converted and were kept aside ` +
            `(${report.rejected.map((r) => r.error).join('; ')}).`,
        });
      }
      const [syncData, localData] = await Promise.all([this.areas.sync.get(null), this.areas.local.get(null)]);
      const presetCandidates = new Map<string, ParsedValue<Preset>[]>();
      const metaCandidates: ParsedValue<PresetsMeta>[] = [];
      for (const [area, data] of [
        ['sync', syncData],
        ['local', localData],
      ] as const) {
        for (const [key, raw] of Object.entries(data)) {
          if (area === 'sync') this.syncSizes.set(key, itemBytes(key, raw));
          if (!isOurKey(key)) continue;
          this.addLocation(key, area);
          if (key === META_KEY) {
            const parsed = parseMetaValue(raw);
            if (parsed.ok) metaCandidates.push({ value: parsed.meta, area });
            else notices.push(await this.quarantineMeta(raw, area, parsed.error));
            continue;
          }
          const parsed = parsePresetValue(key, raw);
          if (!parsed.ok) {
            notices.push(this.markCorrupt(key, area, parsed.error));
            continue;
          }
          const list = presetCandidates.get(key) ?? [];
          list.push({ value: parsed.preset, area });
          presetCandidates.set(key, list);
        }
      }
      const presets: Preset[] = [];
      for (const candidates of presetCandidates.values()) {
        const best = newest(candidates);
        if (best) presets.push(best.value);
      }
      // A valid copy in one area is enough to use the preset; the corrupt copy stays flagged only if nothing valid exists.
      for (const key of presetCandidates.keys()) this.corrupt.delete(key);
      const meta = newest(metaCandidates)?.value ?? null;
      if (meta) this.corrupt.delete(META_KEY);
      this.loaded = true;
      for (const key of this.changedDuringLoad) this.enqueueReconcile(key);
      this.changedDuringLoad.clear();
      return { presets, meta, notices };
    } catch (error) {
      if (error instanceof NewerSchemaError) this.blocked = error.message;
      throw error;
    }
  }

  /** Stops listening and drops the debounce timer (pending writes stay until `flush`). */
  dispose(): void {
    this.onChangedEvent.removeListener(this.handleChange);
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
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
      if (key.startsWith(PRESET_KEY_PREFIX) && areas.has('local') && !areas.has('sync')) {
        ids.push(key.slice(PRESET_KEY_PREFIX.length));
      }
    }
    return ids.sort();
  }

  /** The latest reason a value went to local storage, if one is on record. */
  localReason(id: string): string | undefined {
    return this.localReasons.get(presetKey(id));
  }

  /** The value queued for `key` but not yet written, if any (`null` = a queued removal). */
  pendingValue(key: string): Preset | PresetsMeta | null | undefined {
    const op = this.pending.get(key);
    if (!op) return undefined;
    return 'remove' in op ? null : op.value;
  }

  /** Queues a write; the last op per key wins and nothing queued is lost (`flush` writes it now). */
  schedule(op: StorageOp): void {
    if (this.blocked) throw new Error(this.blocked);
    this.pending.set(op.key, op);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.debounceMs);
  }

  /** Writes everything queued and waits for it (and for any write already under way). */
  async flush(): Promise<PersistResult> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const ops = [...this.pending.values()];
    this.pending.clear();
    const result = await this.enqueue(() => this.persist(ops));
    // Keep failed ops so a later flush retries them, unless something newer was queued meanwhile.
    let requeued = 0;
    for (const { key } of result.failed) {
      const op = ops.find((candidate) => candidate.key === key);
      if (op && !this.pending.has(key) && !this.corrupt.has(key)) {
        this.pending.set(key, op);
        requeued++;
      }
    }
    if (requeued === 0) {
      this.failedFlushes = 0;
    } else {
      // Retry on our own: the user was told the changes "will be retried", and may make no further edit.
      const delay = this.retryDelaysMs[Math.min(this.failedFlushes, this.retryDelaysMs.length - 1)]!;
      this.failedFlushes++;
      // A newer edit already has its (sooner) debounce timer, which flushes the requeued ops too.
      if (!this.timer) {
        this.timer = setTimeout(() => {
          this.timer = null;
          void this.flush();
        }, delay);
      }
    }
    return result;
  }

  /** Writes these ops now, in order, after whatever is queued; used by import, which must know the outcome. */
  async writeNow(ops: StorageOp[]): Promise<PersistResult> {
    if (this.blocked) throw new Error(this.blocked);
    for (const op of ops) this.pending.delete(op.key);
    return this.enqueue(() => this.persist(ops));
  }

  /** Deletes an unreadable stored value after the user has chosen to, in every area. */
  async discardCorrupt(key: string): Promise<void> {
    await this.enqueue(async () => {
      await Promise.all([this.areas.sync.remove(key), this.areas.local.remove(key)]);
      this.corrupt.delete(key);
      this.locations.delete(key);
      this.syncSizes.delete(key);
    });
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.chain.then(task, task);
    this.chain = run.catch(() => undefined);
    return run;
  }

  private markCorrupt(key: string, area: AreaName | undefined, error: string): PresetNotice {
    this.corrupt.set(key, error);
    const what = key === META_KEY ? 'The presets list settings' : `Saved preset "${key.slice(PRESET_KEY_PREFIX.length)}"`;
    return {
      kind: 'corrupt',
      key,
      ...(area ? { area } : {}),
      message: `${what} could not be read and was skipped (${error}). It is kept as is until you discard it.`,
    };
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
    return {
      kind: 'corrupt',
      key: META_KEY,
      area,
      message:
        `The presets order and default could not be read (${error}); they were rebuilt from the presets, ` +
        `and the unreadable copy was kept under "${META_BACKUP_KEY}" on this device.`,
    };
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
  }

  private syncBytesInUse(): number {
    let total = 0;
    for (const size of this.syncSizes.values()) total += size;
    return total;
  }

  private async persist(ops: StorageOp[]): Promise<PersistResult> {
    const failed: PersistResult['failed'] = [];
    const writes: Array<{ key: string; value: Record<string, unknown> }> = [];
    const removals: string[] = [];
    for (const op of ops) {
      const corruptError = this.corrupt.get(op.key);
      if (corruptError !== undefined) {
        const error = `it holds unreadable data (${corruptError}); discard it first`;
        failed.push({ key: op.key, error });
        this.listener?.notice({ kind: 'write-failed', key: op.key, message: `Not saved over ${op.key}: ${error}.` });
        continue;
      }
      if ('remove' in op) removals.push(op.key);
      else writes.push({ key: op.key, value: { ...op.value, _writer: { id: this.writerId, seq: ++this.seq } } });
    }

    // Decide per item where it fits, counting what this batch adds to sync.
    const toSync: Record<string, unknown> = {};
    const toLocal: Record<string, unknown> = {};
    const fallbackReason = new Map<string, string>();
    let projectedBytes = this.syncBytesInUse();
    let projectedItems = this.syncSizes.size;
    for (const { key, value } of writes) {
      const size = itemBytes(key, value);
      const previous = this.syncSizes.get(key);
      const bytesAfter = projectedBytes - (previous ?? 0) + size;
      const itemsAfter = projectedItems + (previous === undefined ? 1 : 0);
      if (size > SYNC_LIMITS.QUOTA_BYTES_PER_ITEM) {
        toLocal[key] = value;
        fallbackReason.set(key, tooLargeMessage(value, size));
      } else if (bytesAfter > SYNC_LIMITS.QUOTA_BYTES || itemsAfter > SYNC_LIMITS.MAX_ITEMS) {
        toLocal[key] = value;
        fallbackReason.set(key, `${SYNC_FULL_MESSAGE}.`);
      } else {
        toSync[key] = value;
        projectedBytes = bytesAfter;
        projectedItems = itemsAfter;
      }
    }

    if (Object.keys(toSync).length > 0) {
      try {
        await this.areas.sync.set(toSync);
        for (const [key, value] of Object.entries(toSync)) {
          this.syncSizes.set(key, itemBytes(key, value));
          this.addLocation(key, 'sync');
          this.localReasons.delete(key);
        }
      } catch (error) {
        if (!isQuotaError(error)) {
          for (const key of Object.keys(toSync)) failed.push({ key, error: errorText(error) });
        } else {
          const busy = /MAX_WRITE_OPERATIONS/i.test(errorText(error));
          for (const [key, value] of Object.entries(toSync)) {
            toLocal[key] = value;
            fallbackReason.set(
              key,
              busy ? 'Saved on this device only: browser sync is busy (too many saves in a short time).' : `${SYNC_FULL_MESSAGE}.`,
            );
          }
        }
      }
    }

    if (Object.keys(toLocal).length > 0) {
      try {
        await this.areas.local.set(toLocal);
        for (const key of Object.keys(toLocal)) {
          this.addLocation(key, 'local');
          const reason = fallbackReason.get(key);
          if (reason) {
            this.localReasons.set(key, reason);
            this.listener?.notice({ kind: 'sync-fallback', key, message: reason });
          }
        }
      } catch (error) {
        for (const key of Object.keys(toLocal)) failed.push({ key, error: errorText(error) });
      }
    }

    // Only one copy should remain: drop the stale copy in the other area (a leftover is harmless, newest wins).
    const failedKeys = new Set(failed.map((f) => f.key));
    const staleLocal = Object.keys(toSync).filter(
      (key) => !(key in toLocal) && !failedKeys.has(key) && this.locations.get(key)?.has('local'),
    );
    const localFailed = new Set(failed.map((f) => f.key));
    const staleSync = Object.keys(toLocal).filter((key) => !localFailed.has(key) && this.locations.get(key)?.has('sync'));
    await this.removeFrom('local', staleLocal);
    await this.removeFrom('sync', staleSync);

    for (const key of removals) {
      const areas = [...(this.locations.get(key) ?? new Set<AreaName>(['sync', 'local']))];
      for (const area of areas) {
        try {
          await this.areas[area].remove(key);
          this.dropLocation(key, area);
          if (area === 'sync') this.syncSizes.delete(key);
        } catch (error) {
          failed.push({ key, error: errorText(error) });
        }
      }
    }

    if (failed.length > 0) {
      this.listener?.notice({
        kind: 'write-failed',
        message: `Could not save ${failed.length} change(s): ${[...new Set(failed.map((f) => f.error))].join('; ')}. Your changes are kept in this window and will be retried.`,
      });
    }
    this.listener?.locationsChanged();
    return { failed };
  }

  private async removeFrom(area: AreaName, keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    try {
      await this.areas[area].remove(keys);
      for (const key of keys) {
        this.dropLocation(key, area);
        if (area === 'sync') this.syncSizes.delete(key);
      }
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
      if (!isOurKey(key)) continue;
      if (present) this.addLocation(key, areaName);
      else this.dropLocation(key, areaName);
      // Our own write coming back: state already has it.
      if (present && untag(change.newValue).writer?.id === this.writerId) continue;
      if (!this.loaded) this.changedDuringLoad.add(key);
      else this.enqueueReconcile(key);
    }
    this.listener?.locationsChanged();
  }

  private enqueueReconcile(key: string): void {
    if (this.queuedReconciles.has(key)) return;
    this.queuedReconciles.add(key);
    // Not awaited: fakes (and some browsers) await listeners, and this waits on writes in progress.
    void this.enqueue(async () => {
      this.queuedReconciles.delete(key);
      await this.reconcile(key);
    }).catch((error: unknown) => {
      this.listener?.notice({ kind: 'write-failed', key, message: `Could not read a change from another window: ${errorText(error)}` });
    });
  }

  /** Re-reads one key from both areas and hands the result to the store unless a newer local edit is queued. */
  private async reconcile(key: string): Promise<void> {
    const [syncData, localData] = await Promise.all([this.areas.sync.get(key), this.areas.local.get(key)]);
    const raws = [
      ['sync', syncData[key]],
      ['local', localData[key]],
    ] as const;
    if (key === META_KEY) {
      const candidates: ParsedValue<PresetsMeta>[] = [];
      for (const [area, raw] of raws) {
        if (raw === undefined) continue;
        let parsed: ReturnType<typeof parseMetaValue>;
        try {
          parsed = parseMetaValue(raw);
        } catch (error) {
          // Another context runs a newer version: stop writing rather than clobber its data.
          this.blocked = errorText(error);
          this.listener?.notice({ kind: 'write-failed', message: this.blocked });
          return;
        }
        if (parsed.ok) candidates.push({ value: parsed.meta, area });
        else this.listener?.notice(await this.quarantineMeta(raw, area, parsed.error));
      }
      const meta = newest(candidates)?.value ?? null;
      if (meta) this.corrupt.delete(key);
      const queued = this.pending.get(key);
      if (queued && !('remove' in queued) && (!meta || queued.value.updatedAt >= meta.updatedAt)) return;
      this.pending.delete(key);
      this.listener?.remoteChange({ kind: 'meta', meta });
      return;
    }

    const candidates: ParsedValue<Preset>[] = [];
    for (const [area, raw] of raws) {
      if (raw === undefined) continue;
      const parsed = parsePresetValue(key, raw);
      if (parsed.ok) candidates.push({ value: parsed.preset, area });
      else this.listener?.notice(this.markCorrupt(key, area, parsed.error));
    }
    const preset = newest(candidates)?.value ?? null;
    if (preset) this.corrupt.delete(key);
    const queued = this.pending.get(key);
    // A queued edit here is newer than what was stored (or the preset was deleted elsewhere while being
    // edited here): keep the edit, it is written at the next flush.
    if (queued && !('remove' in queued) && (!preset || queued.value.updatedAt >= preset.updatedAt)) return;
    if (queued && 'remove' in queued && !preset) return;
    this.pending.delete(key);
    this.listener?.remoteChange({ kind: 'preset', id: key.slice(PRESET_KEY_PREFIX.length), preset });
  }
}

function tooLargeMessage(value: Record<string, unknown>, size: number): string {
  const name = typeof value.name === 'string' ? `"${value.name}"` : 'This item';
  return `Saved on this device only: ${name} is too large for browser sync (${(size / 1024).toFixed(1)} KB; the limit is 8 KB per preset).`;
}
