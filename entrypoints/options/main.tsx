import { render } from 'preact';
import '../../assets/ui.css';
import { ImportExportPanel } from '../../components/ImportExportPanel';
import { OptionsApp } from '../../components/OptionsApp';
import {
  importExportPortFrom,
  openPresetsStore,
  presetsPortFrom,
  unavailablePresetsPort,
} from '../../components/presetsAdapter';

const store = openPresetsStore();

render(
  store instanceof Error ? (
    <OptionsApp presets={unavailablePresetsPort(store)} />
  ) : (
    <OptionsApp presets={presetsPortFrom(store)} importExport={<ImportExportPanel port={importExportPortFrom(store)} />} />
  ),
  document.getElementById('app')!,
);
