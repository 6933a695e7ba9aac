import DOMPurify from 'dompurify';
import { postingPurifyConfig } from './sanitize';

/**
 * Turn rendered posting HTML into a DOM fragment holding only the tags the renderer emits and no
 * attributes at all (the same policy as the insertion path). Returning a fragment (not a string) lets
 * callers mount it with `replaceChildren`, so no `innerHTML` assignment appears in our code.
 */
export function sanitizePostingHtml(html: string, allowedTags: readonly string[]): DocumentFragment {
  return DOMPurify.sanitize(html, { ...postingPurifyConfig(allowedTags), RETURN_DOM_FRAGMENT: true });
}
