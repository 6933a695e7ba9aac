import { render } from 'preact';
import '../../assets/ui.css';
import { presetsPortFrom } from '../../components/presetsAdapter';
import { SidePanelApp } from '../../components/SidePanelApp';
import { createTailorStore } from '../../components/useTailorState';
import { createPresetsStore } from '../../presets/store';

const presets = presetsPortFrom(createPresetsStore());

render(<SidePanelApp store={createTailorStore()} presets={presets} />, document.getElementById('app')!);
