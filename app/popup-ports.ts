/** The popup's ports over the browser (entrypoints/popup wires them; tests hand in their own pieces). */
import { browser } from 'wxt/browser';
import { waitForTabLoaded } from '../messaging/tab-loading';
import { browserSources, readPresetsSnapshot, type PresetsSnapshot } from '../presets/read-only';
import { readLastPreset, saveLastPreset } from './last-preset';
import { openSidePanel } from './open-side-panel';
import { inspectTab, pageDeliveryServices, resolveTargetTabId } from './page-services';
import type { PopupPorts } from './ports';
import { POLICY_WAIT_MS } from './posting-source';

/**
 * How long the first paint may wait for the organization's policy. Without a policy Chromium's first
 * managed read still takes ~1.4 s: personal presets show at once, the organization's group joins later.
 */
export const FIRST_POLICY_WAIT_MS = 150;

export function browserPopupPorts(search: string = globalThis.location?.search ?? ''): PopupPorts {
  let full: Promise<PresetsSnapshot> | undefined;
  return {
    presets: {
      quick: () => readPresetsSnapshot(browserSources(), FIRST_POLICY_WAIT_MS),
      full: () => (full ??= readPresetsSnapshot(browserSources(), POLICY_WAIT_MS)),
    },
    lastPreset: { read: readLastPreset, save: saveLastPreset },
    tabs: { target: () => resolveTargetTabId(search), inspect: inspectTab, waitLoaded: (tabId) => waitForTabLoaded(tabId) },
    delivery: pageDeliveryServices(),
    sidePanel: {
      windowId: async () => (await browser.windows.getCurrent())?.id,
      open: openSidePanel,
      closePopup: () => {
        if (!new URLSearchParams(search).has('tab')) window.close();
      },
    },
  };
}
