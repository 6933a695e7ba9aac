import DOMPurify from 'dompurify';

/**
 * The one DOMPurify policy for posting HTML, wherever it is shown or inserted: the renderer's tags only,
 * no attributes at all, text of removed elements kept.
 */
export function postingPurifyConfig(allowedTags: readonly string[]) {
  return { ALLOWED_TAGS: [...allowedTags], ALLOWED_ATTR: [] as string[], KEEP_CONTENT: true };
}

const BLOCK_TAG_SPACE = /\s*(<\/?(?:p|ul|ol|li|h[1-6]|br)\s*\/?>)\s*/gi;

/**
 * The renderer already escapes everything; this is the second lock before HTML reaches a page's editor:
 * only the renderer's tags survive, no attributes at all. Whitespace between block tags is dropped
 * because editors (Lexical, Quill) turn it into empty paragraphs or list items.
 */
export function sanitizeForEditor(html: string, allowedTags: readonly string[]): string {
  const clean = DOMPurify.sanitize(html, postingPurifyConfig(allowedTags));
  return clean.replace(BLOCK_TAG_SPACE, '$1').trim();
}
