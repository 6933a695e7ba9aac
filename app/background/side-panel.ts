/** Chrome: the toolbar button opens the popup (the side panel opens from the popup or the menu). */
import { browser } from 'wxt/browser';

export function register(): void {
  const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior?(b: { openPanelOnActionClick: boolean }): Promise<void> } })
    .sidePanel;
  void sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: false })?.catch(() => undefined);
}
