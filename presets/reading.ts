/**
 * The one way presets are read from storage, used by every reader: the store (side panel, options) through
 * storage.ts, and the snapshot of the popup, context menu and shortcut (read-only.ts). It holds the parsing
 * of stored values (strict: the schema), the newest-copy merge between sync and local, and the display
 * order with the default first. The organization's part is parsed by `parseManagedPolicy` (managed.ts).
 */
import { t } from '../lib/i18n';
import { META_KEY, PRESET_KEY_PREFIX, isPresetStorageKey, presetKey } from './keys';
import { NewerSchemaError } from './migrations';
import { SCHEMA_VERSION, validateMeta, validatePreset, type Preset, type PresetsMeta, type Validation } from './schema';

export type AreaName = 'sync' | 'local';

/** Identifies the context that wrote a value, so it can ignore its own `onChanged` echo. */
export interface WriterTag {
  id: string;
  seq: number;
}

/** Strips the writer tag; what is left must match the schema exactly. */
export function untag(raw: unknown): { body: unknown; writer: WriterTag | null } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || !('_writer' in raw)) return { body: raw, writer: null };
  const { _writer, ...body } = raw as Record<string, unknown>;
  const writer =
    typeof _writer === 'object' && _writer !== null && typeof (_writer as WriterTag).id === 'string' ? (_writer as WriterTag) : null;
  return { body, writer };
}

/** A stored `preset:<id>` value, checked by the schema and against its key. */
export function parseStoredPreset(key: string, raw: unknown): Validation<Preset> {
  const result = validatePreset(untag(raw).body);
  if (!result.ok) return result;
  if (presetKey(result.value.id) !== key) return { ok: false, error: t('storedIdMismatch', result.value.id) };
  return result;
}

/** The stored `presets:meta`. Throws `NewerSchemaError` for a meta written by a newer version. */
export function parseStoredMeta(raw: unknown): Validation<PresetsMeta> {
  const { body } = untag(raw);
  // Check the version before the shape: a future meta may well have fields this version does not know.
  const version = (body as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) throw new NewerSchemaError(version, 'stored');
  return validateMeta(body);
}

export interface StoredCopy<T> {
  value: T;
  area: AreaName;
}

/** The copy with the newest `updatedAt`; ties go to the first listed (sync: the copy other devices see). */
export function newestCopy<T extends { updatedAt: number }>(copies: readonly StoredCopy<T>[]): StoredCopy<T> | null {
  let best: StoredCopy<T> | null = null;
  for (const copy of copies) {
    if (!best || copy.value.updatedAt > best.value.updatedAt) best = copy;
  }
  return best;
}

export interface InvalidCopy {
  key: string;
  area: AreaName;
  raw: unknown;
  error: string;
}

export interface StoredPresets {
  /** The newest valid copy of each preset (a valid copy in either area is enough). */
  presets: Preset[];
  meta: PresetsMeta | null;
  /** Every copy that failed the schema, meta included (a key may also have a valid copy elsewhere). */
  invalid: InvalidCopy[];
  /** Preset keys with no valid copy in any area. */
  unreadableKeys: string[];
  /** Set when a meta was written by a newer version: its presets must not be written over. */
  newerSchema?: NewerSchemaError;
}

/** Reads our keys out of each area's full contents (sync listed first) and merges the copies. Pure. */
export function collectStoredPresets(areas: ReadonlyArray<readonly [AreaName, Record<string, unknown>]>): StoredPresets {
  const presetCopies = new Map<string, StoredCopy<Preset>[]>();
  const metaCopies: StoredCopy<PresetsMeta>[] = [];
  const invalid: InvalidCopy[] = [];
  let newerSchema: NewerSchemaError | undefined;
  for (const [area, data] of areas) {
    for (const [key, raw] of Object.entries(data)) {
      if (!isPresetStorageKey(key)) continue;
      if (key === META_KEY) {
        try {
          const parsed = parseStoredMeta(raw);
          if (parsed.ok) metaCopies.push({ value: parsed.value, area });
          else invalid.push({ key, area, raw, error: parsed.error });
        } catch (error) {
          if (!(error instanceof NewerSchemaError)) throw error;
          newerSchema = error;
        }
        continue;
      }
      const parsed = parseStoredPreset(key, raw);
      if (!parsed.ok) {
        invalid.push({ key, area, raw, error: parsed.error });
        continue;
      }
      const copies = presetCopies.get(key) ?? [];
      copies.push({ value: parsed.value, area });
      presetCopies.set(key, copies);
    }
  }
  const presets = [...presetCopies.values()].map((copies) => newestCopy(copies)!.value);
  const unreadableKeys = [
    ...new Set(invalid.filter((copy) => copy.key.startsWith(PRESET_KEY_PREFIX) && !presetCopies.has(copy.key)).map((copy) => copy.key)),
  ];
  return {
    presets,
    meta: newestCopy(metaCopies)?.value ?? null,
    invalid,
    unreadableKeys,
    ...(newerSchema ? { newerSchema } : {}),
  };
}

type PresetsById = ReadonlyMap<string, Pick<Preset, 'id' | 'createdAt'>> | Readonly<Record<string, Pick<Preset, 'id' | 'createdAt'>>>;

const valuesOf = (presets: PresetsById) => (presets instanceof Map ? [...presets.values()] : Object.values(presets));

/**
 * The stored order (each id once) followed by presets it does not mention, oldest first: a preset is never
 * hidden by a stale order. Ids in the order that are not (yet) loaded are kept; `sortPresets` drops them.
 */
export function mergeOrder(order: readonly string[], presets: PresetsById): string[] {
  const listed = [...new Set(order)];
  const listedSet = new Set(listed);
  const unlisted = valuesOf(presets)
    .filter((preset) => !listedSet.has(preset.id))
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
    .map((preset) => preset.id);
  return [...listed, ...unlisted];
}

/** Presets in display order, the default first: what every picker and list shows. */
export function sortPresets<P extends Pick<Preset, 'id' | 'createdAt'>>(
  presets: ReadonlyMap<string, P>,
  order: readonly string[],
  defaultPresetId: string | undefined,
): P[] {
  const sorted = mergeOrder(order, presets)
    .map((id) => presets.get(id))
    .filter((preset): preset is P => preset !== undefined);
  const defaultIndex = sorted.findIndex((preset) => preset.id === defaultPresetId);
  if (defaultIndex > 0) sorted.unshift(...sorted.splice(defaultIndex, 1));
  return sorted;
}
