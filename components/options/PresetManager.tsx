import { useState } from 'preact/hooks';
import type { PresetEntry } from '../../app/ports';
import { t } from '../../lib/i18n';
import { errorMessage } from '../../lib/errors';

export interface PresetManagerProps {
  presets: readonly PresetEntry[];
  defaultId: string | null;
  onRename(id: string, name: string): Promise<void>;
  onDuplicate(id: string): Promise<void>;
  /** Deletes the preset and returns the function that puts it back. */
  onRemove(id: string): Promise<() => Promise<void>>;
  onSetDefault(id: string | null): Promise<void>;
}

/** Options-page list of presets: rename in place, duplicate, delete with undo, choose the default. */
export function PresetManager({ presets, defaultId, onRename, onDuplicate, onRemove, onSetDefault }: PresetManagerProps) {
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [undo, setUndo] = useState<{ name: string; restore: () => Promise<void> } | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const attempt = async (action: () => Promise<void>, success?: string) => {
    try {
      await action();
      setMessage(success ? { error: false, text: success } : null);
      return true;
    } catch (caught) {
      setMessage({ error: true, text: errorMessage(caught) });
      return false;
    }
  };

  return (
    <section class="card" aria-labelledby="presets-heading">
      <h2 id="presets-heading">{t('presetsHeading')}</h2>
      {presets.length === 0 && <p class="hint">{t('noPresetsYet')}</p>}
      <ul class="preset-list">
        {presets.map((preset) => {
          const isDefault = preset.id === defaultId;
          return (
            <li key={preset.id}>
              {renaming?.id === preset.id ? (
                <form
                  class="add-row"
                  onSubmit={async (event) => {
                    event.preventDefault();
                    const name = renaming.name.trim();
                    if (!name) {
                      setMessage({ error: true, text: t('presetNeedsName') });
                      return;
                    }
                    if (await attempt(() => onRename(preset.id, name))) setRenaming(null);
                  }}
                >
                  <label for={`rename-${preset.id}`} class="visually-hidden">
                    {t('renameFieldLabel', preset.name)}
                  </label>
                  <input
                    id={`rename-${preset.id}`}
                    type="text"
                    maxLength={80}
                    value={renaming.name}
                    onInput={(e) => setRenaming({ id: preset.id, name: (e.currentTarget as HTMLInputElement).value })}
                  />
                  <button type="submit" class="primary">
                    {t('saveNameButton')}
                  </button>
                  <button type="button" onClick={() => setRenaming(null)}>
                    {t('cancelButton')}
                  </button>
                </form>
              ) : (
                <span class="name">
                  {preset.name} {isDefault && <span class="badge">{t('defaultBadge')}</span>}
                </span>
              )}
              <div class="button-row">
                <button type="button" aria-label={t('renamePresetLabel', preset.name)} onClick={() => setRenaming({ id: preset.id, name: preset.name })}>
                  {t('renameButton')}
                </button>
                <button
                  type="button"
                  aria-label={t('duplicatePresetLabel', preset.name)}
                  onClick={() => void attempt(() => onDuplicate(preset.id), t('duplicatedMessage', preset.name))}
                >
                  {t('duplicateButton')}
                </button>
                <button
                  type="button"
                  aria-label={isDefault ? t('unsetDefaultLabel', preset.name) : t('setDefaultLabel', preset.name)}
                  onClick={() => void attempt(() => onSetDefault(isDefault ? null : preset.id))}
                >
                  {isDefault ? t('unsetDefaultButton') : t('setDefaultButton')}
                </button>
                <button
                  type="button"
                  aria-label={t('deletePresetLabel', preset.name)}
                  onClick={() =>
                    void attempt(async () => {
                      const restore = await onRemove(preset.id);
                      setUndo({ name: preset.name, restore });
                    })
                  }
                >
                  {t('deleteButton')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <div role="status">
        {undo && (
          <p>
            {t('deletedMessage', undo.name)}{' '}
            <button
              type="button"
              class="link"
              onClick={() =>
                void attempt(async () => {
                  await undo.restore();
                  setUndo(null);
                }, t('restoredMessage', undo.name))
              }
            >
              {t('undoButton')}
            </button>
          </p>
        )}
        {message && <p class={message.error ? 'error' : ''}>{message.text}</p>}
      </div>
    </section>
  );
}
