/**
 * Presets as a file: export to JSON, and import in two steps so the UI can ask about conflicts in between.
 * `parseImport` is pure and all-or-nothing (one bad preset rejects the file, naming it); `applyImport`
 * writes through the store, which writes new keys first and the order record last.
 */
import type { StoreApi } from 'zustand/vanilla';
import { t } from '../lib/i18n';
import { NewerSchemaError, upgradePresetRecord } from './migrations';
import { SCHEMA_VERSION, findMarkup, isReservedPresetId, validatePreset, validateSettings, type Preset, type PresetSettings } from './schema';
import { suffixedName, type PresetsState } from './store';
import { errorMessage } from '../lib/errors';

export const PRESETS_EXPORT_FORMAT = 'ota-job-post-assistant/presets';
/** 1 MiB: far above any real preset collection, low enough to parse without freezing the popup. */
export const MAX_IMPORT_BYTES = 1024 * 1024;
export const MAX_IMPORT_PRESETS = 1_000;

export interface PresetsExportFile {
  format: typeof PRESETS_EXPORT_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  settings: PresetSettings;
  presets: Preset[];
}

export interface ImportConflict {
  id: string;
  incoming: Preset;
  existing: Preset;
}

export type ParseImportResult =
  | { ok: true; incoming: Preset[]; conflicts: ImportConflict[]; settings: PresetSettings }
  | { ok: false; error: string };

export type ConflictResolution = 'keep' | 'replace' | 'keep-both';

export type ApplyImportResult =
  | { ok: true; added: string[]; replaced: string[]; kept: string[] }
  | { ok: false; error: string; added: string[]; replaced: string[] };

/** Pretty-printed JSON; only schema fields are written (no storage bookkeeping). */
export function exportPresets(presets: readonly Preset[], meta: PresetSettings = {}, now: Date = new Date()): string {
  const file: PresetsExportFile = {
    format: PRESETS_EXPORT_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    settings: meta.defaultPresetId ? { defaultPresetId: meta.defaultPresetId } : {},
    presets: presets.map(({ id, name, options, createdAt, updatedAt }) => ({ id, name, options, createdAt, updatedAt })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const fail = (error: string): ParseImportResult => ({ ok: false, error });

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** Validates an export file against the schema and finds ids that already exist. Changes nothing. */
export function parseImport(
  text: string,
  existing: readonly Preset[] | Readonly<Record<string, Preset>>,
): ParseImportResult {
  // Size first: never parse something this large (char count ≤ UTF-8 byte count, so the cheap test is safe).
  const bytes = text.length > MAX_IMPORT_BYTES ? text.length : new TextEncoder().encode(text).length;
  if (bytes > MAX_IMPORT_BYTES) {
    return fail(t('importTooLarge', formatBytes(bytes)));
  }
  if (text.trim() === '') return fail(t('importEmpty'));

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(t('importNotJson', errorMessage(error)));
  }
  if (!isRecord(data) || data.format !== PRESETS_EXPORT_FORMAT) {
    return fail(t('importWrongFormat', PRESETS_EXPORT_FORMAT));
  }
  const version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail(t('importNoVersion'));
  }
  if (version > SCHEMA_VERSION) return fail(new NewerSchemaError(version, 'file').message);
  if (!Array.isArray(data.presets)) return fail(t('importPresetsNotList'));
  if (data.presets.length > MAX_IMPORT_PRESETS) {
    return fail(t('importTooMany', [String(data.presets.length), String(MAX_IMPORT_PRESETS)]));
  }

  const problems: string[] = [];
  const incoming: Preset[] = [];
  const firstIndexOfId = new Map<string, number>();
  data.presets.forEach((raw: unknown, index: number) => {
    const result = validatePreset(upgradePresetRecord(raw, version, index), `presets[${index}]`);
    if (!result.ok) {
      const name = isRecord(raw) && typeof raw.name === 'string' ? ` "${raw.name.slice(0, 40)}"` : '';
      problems.push(t('importPresetInvalid', [String(index + 1), name, result.error]));
      return;
    }
    const earlier = firstIndexOfId.get(result.value.id);
    if (earlier !== undefined) {
      problems.push(t('importDuplicateId', [result.value.id, String(earlier), String(index)]));
      return;
    }
    firstIndexOfId.set(result.value.id, index);
    incoming.push(result.value);
  });

  // Not imported, but a file carrying markup anywhere is suspect: refuse it rather than ignore it.
  if (data.exportedAt !== undefined && (typeof data.exportedAt !== 'string' || findMarkup(data.exportedAt))) {
    problems.push(t('importExportedAtInvalid'));
  }

  let settings: PresetSettings = {};
  if (data.settings !== undefined) {
    const result = validateSettings(data.settings, 'settings');
    if (result.ok) settings = result.value;
    else problems.push(t('importSettingsInvalid', result.error));
  }

  if (problems.length > 0) {
    const shown = problems.slice(0, 5);
    if (problems.length > shown.length) shown.push(t('importMoreProblems', String(problems.length - shown.length)));
    return fail(t('importNothingImported', shown.join(' ')));
  }

  const existingById = new Map((Array.isArray(existing) ? existing : Object.values(existing)).map((p) => [p.id, p]));
  const conflicts: ImportConflict[] = [];
  for (const preset of incoming) {
    const current = existingById.get(preset.id);
    if (current) conflicts.push({ id: preset.id, incoming: preset, existing: current });
  }
  return { ok: true, incoming, conflicts, settings };
}

export interface ApplyImportOptions {
  newId?: () => string;
  now?: () => number;
}

/**
 * Writes parsed presets. Every id already in the store needs a resolution: keep (skip the incoming one),
 * replace, or keep both (the incoming one gets a new id and " (imported)" on its name). Conflicts are
 * re-checked against the store now, since another window may have changed it after `parseImport`.
 */
export async function applyImport(
  store: StoreApi<PresetsState>,
  incoming: readonly Preset[],
  resolution: Readonly<Record<string, ConflictResolution>>,
  options: ApplyImportOptions = {},
): Promise<ApplyImportResult> {
  const newId = options.newId ?? (() => crypto.randomUUID());
  const clock = options.now ?? Date.now;
  const state = store.getState();
  if (state.loadError) return { ok: false, error: state.loadError, added: [], replaced: [] };
  if (!state.hydrated) return { ok: false, error: t('presetsStillLoading'), added: [], replaced: [] };

  // Own keys only: an id like "constructor" must never be found on the object prototype.
  const storedPreset = (id: string): Preset | undefined => (Object.hasOwn(state.presets, id) ? state.presets[id] : undefined);
  const chosen = (id: string): ConflictResolution | undefined => (Object.hasOwn(resolution, id) ? resolution[id] : undefined);
  const reserved = incoming.filter((preset) => isReservedPresetId(preset.id));
  if (reserved.length > 0) {
    const ids = reserved.map((preset) => `"${preset.id}"`).join(', ');
    return { ok: false, error: t('importReservedId', ids), added: [], replaced: [] };
  }
  const unresolved = incoming.filter((preset) => storedPreset(preset.id) && !chosen(preset.id));
  if (unresolved.length > 0) {
    const list = unresolved.map((preset) => `"${preset.name}"`).join(', ');
    return { ok: false, error: t('importChooseResolution', list), added: [], replaced: [] };
  }

  const added: Preset[] = [];
  const replaced: Preset[] = [];
  const kept: string[] = [];
  const takenIds = new Set([...Object.keys(state.presets), ...incoming.map((preset) => preset.id)]);
  for (const preset of incoming) {
    const current = storedPreset(preset.id);
    if (!current) {
      added.push(preset);
      continue;
    }
    const choice = chosen(preset.id);
    if (choice === 'keep') {
      kept.push(preset.id);
    } else if (choice === 'replace') {
      replaced.push({ ...preset, updatedAt: Math.max(clock(), current.updatedAt + 1, preset.updatedAt) });
    } else {
      let id = newId();
      while (takenIds.has(id)) id = newId();
      takenIds.add(id);
      const time = clock();
      added.push({ ...preset, id, name: suffixedName(preset.name, t('presetImportedSuffix')), createdAt: time, updatedAt: time });
    }
  }

  try {
    const result = await state.commitImport({ added, replaced });
    return result.ok ? { ...result, kept } : result;
  } catch (error) {
    return { ok: false, error: errorMessage(error), added: [], replaced: [] };
  }
}
