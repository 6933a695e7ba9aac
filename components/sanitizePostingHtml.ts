import DOMPurify from 'dompurify';

/**
 * Turn rendered posting HTML into a DOM fragment holding only the tags the renderer emits and no
 * attributes at all. Returning a fragment (not a string) lets callers mount it with `replaceChildren`,
 * so no `innerHTML` assignment appears in our code.
 */
export function sanitizePostingHtml(html: string, allowedTags: readonly string[]): DocumentFragment {
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS: [...allowedTags],
    ALLOWED_ATTR: [],
    RETURN_DOM_FRAGMENT: true,
  });
}
