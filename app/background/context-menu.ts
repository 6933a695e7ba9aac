/**
 * The "Insert OTA job description" context menu, built from the presets: one entry per preset (the
 * default first), so a recruiter can pick the posting right in the field. Rebuilt when presets change.
 */
import { t } from '../../lib/i18n';
import type { PresetsSnapshot } from '../../presets/read-only';
import { TEMPLATE_CHOICE_ID } from '../posting-source';

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
