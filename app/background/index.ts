/**
 * The background's features, one file each with its own `register()`; the entrypoint calls
 * `startBackground()` once when the service worker starts.
 */
import * as contextMenu from './context-menu';
import * as mainWorldRelay from './main-world-relay';
import * as shortcut from './shortcut';
import * as sidePanel from './side-panel';
import * as siteAccess from './site-access';
import * as welcome from './welcome';

const FEATURES: ReadonlyArray<{ register(): void }> = [sidePanel, contextMenu, shortcut, mainWorldRelay, siteAccess, welcome];

export function startBackground(): void {
  for (const feature of FEATURES) feature.register();
}
