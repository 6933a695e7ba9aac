import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { openSidePanel } from './open-side-panel';

const api = browser as unknown as Record<string, unknown>;
afterEach(() => {
  delete api.sidePanel;
  delete api.sidebarAction;
});

describe('openSidePanel', () => {
  it('uses Chrome sidePanel.open with the window id', async () => {
    const open = vi.fn(async () => undefined);
    api.sidePanel = { open };
    await openSidePanel(7);
    expect(open).toHaveBeenCalledWith({ windowId: 7 });
    await expect(openSidePanel()).rejects.toThrow(/window id/);
  });

  it('uses Firefox sidebarAction.open when there is no sidePanel', async () => {
    const open = vi.fn(async () => undefined);
    api.sidebarAction = { open };
    await openSidePanel();
    expect(open).toHaveBeenCalledOnce();
  });

  it('fails clearly where neither exists', async () => {
    await expect(openSidePanel(1)).rejects.toThrow(/no side panel/);
  });
});
