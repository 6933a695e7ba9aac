/**
 * Stored-shape upgrades. They run in every extension context that opens the presets (popup, side panel,
 * options) with no lock between them, so every step is idempotent and deterministic: two contexts running
 * the same migration at once write identical values and never duplicate a preset.
 *
 * v0 (before this module): one sync key `presets` holding an array of `{ id?, title, options?, savedAt? }`.
 * v1: one key per preset (`preset:<id>`, `{ id, name, options, createdAt, updatedAt }`) plus `presets:meta`.
 * v2: options gain `wording` ('standard' | 'original'). A v1 preset was rendered in the template's original
 *     wording ("Occupational Therapist Assistant", the OTA "creates" treatment plans, a degree "in
 *     Occupational Therapy"). It moves to 'standard': those phrases are wrong for the profession, and a
 *     recruiter reusing a preset expects a correct posting; the original wording stays one choice away.
 *     A v1 record stored in the browser has no `wording`, which already means 'standard', so only
 *     imported v1 files pass through this step; older versions of the extension see v2 in `presets:meta`
 *     and ask to be updated instead of rejecting the unknown option.
 */
import { t } from '../lib/i18n';
import { SCHEMA_VERSION, validatePreset, type Preset, type PresetsMeta } from './schema';

import { META_KEY, presetKey } from './keys';

// Re-exported: older imports name them here.
export { META_KEY, PRESET_KEY_PREFIX, presetKey } from './keys';
export const LEGACY_V0_KEY = 'presets';
/** Where unreadable v0 data is kept (device-local) instead of being thrown away. */
export const V0_BACKUP_KEY = 'presets:v0-backup';
/** Writer tag of migration writes: other contexts apply them like any foreign change. */
export const MIGRATION_WRITER = { id: 'migration', seq: 0 } as const;


/** The pre-release shape, kept here so the upgrade has a precise input type. */
export interface PresetV0 {
  id?: string;
  title: string;
  options?: unknown;
  savedAt?: number;
}

/** The smallest storage surface the presets code uses; `browser.storage.sync/local` and test fakes fit it. */
export interface StorageAreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface StorageAreas {
  sync: StorageAreaLike;
  local: StorageAreaLike;
}

/** Where data from a newer version was found; names the data in the message. */
export type NewerSchemaSource = 'stored' | 'records' | 'file';

const NEWER_SCHEMA_MESSAGE = { stored: 'newerSchemaStored', records: 'newerSchemaRecords', file: 'newerSchemaFile' } as const;

export class NewerSchemaError extends Error {
  constructor(
    readonly foundVersion: number,
    source: NewerSchemaSource,
  ) {
    super(t(NEWER_SCHEMA_MESSAGE[source], [String(foundVersion), String(SCHEMA_VERSION)]));
    this.name = 'NewerSchemaError';
  }
}

/** Throws `NewerSchemaError` for data from the future; anything older is upgradeable. */
export function assertReadableVersion(version: number, source: NewerSchemaSource): void {
  if (version > SCHEMA_VERSION) throw new NewerSchemaError(version, source);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * One step per version, keyed by the version it upgrades *from*, each mapping a single preset record.
 * A record already in the target shape passes through unchanged, so a step applied twice is harmless.
 */
export const PRESET_UPGRADES: Readonly<Record<number, (raw: unknown, index: number) => unknown>> = {
  0: (raw, index) => {
    if (!isRecord(raw) || !('title' in raw) || 'name' in raw) return raw;
    const { id, title, options, savedAt, ...rest } = raw;
    const time = typeof savedAt === 'number' ? savedAt : 0;
    return {
      ...rest,
      // Deterministic so that two contexts migrating at once produce the same key.
      id: typeof id === 'string' ? id : `v0-${index}`,
      name: title,
      options: options ?? {},
      createdAt: time,
      updatedAt: time,
    };
  },
  1: (raw) => {
    if (!isRecord(raw) || !isRecord(raw.options) || 'wording' in raw.options) return raw;
    return { ...raw, options: { ...raw.options, wording: 'standard' } };
  },
};

/** Upgrades one preset record from `fromVersion` to `SCHEMA_VERSION` (validation is the caller's job). */
export function upgradePresetRecord(raw: unknown, fromVersion: number, index: number): unknown {
  assertReadableVersion(fromVersion, 'records');
  let record = raw;
  for (let version = fromVersion; version < SCHEMA_VERSION; version++) {
    const step = PRESET_UPGRADES[version];
    if (!step) throw new Error(t('migrationNoUpgrade', String(version)));
    record = step(record, index);
  }
  return record;
}

export interface MigrationReport {
  /** Ids written by this run (a concurrent or earlier run may have written the rest). */
  written: string[];
  /** v0 entries that could not be read; the original array is kept under `V0_BACKUP_KEY` in local storage. */
  rejected: Array<{ index: number; error: string }>;
}

/** Upgrades whatever older data is in storage to the current shape. Safe to run anywhere, any number of times. */
export async function migrateStorage(areas: StorageAreas): Promise<MigrationReport> {
  const report: MigrationReport = { written: [], rejected: [] };
  const [syncData, localData] = await Promise.all([
    areas.sync.get([META_KEY, LEGACY_V0_KEY]),
    areas.local.get([META_KEY, LEGACY_V0_KEY]),
  ]);
  for (const data of [syncData, localData]) {
    const meta = data[META_KEY];
    if (isRecord(meta) && typeof meta.schemaVersion === 'number') assertReadableVersion(meta.schemaVersion, 'stored');
  }

  const legacyAreas = (['sync', 'local'] as const).filter((area) =>
    area === 'sync' ? syncData[LEGACY_V0_KEY] !== undefined : localData[LEGACY_V0_KEY] !== undefined,
  );
  if (legacyAreas.length === 0) return report;
  const legacy = syncData[LEGACY_V0_KEY] ?? localData[LEGACY_V0_KEY];

  const upgraded: Preset[] = [];
  if (Array.isArray(legacy)) {
    legacy.forEach((item, index) => {
      const result = validatePreset(upgradePresetRecord(item, 0, index), `presets[${index}]`);
      if (result.ok) upgraded.push(result.value);
      else report.rejected.push({ index, error: result.error });
    });
  } else {
    report.rejected.push({ index: -1, error: t('migrationNotAList') });
  }
  // Two v0 entries with one id: the first wins, the rest are reported rather than silently merged.
  const seen = new Set<string>();
  const unique = upgraded.filter((preset, index) => {
    if (!seen.has(preset.id)) return seen.add(preset.id), true;
    report.rejected.push({ index, error: t('migrationDuplicateId', preset.id) });
    return false;
  });

  const keys = unique.map((preset) => presetKey(preset.id));
  const [syncExisting, localExisting] = await Promise.all([areas.sync.get(keys), areas.local.get(keys)]);
  for (const preset of unique) {
    const key = presetKey(preset.id);
    // Never overwrite: an existing key was written by an earlier run or edited by the user since.
    if (syncExisting[key] !== undefined || localExisting[key] !== undefined) continue;
    await writeWithFallback(areas, { [key]: { ...preset, _writer: MIGRATION_WRITER } });
    report.written.push(preset.id);
  }

  const currentMeta = await readMetaForMigration(areas);
  const ids = unique.map((preset) => preset.id);
  const order = currentMeta ? [...currentMeta.order, ...ids.filter((id) => !currentMeta.order.includes(id))] : ids;
  if (!currentMeta || order.length !== currentMeta.order.length) {
    const meta: PresetsMeta = {
      schemaVersion: SCHEMA_VERSION,
      order,
      updatedAt: currentMeta?.updatedAt ?? Math.max(0, ...unique.map((preset) => preset.updatedAt)),
      ...(currentMeta?.defaultPresetId ? { defaultPresetId: currentMeta.defaultPresetId } : {}),
    };
    await writeWithFallback(areas, { [META_KEY]: { ...meta, _writer: MIGRATION_WRITER } });
  }

  if (report.rejected.length > 0) {
    const backup = await areas.local.get(V0_BACKUP_KEY);
    if (backup[V0_BACKUP_KEY] === undefined) await areas.local.set({ [V0_BACKUP_KEY]: legacy });
  }
  // Last, so an interrupted run leaves the v0 data in place and the next run finishes the job.
  for (const area of legacyAreas) await areas[area].remove(LEGACY_V0_KEY);
  return report;
}

async function readMetaForMigration(areas: StorageAreas): Promise<PresetsMeta | null> {
  const [syncData, localData] = await Promise.all([areas.sync.get(META_KEY), areas.local.get(META_KEY)]);
  const candidates = [syncData[META_KEY], localData[META_KEY]].filter(isRecord);
  let best: PresetsMeta | null = null;
  for (const candidate of candidates) {
    const order = Array.isArray(candidate.order) ? candidate.order.filter((id): id is string => typeof id === 'string') : [];
    const updatedAt = typeof candidate.updatedAt === 'number' ? candidate.updatedAt : 0;
    if (best && best.updatedAt >= updatedAt) continue;
    best = {
      schemaVersion: SCHEMA_VERSION,
      order,
      updatedAt,
      ...(typeof candidate.defaultPresetId === 'string' ? { defaultPresetId: candidate.defaultPresetId } : {}),
    };
  }
  return best;
}

async function writeWithFallback(areas: StorageAreas, items: Record<string, unknown>): Promise<void> {
  try {
    await areas.sync.set(items);
  } catch {
    // Sync full or rate-limited: the store reports local-only presets when it loads them.
    await areas.local.set(items);
  }
}
