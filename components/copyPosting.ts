import { sanitizePostingHtml } from './sanitizePostingHtml';

/**
 * Put the posting on the clipboard as rich HTML plus plain text, so a rich editor pastes formatting and
 * a plain field pastes clean text. The HTML is sanitized first (the same tags as the preview).
 * Falls back to plain text where `ClipboardItem` is missing (older Firefox).
 */
export async function copyPosting(html: string, text: string, allowedTags: readonly string[]): Promise<void> {
  const holder = document.createElement('div');
  holder.append(sanitizePostingHtml(html, allowedTags));
  const safeHtml = holder.innerHTML; // reading the serialization; nothing is parsed from a string here
  const clipboard = navigator.clipboard;
  if (!clipboard) throw new Error('The clipboard is not available on this page.');
  if (typeof ClipboardItem === 'function' && typeof clipboard.write === 'function') {
    await clipboard.write([
      new ClipboardItem({
        'text/html': new Blob([safeHtml], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      }),
    ]);
    return;
  }
  await clipboard.writeText(text);
}
