import { render } from 'preact';
import '../../assets/ui.css';
import { ErrorBoundary } from '../../components/common/ErrorBoundary';
import { ImportExportPanel } from '../../components/options/ImportExportPanel';
import { OptionsApp } from '../../components/options/OptionsApp';
import {
  importExportPortFrom,
  openPresetsStore,
  presetsPortFrom,
  unavailablePresetsPort,
} from '../../components/common/presetsAdapter';
import { t } from '../../lib/i18n';

document.title = t('optionsHeading');

const store = openPresetsStore();

render(
  <ErrorBoundary>
    {store instanceof Error ? (
      <OptionsApp presets={unavailablePresetsPort(store)} />
    ) : (
      <OptionsApp presets={presetsPortFrom(store)} importExport={<ImportExportPanel port={importExportPortFrom(store)} />} />
    )}
  </ErrorBoundary>,
  document.getElementById('app')!,
);
