import { render } from 'preact';
import '../../assets/ui.css';
import { postingChecks } from '../../components/checksAdapter';
import { tabInserter } from '../../components/insertAdapter';
import { presetsPortFrom } from '../../components/presetsAdapter';
import { SidePanelApp } from '../../components/SidePanelApp';
import { createTailorStore } from '../../components/useTailorState';
import { createPresetsStore } from '../../presets/store';

render(
  <SidePanelApp
    store={createTailorStore()}
    presets={presetsPortFrom(createPresetsStore())}
    checks={postingChecks}
    inserter={tabInserter}
  />,
  document.getElementById('app')!,
);
