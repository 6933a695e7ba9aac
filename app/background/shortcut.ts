/** The keyboard shortcut inserts the default preset into the focused field of the active tab. */
import { browser } from 'wxt/browser';
import { insertFromBackground } from './deliver-posting';

export const INSERT_COMMAND = 'insert-posting';

export function register(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== INSERT_COMMAND) return;
    void (async () => {
      const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      if (target?.id !== undefined) await insertFromBackground(target.id, target.url);
    })().catch(() => undefined);
  });
}
