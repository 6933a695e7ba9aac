import { browser } from 'wxt/browser';

interface ChromeSidePanel {
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
}
interface FirefoxSidebarAction {
  open(): Promise<void>;
}

/**
 * Open the tailoring side panel. Must be called straight from a user gesture (click, context-menu
 * handler, command): both browsers refuse otherwise, so do not await anything before calling it.
 * Chrome: `sidePanel.open({windowId})`; Firefox: `sidebarAction.open()`.
 */
export function openSidePanel(windowId?: number): Promise<void> {
  const api = browser as unknown as { sidePanel?: ChromeSidePanel; sidebarAction?: FirefoxSidebarAction };
  if (api.sidePanel?.open) {
    if (windowId === undefined) return Promise.reject(new Error('Chrome needs the window id to open the side panel.'));
    return api.sidePanel.open({ windowId });
  }
  if (api.sidebarAction?.open) return api.sidebarAction.open();
  return Promise.reject(new Error('This browser has no side panel API.'));
}
