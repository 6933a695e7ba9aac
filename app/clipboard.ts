import type { Rendering } from '../messaging/protocol';

/**
 * Put HTML + plain text on the clipboard (rich editors paste formatting, plain fields clean text).
 * `writeText` where ClipboardItem is missing. Runs in the popup or side panel, in the user's click.
 *
 * The HTML is the renderer's own output: every user string escaped, only allowlisted tags, and a property
 * test proves DOMPurify leaves it unchanged. So the popup copies it as is and stays free of DOMPurify
 * (≈ 9 KB gzip of its 40 KB budget); a caller that has DOMPurify loaded anyway (the side panel) may pass
 * `sanitize` for defence in depth. The editor the user pastes into sanitizes again on its side.
 */
export async function copyRendering(rendering: Rendering, sanitize?: (html: string) => string): Promise<void> {
  const clipboard = navigator.clipboard;
  if (!clipboard) throw new Error('The clipboard is not available here.');
  if (typeof ClipboardItem === 'function' && typeof clipboard.write === 'function') {
    try {
      const html = sanitize ? sanitize(rendering.html) : rendering.html;
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
