import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';

interface Command {
  name?: string;
  description?: string;
  shortcut?: string;
}

/** Where each browser lets the user change extension shortcuts (these pages cannot be linked to). */
export function shortcutSettingsPlace(userAgent: string): string {
  return /firefox/i.test(userAgent)
    ? t('shortcutPlaceFirefox')
    : t('shortcutPlaceChrome');
}

/**
 * Opens the browser's shortcut settings where an extension may: Firefox 137+ has
 * `commands.openShortcutSettings()`; Chrome lets extension pages open chrome://extensions/shortcuts in a tab.
 * Null where neither works (the text instructions remain).
 */
export function shortcutSettingsOpener(userAgent: string): (() => Promise<unknown>) | null {
  const commands = browser.commands as unknown as { openShortcutSettings?: () => Promise<void> } | undefined;
  if (typeof commands?.openShortcutSettings === 'function') return () => commands.openShortcutSettings!();
  if (!/firefox/i.test(userAgent)) return () => browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  return null;
}

/** Lists the extension's keyboard shortcuts as the browser reports them, and where to change them. */
export function ShortcutHint({ loadCommands = () => browser.commands.getAll() }: { loadCommands?: () => Promise<Command[]> }) {
  const openSettings = shortcutSettingsOpener(navigator.userAgent);
  const [commands, setCommands] = useState<Command[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [openFailed, setOpenFailed] = useState(false);
  useEffect(() => {
    loadCommands().then(setCommands, () => setFailed(true));
  }, [loadCommands]);
  const listed = (commands ?? []).filter((c) => c.name && c.name !== '_execute_browser_action');
  return (
    <section class="card" aria-labelledby="shortcut-heading">
      <h2 id="shortcut-heading">{t('shortcutsHeading')}</h2>
      {failed && <p class="error">{t('shortcutsNotReported')}</p>}
      {commands !== null && listed.length === 0 && <p class="hint">{t('noShortcuts')}</p>}
      {listed.length > 0 && (
        <ul>
          {listed.map((command) => (
            <li key={command.name}>
              {command.name === '_execute_action' ? t('openPopupCommand') : (command.description ?? command.name)}:{' '}
              <kbd>{command.shortcut || t('shortcutNotSet')}</kbd>
            </li>
          ))}
        </ul>
      )}
      <p class="hint">{t('changeShortcutHint', shortcutSettingsPlace(navigator.userAgent))}</p>
      {openSettings && (
        <button type="button" onClick={() => void openSettings().catch(() => setOpenFailed(true))}>
          {t('openShortcutSettingsButton')}
        </button>
      )}
      {openFailed && <p class="error">{t('shortcutSettingsNotOpened')}</p>}
    </section>
  );
}
