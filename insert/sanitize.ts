/**
 * The second lock before posting HTML reaches a page's editor (the renderer already escapes everything).
 *
 * It does not hand the markup to the page's DOM or run a general-purpose sanitizer: it parses the string
 * into an inert document (DOMParser: no scripts, no loads) and *rebuilds* it from scratch — a fresh element
 * for each allowed tag, no attributes at all, text as text nodes; any other element is dropped but its text
 * kept, except elements whose content is code or foreign markup, which go whole. What comes out can only be
 * the renderer's tags and escaped text, so re-parsing it cannot turn into anything else. It gives the same
 * markup as the DOMPurify policy below (`postingPurifyConfig`, used by the side panel's preview) — the
 * unit tests check that on hostile input — at a fraction of DOMPurify's size in every job-board page.
 */

/** The DOMPurify policy for posting HTML shown in our own pages: the renderer's tags, no attributes, text kept. */
export function postingPurifyConfig(allowedTags: readonly string[]) {
  return { ALLOWED_TAGS: [...allowedTags], ALLOWED_ATTR: [] as string[], KEEP_CONTENT: true };
}

/** Dropped with everything inside them (DOMPurify's FORBID_CONTENTS for these). */
const DROP_WHOLE = new Set(
  'script style template noscript noembed noframes iframe title xmp plaintext svg math audio video head colgroup thead'.split(' '),
);
const HTML_NS = 'http://www.w3.org/1999/xhtml';

const BLOCK_TAG_SPACE = /\s*(<\/?(?:p|ul|ol|li|h[1-6]|br)\s*\/?>)\s*/gi;

/**
 * Only the renderer's tags survive, no attributes at all. Whitespace between block tags is dropped
 * because editors (Lexical, Quill) turn it into empty paragraphs or list items.
 */
export function sanitizeForEditor(html: string, allowedTags: readonly string[]): string {
  const allowed = new Set(allowedTags);
  // Parsed as DOMPurify parses (an empty element first keeps leading markup in <body>), so both agree.
  const source = new DOMParser().parseFromString(`<remove></remove>${html}`, 'text/html');
  const out = document.implementation.createHTMLDocument('');
  const copy = (from: Node, to: Node): void => {
    for (const node of Array.from(from.childNodes)) {
      if (node.nodeType === 3) to.appendChild(out.createTextNode(node.nodeValue ?? ''));
      if (node.nodeType !== 1) continue;
      const { localName, namespaceURI } = node as Element;
      if (DROP_WHOLE.has(localName)) continue;
      if (namespaceURI === HTML_NS && allowed.has(localName)) copy(node, to.appendChild(out.createElement(localName)));
      else copy(node, to);
    }
  };
  copy(source.body, out.body);
  return out.body.innerHTML.replace(BLOCK_TAG_SPACE, '$1').trim();
}
