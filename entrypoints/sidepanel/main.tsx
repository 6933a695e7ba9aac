import { render } from 'preact';
import '../../assets/ui.css';
import { postingChecks } from '../../components/checksAdapter';
import { tabInserter } from '../../components/insertAdapter';
import { openPresetsStore, presetsPortFrom, unavailablePresetsPort } from '../../components/presetsAdapter';
import { SidePanelApp } from '../../components/SidePanelApp';
import { createTailorStore } from '../../components/useTailorState';

const presetsStore = openPresetsStore();
const presets = presetsStore instanceof Error ? unavailablePresetsPort(presetsStore) : presetsPortFrom(presetsStore);

render(
  <SidePanelApp store={createTailorStore()} presets={presets} checks={postingChecks} inserter={tabInserter} />,
  document.getElementById('app')!,
);
