/**
 * Opens the popup with a recorder installed before its own scripts: every distinct text it shows, and the
 * times (ms from the popup's own time origin) at which the reason beside Insert and an enabled Insert first
 * appear. Used by e2e/popup-reach.e2e.test.ts (texts) and scripts/bench-popup.ts (times).
 */
import type { Page } from 'playwright-core';
import type { Harness } from './harness';

export interface PopupRecord {
  /** Every distinct text the popup showed, in order. */
  texts: string[];
  /** First paint of the reason beside a disabled Insert; null if never. */
  reasonAt: number | null;
  /** First paint of an enabled Insert; null if never. */
  insertEnabledAt: number | null;
}

const RECORDER = `
  window.__recorded = { texts: [], reasonAt: null, insertEnabledAt: null };
  new MutationObserver(() => {
    const rec = window.__recorded;
    const text = document.body ? document.body.innerText : '';
    if (text && rec.texts[rec.texts.length - 1] !== text) rec.texts.push(text);
    const now = performance.now();
    if (rec.reasonAt === null && document.getElementById('insert-reason')) rec.reasonAt = now;
    const insert = [...document.querySelectorAll('button')].find((b) => /^Insert/.test(b.textContent || ''));
    if (rec.insertEnabledAt === null && insert && !insert.disabled) rec.insertEnabledAt = now;
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
`;

/**
 * Chromium's first managed-storage read just after the browser starts takes ~1.4 s even without a policy;
 * a fresh test profile answers at once. This makes the popup's reads that slow, as a user first sees them.
 */
const SLOW_FIRST_MANAGED_READ = `
  const area = chrome.storage.managed;
  const get = area.get.bind(area);
  area.get = (...args) => new Promise((resolve) => setTimeout(resolve, 1400)).then(() => get(...args));
`;

/** The popup for `tabId` (as a tab, like every e2e popup), recording from its first script on. */
export async function openRecordedPopup(harness: Harness, tabId: number, options: { slowManaged?: boolean } = {}): Promise<Page> {
  const popup = await harness.context.newPage();
  await popup.addInitScript({ content: RECORDER });
  if (options.slowManaged) await popup.addInitScript({ content: SLOW_FIRST_MANAGED_READ });
  await popup.goto(`chrome-extension://${harness.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

export function popupRecord(popup: Page): Promise<PopupRecord> {
  return popup.evaluate(() => (window as unknown as { __recorded: PopupRecord }).__recorded);
}
