import { defineBackground } from '#imports';

export default defineBackground(() => {
  // Wiring comes with the content script (issue 4).
});
