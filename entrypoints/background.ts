import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../messaging/background-runtime';
import { registerSiteAccessHandlers } from '../messaging/site-access';

export default defineBackground(() => {
  startBackground();
  // "Enable on this site": keep the registered content scripts in step with the user's grants.
  registerSiteAccessHandlers();
});
