import { render } from 'preact';
import '../../assets/ui.css';
import { ImportExportPanel } from '../../components/ImportExportPanel';
import { OptionsApp } from '../../components/OptionsApp';
import { importExportPortFrom, presetsPortFrom } from '../../components/presetsAdapter';
import { createPresetsStore } from '../../presets/store';

const store = createPresetsStore();

render(
  <OptionsApp presets={presetsPortFrom(store)} importExport={<ImportExportPanel port={importExportPortFrom(store)} />} />,
  document.getElementById('app')!,
);
