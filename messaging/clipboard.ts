import { sanitizeForEditor } from '../insert/sanitize';
import type { Rendering } from './protocol';

/**
 * Put HTML + plain text on the clipboard (rich editors paste formatting, plain fields clean text).
 * `writeText` where ClipboardItem is missing. Runs in the popup: it has a DOM for DOMPurify and the
 * user's click as the gesture the clipboard needs.
 */
export async function copyRendering(rendering: Rendering, allowedTags: readonly string[]): Promise<void> {
  const clipboard = navigator.clipboard;
  if (!clipboard) throw new Error('The clipboard is not available here.');
  if (typeof ClipboardItem === 'function' && typeof clipboard.write === 'function') {
    try {
      const html = sanitizeForEditor(rendering.html, allowedTags);
      await clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([rendering.text], { type: 'text/plain' }),
        }),
      ]);
      return;
    } catch {
      // Some browsers refuse text/html items; plain text still gets the posting across.
    }
  }
  await clipboard.writeText(rendering.text);
}
