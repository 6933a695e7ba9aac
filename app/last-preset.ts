import { browser } from 'wxt/browser';

/** The popup's last pick, per device (local): the next popup starts on the same preset. */
export const LAST_PRESET_KEY = 'popup:lastPreset';

export async function readLastPreset(): Promise<string | null> {
  try {
    const value = (await browser.storage.local.get(LAST_PRESET_KEY))[LAST_PRESET_KEY];
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** Best effort: failing to remember a pick must not block the insert the user asked for. */
export async function saveLastPreset(id: string): Promise<void> {
  try {
    await browser.storage.local.set({ [LAST_PRESET_KEY]: id });
  } catch {
    // Storage unavailable (no permission / quota): the pick still applies to this popup.
  }
}
