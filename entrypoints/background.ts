import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wiring only. The word database and site permissions arrive with their issues.
});
