import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/ui.css';
import '../../assets/welcome.css';
import { openSidePanel } from '../../app/open-side-panel';
import { ErrorBoundary } from '../../components/common/ErrorBoundary';
import { insertShortcut } from '../../components/welcome/shortcut';
import { WelcomeApp } from '../../components/welcome/WelcomeApp';
import { t } from '../../lib/i18n';

document.title = t('welcomeTitle');

// Chrome opens the side panel for a window, and only straight from the click: the id is looked up now.
let windowId: number | undefined;
void browser.tabs.getCurrent().then((tab) => (windowId = tab?.windowId), () => undefined);

const loadShortcut = () =>
  insertShortcut(
    typeof browser.commands?.getAll === 'function' ? () => browser.commands.getAll() : undefined,
    browser.runtime.getManifest(),
    /Mac/i.test(navigator.platform),
  );

render(
  <ErrorBoundary>
    <WelcomeApp
      loadShortcut={loadShortcut}
      openSidePanel={() => openSidePanel(windowId)}
      optionsUrl={browser.runtime.getURL('/options.html')}
    />
  </ErrorBoundary>,
  document.getElementById('app')!,
);
