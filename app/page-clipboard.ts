/**
 * Clipboard fallback for the shortcut and the context menu, which have no popup page to copy from.
 * Injected with `scripting.executeScript` into the frame the user acted in (activeTab grants it), so
 * it runs in the isolated world with our `clipboardWrite` permission — no offscreen document needed.
 * Must be self-contained: it is serialised and run in the page.
 */
export function writeClipboardInPage(html: string, text: string): boolean {
  let written = false;
  // A copy event we answer ourselves carries both flavours and leaves the page's selection alone.
  // Stopping it at window capture keeps out every page copy handler that would run after ours — not the
  // page's own window capture listeners added earlier, which run first. Those cannot spoil the result:
  // whatever they set we overwrite, and if they stop the event ours never runs, `written` stays false
  // and the caller says "use Copy" instead of claiming a copy.
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/html', html);
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
    event.stopImmediatePropagation();
    written = true;
  };
  window.addEventListener('copy', onCopy, true);
  try {
    document.execCommand('copy');
  } catch {
    written = false;
  } finally {
    window.removeEventListener('copy', onCopy, true);
  }
  return written;
}
