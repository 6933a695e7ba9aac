import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

interface Command {
  name?: string;
  description?: string;
  shortcut?: string;
}

/** Where each browser lets the user change extension shortcuts (these pages cannot be linked to). */
export function shortcutSettingsPlace(userAgent: string): string {
  return /firefox/i.test(userAgent)
    ? 'Firefox: open about:addons, click the gear menu, then "Manage Extension Shortcuts".'
    : 'Chrome: open chrome://extensions/shortcuts.';
}

/** Lists the extension's keyboard shortcuts as the browser reports them, and where to change them. */
export function ShortcutHint({ loadCommands = () => browser.commands.getAll() }: { loadCommands?: () => Promise<Command[]> }) {
  const [commands, setCommands] = useState<Command[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    loadCommands().then(setCommands, () => setFailed(true));
  }, [loadCommands]);
  const listed = (commands ?? []).filter((c) => c.name && c.name !== '_execute_browser_action');
  return (
    <section class="card" aria-labelledby="shortcut-heading">
      <h2 id="shortcut-heading">Keyboard shortcuts</h2>
      {failed && <p class="error">The browser did not report the shortcuts.</p>}
      {commands !== null && listed.length === 0 && <p class="hint">This extension defines no shortcuts.</p>}
      {listed.length > 0 && (
        <ul>
          {listed.map((command) => (
            <li key={command.name}>
              {command.name === '_execute_action' ? 'Open the popup' : (command.description ?? command.name)}:{' '}
              <kbd>{command.shortcut || 'not set'}</kbd>
            </li>
          ))}
        </ul>
      )}
      <p class="hint">To change a shortcut — {shortcutSettingsPlace(navigator.userAgent)}</p>
    </section>
  );
}
