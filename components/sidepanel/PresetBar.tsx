import { useId, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { errorMessage } from '../../lib/errors';

export interface PresetChoice {
  id: string;
  name: string;
  /** Organization presets: loadable and copyable ("Save as preset"), never updated. */
  readOnly?: boolean;
}

interface PresetBarProps {
  hydrated: boolean;
  presets: readonly PresetChoice[];
  /** Shown read-only under "Organization", after the personal presets. */
  organizationPresets?: readonly PresetChoice[];
  currentId: string | null;
  dirty: boolean;
  onPick(id: string | null): void;
  onSaveAs(name: string): Promise<void>;
  onUpdate(): Promise<void>;
}

/**
 * Preset picker plus Save as / Update. Shows "Unsaved changes" and a "*" after the preset name while the
 * edited options differ from what is stored. Until the store has hydrated nothing can be written.
 */
export function PresetBar({ hydrated, presets, organizationPresets = [], currentId, dirty, onPick, onSaveAs, onUpdate }: PresetBarProps) {
  const id = useId();
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** A pick waiting for "discard unsaved changes?" (undefined: none; null: the empty "new posting"). */
  const [pendingPick, setPendingPick] = useState<string | null | undefined>(undefined);
  const everyPreset = [...presets, ...organizationPresets];
  const current = everyPreset.find((p) => p.id === currentId) ?? null;
  const readOnly = current?.readOnly === true;
  if (!hydrated) {
    return (
      <section class="card preset-bar" aria-busy="true">
        <p class="loading" role="status">
          Loading presets…
        </p>
      </section>
    );
  }
  const attempt = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      return true;
    } catch (caught) {
      setError(errorMessage(caught));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const save = async () => {
    const trimmed = name.trim();
    if (!trimmed) {
      setError(t('presetNameMissing'));
      return;
    }
    if (await attempt(() => onSaveAs(trimmed))) {
      setNaming(false);
      setName('');
    }
  };
  return (
    <section class="card preset-bar" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {t('presetHeading', current ? current.name : t('presetNone'))}
        {readOnly && <span class="badge">{t('organizationBadge')}</span>}
        {dirty ? '*' : ''} {dirty && <span class="badge">{t('unsavedChangesBadge')}</span>}
      </h2>
      <div class="field">
        <label for={`${id}-pick`}>{t('presetLabel')}</label>
        <select
          id={`${id}-pick`}
          value={currentId ?? ''}
          onChange={(e) => {
            const select = e.currentTarget as HTMLSelectElement;
            const picked = select.value || null;
            if (!dirty) return onPick(picked);
            // Ask first; the select shows the current preset until the user decides.
            select.value = currentId ?? '';
            setPendingPick(picked);
          }}
        >
          <option value="">{t('newPostingChoice')}</option>
          {presets.map((preset) => (
            <option key={preset.id} value={preset.id}>
              {preset.name}
              {preset.id === currentId && dirty ? ' *' : ''}
            </option>
          ))}
          {organizationPresets.length > 0 && (
            <optgroup label={t('organizationBadge')}>
              {organizationPresets.map((preset) => (
                <option key={preset.id} value={preset.id}>
                  {t('readOnlyPresetName', preset.name)}
                  {preset.id === currentId && dirty ? ' *' : ''}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </div>
      {pendingPick !== undefined && (
        <div class="notice" role="alert">
          <p>
            {t('discardChangesQuestion', everyPreset.find((p) => p.id === pendingPick)?.name ?? t('aNewPosting'))}
          </p>
          <div class="button-row">
            <button
              type="button"
              onClick={() => {
                onPick(pendingPick);
                setPendingPick(undefined);
              }}
            >
              {t('discardChangesButton')}
            </button>
            <button type="button" class="primary" onClick={() => setPendingPick(undefined)}>
              {t('keepEditingButton')}
            </button>
          </div>
        </div>
      )}
      {naming ? (
        <div class="add-row">
          <label for={`${id}-name`} class="visually-hidden">
            {t('newPresetNameLabel')}
          </label>
          <input
            id={`${id}-name`}
            type="text"
            value={name}
            placeholder={t('presetNamePlaceholder')}
            maxLength={80}
            onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void save();
              if (e.key === 'Escape') setNaming(false);
            }}
          />
          <button type="button" class="primary" disabled={busy} onClick={() => void save()}>
            {t('saveButton')}
          </button>
          <button type="button" onClick={() => setNaming(false)}>
            {t('cancelButton')}
          </button>
        </div>
      ) : (
        <div class="button-row">
          <button type="button" onClick={() => setNaming(true)}>
            {t('saveAsPresetButton')}
          </button>
          <button
            type="button"
            disabled={!current || readOnly || !dirty || busy}
            aria-describedby={readOnly ? `${id}-read-only` : undefined}
            onClick={() => void attempt(onUpdate)}
          >
            {t('updatePresetButton')}
          </button>
        </div>
      )}
      {readOnly && (
        <p class="hint" id={`${id}-read-only`}>
          {t('organizationPresetReadOnlyHint')}
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
