export default defineBackground(() => {
  // Wiring lives in presets/ and insert/; the background only routes messages (see later issues).
});
