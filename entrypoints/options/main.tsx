import { render } from 'preact';
import '../../assets/ui.css';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { ImportExportPanel } from '../../components/ImportExportPanel';
import { OptionsApp } from '../../components/OptionsApp';
import {
  importExportPortFrom,
  openPresetsStore,
  presetsPortFrom,
  unavailablePresetsPort,
} from '../../components/presetsAdapter';
import { t } from '../../components/i18n';

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
