import { render } from 'preact';
import '../../assets/ui.css';
import { ErrorBoundary } from '../../components/common/ErrorBoundary';
import { postingChecks } from '../../app/checks-adapter';
import { tabInserter } from '../../app/insert-adapter';
import { tabPageCheck } from '../../app/page-check';
import { keepDraft, loadDraft } from '../../app/panel-draft';
import { openPresetsStore, presetsPortFrom, unavailablePresetsPort } from '../../components/common/presetsAdapter';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { createTailorStore } from '../../app/tailor-state';
import { t } from '../../lib/i18n';

document.title = t('extName');

const presetsStore = openPresetsStore();
const presets = presetsStore instanceof Error ? unavailablePresetsPort(presetsStore) : presetsPortFrom(presetsStore);

// Resume the last draft before the first render, so the default preset never overwrites it.
void loadDraft().then((draft) => {
  const store = createTailorStore(draft ?? {});
  keepDraft(store);
  render(
    <ErrorBoundary>
      <SidePanelApp store={store} presets={presets} checks={postingChecks} inserter={tabInserter} pageCheck={tabPageCheck} />
    </ErrorBoundary>,
    document.getElementById('app')!,
  );
});
