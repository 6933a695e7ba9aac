import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../app/background/runtime';
import { registerSiteAccessHandlers } from '../app/site-access';

export default defineBackground(() => {
  startBackground();
  // "Enable on this site": keep the registered content scripts in step with the user's grants.
  registerSiteAccessHandlers();
});
