/** "Enable on this site": keep the registered content scripts in step with the user's grants. */
import { registerSiteAccessHandlers } from '../site-access';

export function register(): void {
  registerSiteAccessHandlers();
}
