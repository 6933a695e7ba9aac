/**
 * The "Insert OTA job description" context menu, built from the presets: one entry per preset (the
 * default first), so a recruiter can pick the posting right in the field. Rebuilt when presets change.
 */
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import { isPresetStorageKey, readPresetsSnapshot, type PresetsSnapshot } from '../../presets/read-only';
import { openSidePanel } from '../open-side-panel';
import { TEMPLATE_CHOICE_ID } from '../posting-source';
import { insertFromBackground } from './deliver-posting';

export const CONTEXT_MENU_ID = 'insert-ota-posting';
export const OPEN_PANEL_MENU_ID = 'open-ota-side-panel';
/** Child ids are `insert-ota-posting/<preset id>`; the preset id may itself contain ':' (org:…, builtin:…). */
const CHILD_PREFIX = `${CONTEXT_MENU_ID}/`;

export interface MenuItem {
  id: string;
  title: string;
  contexts: ['editable'] | ['all'];
  parentId?: string;
  type?: 'separator';
}

/** What a click on `menuItemId` asks for; null for ids that are not ours. */
export function parseMenuItemId(menuItemId: string | number): { kind: 'insert'; presetId?: string } | { kind: 'open-panel' } | null {
  const id = String(menuItemId);
  if (id === OPEN_PANEL_MENU_ID) return { kind: 'open-panel' };
  if (id === CONTEXT_MENU_ID) return { kind: 'insert' };
  if (id.startsWith(CHILD_PREFIX)) return { kind: 'insert', presetId: id.slice(CHILD_PREFIX.length) };
  return null;
}

/**
 * The items to create, parents before children. Without presets the parent alone inserts the template
 * (a submenu of one would only add a click). Labels: `&` is the access-key marker in menu titles.
 */
export function menuItemsFor(snapshot: PresetsSnapshot): MenuItem[] {
  const escape = (text: string) => text.replace(/&/g, '&&');
  const { personal, organization, defaultId } = snapshot;
  const items: MenuItem[] = [{ id: CONTEXT_MENU_ID, title: t('menuInsert'), contexts: ['editable'] }];
  if (personal.length + organization.length > 0) {
    const child = (presetId: string, title: string): MenuItem => ({
      id: `${CHILD_PREFIX}${presetId}`,
      parentId: CONTEXT_MENU_ID,
      title,
      contexts: ['editable'],
    });
    const all = [...personal, ...organization];
    const fallback = all.find((p) => p.id === defaultId);
    items.push(fallback ? child(fallback.id, t('presetWithDefault', escape(fallback.name))) : child(TEMPLATE_CHOICE_ID, t('defaultTemplateChoice')));
    for (const preset of personal) if (preset !== fallback) items.push(child(preset.id, escape(preset.name)));
    const orgRest = organization.filter((p) => p !== fallback);
    if (orgRest.length > 0) {
      items.push({ ...child('separator-organization', ''), type: 'separator' });
      for (const preset of orgRest) items.push(child(preset.id, t('menuOrganizationPreset', escape(preset.name))));
    }
  }
  items.push({ id: OPEN_PANEL_MENU_ID, title: t('menuOpenPanel'), contexts: ['all'] });
  return items;
}

/** Preset edits come in bursts (typing a name, an import): one rebuild after they settle. */
export const MENU_REBUILD_DELAY_MS = 250;
export const LATE_POLICY_RETRY_MS = 3_000;

type ContextMenus = typeof browser.contextMenus;

let rebuildTimer: ReturnType<typeof setTimeout> | undefined;
/** A browser whose managed storage never answers must not keep the worker busy for ever. */
const LATE_POLICY_MAX_RETRIES = 5;
let lateRetries = 0;
/** Debounced: one rebuild after a burst of changes. */
function scheduleMenuRebuild(delayMs: number): void {
  clearTimeout(rebuildTimer);
  rebuildTimer = setTimeout(() => void rebuildContextMenu(), delayMs);
}

/** Serialised so two quick rebuilds never create the same id twice. */
let menuChain: Promise<void> = Promise.resolve();

/** Re-creates the menu from the presets now stored. */
function rebuildContextMenu(menus: ContextMenus = browser.contextMenus): Promise<void> {
  menuChain = menuChain
    .then(async () => {
      const snapshot = await readPresetsSnapshot();
      // The organization's presets come later when the browser has just started: build now, again then.
      if (snapshot.organizationLate && lateRetries < LATE_POLICY_MAX_RETRIES) {
        lateRetries += 1;
        scheduleMenuRebuild(LATE_POLICY_RETRY_MS);
      }
      const items = menuItemsFor(snapshot);
      await menus.removeAll();
      for (const item of items) {
        // The callback reads lastError so a failed create is handled, not logged as unchecked.
        menus.create(item, () => void browser.runtime.lastError);
      }
    })
    .catch(() => undefined);
  return menuChain;
}

/** Builds the menu at install and start, rebuilds it when presets or the policy change, and answers clicks. */
export function register(): void {
  // Updates keep old menu items in some browsers: every rebuild starts from removeAll.
  browser.runtime.onInstalled.addListener(() => void rebuildContextMenu());
  browser.runtime.onStartup?.addListener(() => void rebuildContextMenu());

  browser.storage.onChanged.addListener((changes, areaName) => {
    const relevant = areaName === 'managed' || Object.keys(changes).some(isPresetStorageKey);
    if (relevant) scheduleMenuRebuild(MENU_REBUILD_DELAY_MS);
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    const action = parseMenuItemId(info.menuItemId);
    if (!action) return;
    if (action.kind === 'open-panel') {
      // Synchronously, inside the click's user gesture: both browsers refuse it later.
      void openSidePanel(tab?.windowId).catch(() => undefined);
      return;
    }
    if (tab?.id === undefined) return;
    void insertFromBackground(tab.id, tab.url, info.frameId, action.presetId).catch(() => undefined);
  });
}
