import { render } from 'preact';
import '../../assets/ui.css';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { postingChecks } from '../../components/checksAdapter';
import { tabInserter } from '../../components/insertAdapter';
import { keepDraft, loadDraft } from '../../components/panelDraft';
import { openPresetsStore, presetsPortFrom, unavailablePresetsPort } from '../../components/presetsAdapter';
import { SidePanelApp } from '../../components/SidePanelApp';
import { createTailorStore } from '../../components/useTailorState';
import { t } from '../../components/i18n';

document.title = t('extName');

const presetsStore = openPresetsStore();
const presets = presetsStore instanceof Error ? unavailablePresetsPort(presetsStore) : presetsPortFrom(presetsStore);

// Resume the last draft before the first render, so the default preset never overwrites it.
void loadDraft().then((draft) => {
  const store = createTailorStore(draft ?? {});
  keepDraft(store);
  render(
    <ErrorBoundary>
      <SidePanelApp store={store} presets={presets} checks={postingChecks} inserter={tabInserter} />
    </ErrorBoundary>,
    document.getElementById('app')!,
  );
});
