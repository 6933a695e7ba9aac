import { render } from 'preact';
import '../../assets/ui.css';
import { OptionsApp } from '../../components/OptionsApp';
import { presetsPortFrom } from '../../components/presetsAdapter';
import { createPresetsStore } from '../../presets/store';

const presets = presetsPortFrom(createPresetsStore());

render(<OptionsApp presets={presets} />, document.getElementById('app')!);
