/**
 * Another context changed one of our keys: re-read that key from both areas (storage is the source of
 * truth: a move sync → local must not look like a delete) and decide what this context keeps.
 * A queued edit here that is newer than the stored value wins and is written at the next flush; a newer
 * stored value replaces an older queued edit, and the user is told, since that edit is lost.
 */
import { t } from '../lib/i18n';
import { META_KEY, presetIdOfKey } from './keys';
import type { StorageAreas } from './migrations';
import { newestCopy, parseStoredMeta, parseStoredPreset, type StoredCopy } from './reading';
import type { Preset, PresetsMeta } from './schema';
import type { AreaName, PresetNotice, PresetStorageListener, StorageOp } from './storage-types';
import { errorMessage } from '../lib/errors';

/** What a stored value read back after a foreign change means for the op queued here (if any). */
export type RemoteOutcome = 'keep-queued' | 'apply' | 'apply-over-queued-edit';

/** Pure: the queued op against the newest stored copy (`null`: the key is gone everywhere). */
export function weighRemote(queued: StorageOp | undefined, stored: { updatedAt: number } | null): RemoteOutcome {
  if (!queued) return 'apply';
  if ('remove' in queued) return stored ? 'apply' : 'keep-queued';
  // An edit here beats a delete elsewhere, and an older stored value.
  if (!stored || queued.value.updatedAt >= stored.updatedAt) return 'keep-queued';
  return 'apply-over-queued-edit';
}

export interface ReconcileContext {
  areas: StorageAreas;
  listener: PresetStorageListener | null;
  queued(key: string): StorageOp | undefined;
  dropQueued(key: string): void;
  markCorrupt(key: string, area: AreaName, error: string): PresetNotice;
  clearCorrupt(key: string): void;
  quarantineMeta(raw: unknown, area: AreaName, error: string): Promise<PresetNotice>;
  /** Another context runs a newer schema: stop writing rather than clobber its data. */
  block(reason: string): void;
}

export async function reconcileKey(key: string, context: ReconcileContext): Promise<void> {
  const [syncData, localData] = await Promise.all([context.areas.sync.get(key), context.areas.local.get(key)]);
  const raws = (
    [
      ['sync', syncData[key]],
      ['local', localData[key]],
    ] as const
  ).filter(([, raw]) => raw !== undefined);
  const notify = (notice: PresetNotice) => context.listener?.notice(notice);

  if (key === META_KEY) {
    const copies: StoredCopy<PresetsMeta>[] = [];
    for (const [area, raw] of raws) {
      let parsed: ReturnType<typeof parseStoredMeta>;
      try {
        parsed = parseStoredMeta(raw);
      } catch (error) {
        const reason = errorMessage(error);
        context.block(reason);
        notify({ kind: 'write-failed', message: reason });
        return;
      }
      if (parsed.ok) copies.push({ value: parsed.value, area });
      else notify(await context.quarantineMeta(raw, area, parsed.error));
    }
    const meta = newestCopy(copies)?.value ?? null;
    if (meta) context.clearCorrupt(key);
    // The meta only holds order and default: this context rewrites it from its own state when it saves.
    if (weighRemote(context.queued(key), meta) === 'keep-queued') return;
    context.dropQueued(key);
    context.listener?.remoteChange({ kind: 'meta', meta });
    return;
  }

  const copies: StoredCopy<Preset>[] = [];
  for (const [area, raw] of raws) {
    const parsed = parseStoredPreset(key, raw);
    if (parsed.ok) copies.push({ value: parsed.value, area });
    else notify(context.markCorrupt(key, area, parsed.error));
  }
  const preset = newestCopy(copies)?.value ?? null;
  if (preset) context.clearCorrupt(key);
  const queued = context.queued(key);
  const outcome = weighRemote(queued, preset);
  if (outcome === 'keep-queued') return;
  context.dropQueued(key);
  if (outcome === 'apply-over-queued-edit' && queued && !('remove' in queued)) {
    const name = (queued.value as Preset).name;
    notify({ kind: 'overwritten', key, message: t('presetOverwrittenElsewhere', name) });
  }
  context.listener?.remoteChange({ kind: 'preset', id: presetIdOfKey(key), preset });
}
