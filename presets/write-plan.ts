/**
 * Which writes go to `storage.sync` and which to `storage.local`: pure decisions over sizes already known,
 * testable without any storage. Sync is preferred (other devices see it); a value goes to local when it
 * would break one of sync's quotas, and that fallback carries the reason shown to the user.
 */
import { t } from '../lib/i18n';
import type { AreaName, StorageOp } from './storage-types';
import { errorMessage } from '../lib/errors';

/** Chrome's documented `storage.sync` limits (Firefox's are the same or looser). */
export const SYNC_LIMITS = { QUOTA_BYTES_PER_ITEM: 8_192, QUOTA_BYTES: 102_400, MAX_ITEMS: 512 } as const;

const textEncoder = new TextEncoder();

/** Bytes Chrome charges for one item: the key plus the JSON of the value, in UTF-8. */
export function itemBytes(key: string, value: unknown): number {
  return textEncoder.encode(key).length + textEncoder.encode(JSON.stringify(value) ?? '').length;
}

export function isQuotaError(error: unknown): boolean {
  const message = errorMessage(error);
  return /QUOTA_BYTES|MAX_ITEMS|MAX_WRITE_OPERATIONS|quota/i.test(message);
}

export const syncFullMessage = (): string => t('presetsSyncFull');

function tooLargeMessage(value: Record<string, unknown>, size: number): string {
  const name = typeof value.name === 'string' ? `"${value.name}"` : t('presetsThisItem');
  return t('presetsTooLargeForSync', [name, (size / 1024).toFixed(1)]);
}

export type TaggedValue = Record<string, unknown>;

export interface WritePlan {
  toSync: Record<string, TaggedValue>;
  toLocal: Record<string, TaggedValue>;
  /** Why each value in `toLocal` is not in sync: shown to the user. */
  localReasons: Map<string, string>;
  removals: string[];
  /** Ops refused outright (their key holds unreadable data the user has not discarded). */
  refused: Array<{ key: string; error: string }>;
}

export interface PlanInput {
  ops: readonly StorageOp[];
  /** Bytes per key currently in sync (all keys, ours or not). */
  syncSizes: ReadonlyMap<string, number>;
  /** Keys holding unreadable data, with the reason: never written over. */
  corrupt: ReadonlyMap<string, string>;
  /** Adds the writer tag to a value about to be written. */
  tag: (value: object) => TaggedValue;
}

/** Decides per item where it fits, counting what this batch adds to sync. */
export function planWrites({ ops, syncSizes, corrupt, tag }: PlanInput): WritePlan {
  const plan: WritePlan = { toSync: {}, toLocal: {}, localReasons: new Map(), removals: [], refused: [] };
  let projectedBytes = 0;
  for (const size of syncSizes.values()) projectedBytes += size;
  let projectedItems = syncSizes.size;
  for (const op of ops) {
    const corruptError = corrupt.get(op.key);
    if (corruptError !== undefined) {
      plan.refused.push({ key: op.key, error: t('presetsHoldsUnreadable', corruptError) });
      continue;
    }
    if ('remove' in op) {
      plan.removals.push(op.key);
      continue;
    }
    const value = tag(op.value);
    const size = itemBytes(op.key, value);
    const previous = syncSizes.get(op.key);
    const bytesAfter = projectedBytes - (previous ?? 0) + size;
    const itemsAfter = projectedItems + (previous === undefined ? 1 : 0);
    if (size > SYNC_LIMITS.QUOTA_BYTES_PER_ITEM) {
      plan.toLocal[op.key] = value;
      plan.localReasons.set(op.key, tooLargeMessage(value, size));
    } else if (bytesAfter > SYNC_LIMITS.QUOTA_BYTES || itemsAfter > SYNC_LIMITS.MAX_ITEMS) {
      plan.toLocal[op.key] = value;
      plan.localReasons.set(op.key, syncFullMessage());
    } else {
      plan.toSync[op.key] = value;
      projectedBytes = bytesAfter;
      projectedItems = itemsAfter;
    }
  }
  return plan;
}

/** Sync refused the batch with a quota error: every value meant for sync goes to local, with the reason. */
export function moveSyncToLocal(plan: WritePlan, error: unknown): void {
  const busy = /MAX_WRITE_OPERATIONS/i.test(errorMessage(error));
  for (const [key, value] of Object.entries(plan.toSync)) {
    plan.toLocal[key] = value;
    plan.localReasons.set(key, busy ? t('presetsSyncBusy') : syncFullMessage());
  }
}

/**
 * Copies left behind in the other area once the new value is written: only one copy should remain
 * (a leftover is harmless, the newest wins, but it would make a synced preset look local-only).
 */
export function staleCopies(
  plan: Pick<WritePlan, 'toSync' | 'toLocal'>,
  failedKeys: ReadonlySet<string>,
  locations: ReadonlyMap<string, ReadonlySet<AreaName>>,
): { local: string[]; sync: string[] } {
  const written = (key: string) => !failedKeys.has(key);
  return {
    local: Object.keys(plan.toSync).filter((key) => !(key in plan.toLocal) && written(key) && locations.get(key)?.has('local')),
    sync: Object.keys(plan.toLocal).filter((key) => written(key) && locations.get(key)?.has('sync')),
  };
}
