/**
 * The presets store's actions, one function each, over a small context (state access, storage, clock,
 * id source). State changes at once; storage writes are queued (`storage.schedule`) except for import,
 * which writes now and reports what was written. Errors are in the user's language.
 */
import { t } from '../lib/i18n';
import type { TailorOptions } from '../template/types';
import { isOrganizationPresetId, type OrganizationPolicy } from './managed';
import { META_KEY, presetKey } from './keys';
import { NAME_MAX_LENGTH, SCHEMA_VERSION, validateName, validateOptions, validatePreset, type Preset, type PresetsMeta } from './schema';
import type { PresetStorage } from './storage';
import type { PersistResult, StorageOp } from './storage-types';

export class PresetsNotReadyError extends Error {
  constructor() {
    super(t('presetsStillLoading'));
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
    super(t('presetOrganizationReadOnly'));
    this.name = 'PresetReadOnlyError';
  }
}

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

/** The part of the state the actions read and write. */
export interface PresetsData {
  hydrated: boolean;
  loadError: string | null;
  presets: Readonly<Record<string, Preset>>;
  order: readonly string[];
  defaultPresetId: string | undefined;
  lastRemoved: RemovedPreset | null;
  organization: OrganizationPolicy;
}

export interface ActionContext {
  get(): PresetsData;
  set(change: Partial<PresetsData> | ((state: PresetsData) => Partial<PresetsData>)): void;
  storage: PresetStorage;
  newId(): string;
  /** Strictly increasing per record, so "which edit is newer" has an answer even within one millisecond. */
  stamp(previous?: number): number;
  /** The meta record to write now, stamped newer than any meta seen. */
  nextMeta(): PresetsMeta;
}

/** `base` + `suffix`, shortening `base` so the result stays within the name limit. */
export function suffixedName(base: string, suffix: string): string {
  return `${base.slice(0, NAME_MAX_LENGTH - suffix.length).trimEnd()}${suffix}`;
}

/** The stored preset with this id, looked up as an own key (an id is never found on the prototype). */
export function ownPreset(presets: Readonly<Record<string, Preset>>, id: string): Preset | undefined {
  return Object.hasOwn(presets, id) ? presets[id] : undefined;
}

/** The meta record for the current state (order of loaded presets, default). */
export function metaOf(state: Pick<PresetsData, 'order' | 'presets' | 'defaultPresetId'>, updatedAt: number): PresetsMeta {
  return {
    schemaVersion: SCHEMA_VERSION,
    order: state.order.filter((id) => ownPreset(state.presets, id)),
    updatedAt,
    ...(state.defaultPresetId ? { defaultPresetId: state.defaultPresetId } : {}),
  };
}

function requireReady(context: ActionContext): void {
  const { hydrated, loadError } = context.get();
  if (loadError) throw new PresetsUnavailableError(loadError);
  // Set when another context turned out to run a newer schema: writing now could clobber its data.
  const blocked = context.storage.writeBlockedReason;
  if (blocked) throw new PresetsUnavailableError(blocked);
  if (!hydrated) throw new PresetsNotReadyError();
}

function requirePreset(context: ActionContext, id: string): Preset {
  if (isOrganizationPresetId(id)) throw new PresetReadOnlyError();
  const preset = ownPreset(context.get().presets, id);
  if (!preset) throw new Error(t('presetNotFound', id));
  return preset;
}

function checkedName(name: string): string {
  const result = validateName(name);
  if (!result.ok) throw new PresetValidationError(result.error);
  return result.value;
}

function checkedOptions(input: TailorOptions): TailorOptions {
  const result = validateOptions(input);
  if (!result.ok) throw new PresetValidationError(result.error);
  return structuredClone(result.value);
}

const save = (context: ActionContext, ...ops: StorageOp[]): void => {
  for (const op of ops) context.storage.schedule(op);
};
const savePreset = (context: ActionContext, preset: Preset): void => save(context, { key: presetKey(preset.id), value: preset });
const saveMeta = (context: ActionContext): void => save(context, { key: META_KEY, value: context.nextMeta() });

/** Puts the preset in state at `at` in the order (the end by default). */
export function putPreset(context: Pick<ActionContext, 'set'>, preset: Preset, at?: number): void {
  context.set((state) => {
    const order = state.order.filter((id) => id !== preset.id);
    order.splice(at ?? order.length, 0, preset.id);
    return { presets: { ...state.presets, [preset.id]: preset }, order };
  });
}

function modify(context: ActionContext, id: string, change: Partial<Pick<Preset, 'name' | 'options'>>): Preset {
  requireReady(context);
  const current = requirePreset(context, id);
  const next: Preset = { ...current, ...change, updatedAt: context.stamp(current.updatedAt) };
  context.set((state) => ({ presets: { ...state.presets, [id]: next } }));
  savePreset(context, next);
  return next;
}

export function createPreset(context: ActionContext, name: string, options: TailorOptions): Preset {
  requireReady(context);
  const time = context.stamp();
  const preset: Preset = { id: context.newId(), name: checkedName(name), options: checkedOptions(options), createdAt: time, updatedAt: time };
  putPreset(context, preset);
  savePreset(context, preset);
  saveMeta(context);
  return preset;
}

export const renamePreset = (context: ActionContext, id: string, name: string): Preset => modify(context, id, { name: checkedName(name) });

/** Replaces the preset's options as a whole (it does not merge). */
export const updatePreset = (context: ActionContext, id: string, options: TailorOptions): Preset =>
  modify(context, id, { options: checkedOptions(options) });

export function duplicatePreset(context: ActionContext, id: string): Preset {
  requireReady(context);
  // An organization preset can be copied: the copy is personal and editable.
  const source: Pick<Preset, 'name' | 'options'> =
    context.get().organization.presets.find((preset) => preset.id === id) ?? requirePreset(context, id);
  const time = context.stamp();
  const copy: Preset = {
    id: context.newId(),
    name: suffixedName(source.name, t('presetCopySuffix')),
    options: structuredClone(source.options),
    createdAt: time,
    updatedAt: time,
  };
  const sourceIndex = context.get().order.indexOf(id);
  putPreset(context, copy, sourceIndex >= 0 ? sourceIndex + 1 : undefined);
  savePreset(context, copy);
  saveMeta(context);
  return copy;
}

export function removePreset(context: ActionContext, id: string): void {
  requireReady(context);
  const preset = requirePreset(context, id);
  const { order, defaultPresetId } = context.get();
  const wasDefault = defaultPresetId === id;
  context.set((state) => {
    const presets = { ...state.presets };
    delete presets[id];
    return {
      presets,
      order: state.order.filter((other) => other !== id),
      defaultPresetId: wasDefault ? undefined : state.defaultPresetId,
      lastRemoved: { preset, index: Math.max(0, order.indexOf(id)), wasDefault },
    };
  });
  save(context, { key: presetKey(id), remove: true });
  saveMeta(context);
}

/** Restores the last removed preset of this session; returns it, or null when there is nothing to undo. */
export function undoRemove(context: ActionContext): Preset | null {
  requireReady(context);
  const removed = context.get().lastRemoved;
  if (!removed || ownPreset(context.get().presets, removed.preset.id)) {
    context.set({ lastRemoved: null });
    return null;
  }
  const restored: Preset = { ...removed.preset, updatedAt: context.stamp(removed.preset.updatedAt) };
  putPreset(context, restored, Math.min(removed.index, context.get().order.length));
  context.set((state) => ({
    lastRemoved: null,
    defaultPresetId: removed.wasDefault && !state.defaultPresetId ? restored.id : state.defaultPresetId,
  }));
  savePreset(context, restored);
  saveMeta(context);
  return restored;
}

export function setDefaultPreset(context: ActionContext, id: string | undefined): void {
  requireReady(context);
  if (id !== undefined) requirePreset(context, id);
  context.set({ defaultPresetId: id });
  saveMeta(context);
}

const writeMetaNow = (context: ActionContext): Promise<PersistResult> =>
  context.storage.writeNow([{ key: META_KEY, value: context.nextMeta() }]);

/** Used by `applyImport`: writes new keys, then replacements, then meta; state follows what was written. */
export async function commitImport(context: ActionContext, { added, replaced }: ImportCommit): Promise<ImportCommitResult> {
  requireReady(context);
  for (const preset of [...added, ...replaced]) {
    const result = validatePreset(preset);
    if (!result.ok) throw new PresetValidationError(t('presetInvalidWithId', [preset.id, result.error]));
  }
  // Queued edits go first so they cannot land on top of the imported values later.
  await context.storage.flush();
  const written: { added: string[]; replaced: string[] } = { added: [], replaced: [] };
  const phases: Array<{ presets: Preset[]; into: string[] }> = [
    { presets: added, into: written.added },
    { presets: replaced, into: written.replaced },
  ];
  for (const phase of phases) {
    if (phase.presets.length === 0) continue;
    const result = await context.storage.writeNow(phase.presets.map((preset) => ({ key: presetKey(preset.id), value: preset })));
    const failedKeys = new Set(result.failed.map((failure) => failure.key));
    for (const preset of phase.presets) {
      if (failedKeys.has(presetKey(preset.id))) continue;
      const { presets, order } = context.get();
      putPreset(context, preset, ownPreset(presets, preset.id) ? order.indexOf(preset.id) : undefined);
      phase.into.push(preset.id);
    }
    if (result.failed.length > 0) {
      await writeMetaNow(context);
      const done = String(written.added.length + written.replaced.length);
      const total = String(added.length + replaced.length);
      return { ok: false, error: t('importStopped', [done, total, result.failed[0]?.error ?? '']), ...written };
    }
  }
  const metaResult = await writeMetaNow(context);
  if (metaResult.failed.length > 0) {
    return { ok: false, error: t('importOrderNotSaved', metaResult.failed[0]?.error ?? ''), ...written };
  }
  return { ok: true, ...written };
}
