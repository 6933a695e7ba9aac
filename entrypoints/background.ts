import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../messaging/background-runtime';

export default defineBackground(() => {
  startBackground();
});
