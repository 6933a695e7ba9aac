import type { ComponentChildren } from 'preact';
import type { ManagedPresetsPort } from '../common/presetsAdapter';
import { StorageNotices } from '../common/StorageNotices';
import { PresetManager } from './PresetManager';
import { PrivacyStatement } from './PrivacyStatement';
import { ShortcutHint } from './ShortcutHint';
import { t } from '../../lib/i18n';

export interface OptionsAppProps {
  presets: ManagedPresetsPort;
  /** The import/export card; passed in so the page works before (and without) that module. */
  importExport?: ComponentChildren;
  loadCommands?: () => Promise<{ name?: string; description?: string; shortcut?: string }[]>;
}

/** Options page: manage presets, import/export, shortcuts and the privacy statement. */
export function OptionsApp({ presets, importExport, loadCommands }: OptionsAppProps) {
  const view = presets.useView();
  return (
    <main class="options-page">
      <h1>{t('optionsHeading')}</h1>
      <StorageNotices notices={view.notices} />
      {view.hydrated ? (
        <PresetManager
          presets={view.presets}
          defaultId={view.defaultId}
          onRename={presets.rename}
          onDuplicate={presets.duplicate}
          onRemove={presets.remove}
          onSetDefault={presets.setDefault}
        />
      ) : (
        <section class="card" aria-busy="true">
          <p class="loading" role="status">
            {t('loadingPresets')}
          </p>
        </section>
      )}
      {view.hydrated && importExport}
      <ShortcutHint loadCommands={loadCommands} />
      <PrivacyStatement />
    </main>
  );
}
