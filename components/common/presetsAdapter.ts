/**
 * The one place the UI touches the presets store. Every action flushes the queued storage write and
 * reports a failed write as an error, so a "Saved" the user sees means it reached storage.
 */
import { useEffect, useState } from 'preact/hooks';
import { applyImport, exportPresets, parseImport, type ConflictResolution } from '../../presets/import-export';
import { createPresetsStore, selectSortedPresets, type PresetsStore } from '../../presets/store';
import type { TailorOptions } from '../../template/types';
import type { ImportExportPort, PresetEntry, PresetNoticeView, PresetsPort, PresetsView } from '../../app/ports';
import { t } from '../../lib/i18n';

export interface ManagedPresetsPort extends PresetsPort {
  rename(id: string, name: string): Promise<void>;
  duplicate(id: string): Promise<void>;
  /** Returns the undo action. */
  remove(id: string): Promise<() => Promise<void>>;
  setDefault(id: string | null): Promise<void>;
}

function viewOf(store: PresetsStore): PresetsView {
  const state = store.getState();
  const presets: PresetEntry[] = selectSortedPresets(state).map((p) => ({ id: p.id, name: p.name, options: p.options }));
  const notices: PresetNoticeView[] = [
    ...(state.loadError ? [{ key: 'load-error', text: t('presetsLoadError', state.loadError) }] : []),
    ...(state.storageNotice ? [{ key: 'storage', text: state.storageNotice }] : []),
    ...state.notices.map((notice) => ({
      key: `notice-${notice.id}`,
      text: notice.message,
      dismiss: () => store.getState().dismissNotice(notice.id),
    })),
  ];
  const { organization } = state;
  for (const [index, text] of organization.notices.entries()) {
    notices.push({ key: `organization-${index}`, text: t('organizationPolicyNotice', text) });
  }
  return {
    // A load error ends loading too: the UI then shows the error instead of spinning for ever.
    hydrated: state.hydrated || state.loadError !== null,
    presets,
    // The user's own default wins; the organization's applies to users who have none.
    defaultId: state.defaultPresetId ?? organization.defaultPresetId ?? null,
    notices,
    organization: {
      presets: organization.presets.map((p) => ({ id: p.id, name: p.name, options: p.options, readOnly: true })),
      defaults: organization.defaults,
      lockedFields: organization.lockedFields,
    },
  };
}

export function presetsPortFrom(store: PresetsStore): ManagedPresetsPort {
  const flushed = async () => {
    const result = await store.getState().flush();
    if (result.failed.length) throw new Error(t('presetsNotSaved', result.failed.map((f) => f.error).join('; ')));
  };
  return {
    useView() {
      const [view, setView] = useState(() => viewOf(store));
      useEffect(() => {
        setView(viewOf(store));
        return store.subscribe(() => setView(viewOf(store)));
      }, []);
      return view;
    },
    async create(name: string, options: TailorOptions) {
      const preset = store.getState().create(name, options);
      await flushed();
      return { id: preset.id, name: preset.name, options: preset.options };
    },
    async update(id, options) {
      const preset = store.getState().update(id, options);
      await flushed();
      return { id: preset.id, name: preset.name, options: preset.options };
    },
    async rename(id, name) {
      store.getState().rename(id, name);
      await flushed();
    },
    async duplicate(id) {
      store.getState().duplicate(id);
      await flushed();
    },
    async remove(id) {
      store.getState().remove(id);
      await flushed();
      return async () => {
        if (!store.getState().undoRemove()) throw new Error(t('nothingToUndo'));
        await flushed();
      };
    },
    async setDefault(id) {
      store.getState().setDefault(id ?? undefined);
      await flushed();
    },
  };
}

/** Export / two-step import over the presets module's `exportPresets`, `parseImport` and `applyImport`. */
export function importExportPortFrom(store: PresetsStore): ImportExportPort {
  return {
    exportJson() {
      const state = store.getState();
      const presets = selectSortedPresets(state);
      const settings = state.defaultPresetId ? { defaultPresetId: state.defaultPresetId } : {};
      return { json: exportPresets(presets, settings), count: presets.length };
    },
    parse(text) {
      const parsed = parseImport(text, store.getState().presets);
      if (!parsed.ok) return parsed;
      return {
        ok: true,
        count: parsed.incoming.length,
        conflicts: parsed.conflicts.map((c) => ({ id: c.id, incomingName: c.incoming.name, existingName: c.existing.name })),
        async apply(resolution: Readonly<Record<string, ConflictResolution>>) {
          const result = await applyImport(store, parsed.incoming, resolution);
          if (!result.ok) return { ok: false, message: result.error };
          await store.getState().flush();
          const counts = [String(result.added.length), String(result.replaced.length), String(result.kept.length)];
          return { ok: true, message: t(result.kept.length ? 'importedSummaryKept' : 'importedSummary', counts) };
        },
      };
    },
  };
}

/**
 * The page's presets store, or why there is none (e.g. the `storage` permission is missing). Pages use
 * this so a storage failure shows a notice instead of a blank panel: the editor works without presets.
 */
export function openPresetsStore(): PresetsStore | Error {
  try {
    return createPresetsStore();
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** Stand-in when storage is unusable: loaded, empty, says why, and refuses writes with that reason. */
export function unavailablePresetsPort(reason: Error): ManagedPresetsPort {
  const message = t('presetsUnavailable', reason.message);
  const view: PresetsView = { hydrated: true, presets: [], defaultId: null, notices: [{ key: 'unavailable', text: message }] };
  const refuse = async (): Promise<never> => {
    throw new Error(message);
  };
  return {
    useView: () => view,
    create: refuse,
    update: refuse,
    rename: refuse,
    duplicate: refuse,
    remove: refuse,
    setDefault: refuse,
  };
}
