/** Types shared by the storage pieces (planner, queue, reconcile, PresetStorage) and the store. */
import type { AreaName } from './reading';
import type { Preset, PresetsMeta } from './schema';

export type { AreaName };

export type PresetNotice =
  | { kind: 'sync-fallback'; key: string; message: string }
  | { kind: 'corrupt'; key: string; area?: AreaName; message: string }
  | { kind: 'write-failed'; key?: string; message: string }
  /** An edit made here, not yet written, was replaced by a newer change from another window. */
  | { kind: 'overwritten'; key: string; message: string }
  | { kind: 'migration'; message: string };

export type StorageOp = { key: string; value: Preset | PresetsMeta } | { key: string; remove: true };

export type RemoteChange = { kind: 'preset'; id: string; preset: Preset | null } | { kind: 'meta'; meta: PresetsMeta | null };

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
