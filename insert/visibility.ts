/**
 * Can a person see this field? Insertion never writes into a field nobody can see: pages keep hidden
 * helpers (Quill 1's clipboard container, off-screen inputs, honeypots) and some move focus into them.
 * Seen means rendered, not transparent or visibility:hidden (checkVisibility),
 * larger than a pixel after clipping by scrolling ancestors, not pushed off the page, and — inside a
 * same-origin iframe — in a frame that is itself seen.
 */

/** Off-page / clipped to this size or less counts as hidden (the "visually hidden" 1×1 pattern). */
const MIN_PX = 1;
const CLIPS = /hidden|clip/;
const SCROLLS = /auto|scroll/;

function seenInOwnDocument(el: Element): boolean {
  const doc = el.ownerDocument;
  const view = doc.defaultView;
  if (!el.isConnected || !view) return false;
  // Chrome 121+ / Firefox 122+ option names (the Firefox build needs 140); DOMs without it skip this.
  const check = (el as Element & { checkVisibility?(o: object): boolean }).checkVisibility?.({ opacityProperty: true, visibilityProperty: true });
  if (check === false) return false;
  let { left, top, right, bottom } = el.getBoundingClientRect();
  // Cut away by ancestors that hide their overflow. A scrolling ancestor ends the walk: a person can
  // scroll the field into view there (SPAs often clip <body> and scroll an inner pane).
  // A position:fixed box escapes the overflow of everything above it (its containing block is the viewport).
  let escaped = view.getComputedStyle(el).position === 'fixed';
  for (let node = el.parentElement; node && node !== doc.documentElement && !escaped; node = node.parentElement) {
    const style = view.getComputedStyle(node);
    escaped = style.position === 'fixed';
    const overflowX = style.overflowX || style.overflow;
    const overflowY = style.overflowY || style.overflow;
    if (SCROLLS.test(overflowX) || SCROLLS.test(overflowY)) break;
    const box = node.getBoundingClientRect();
    if (CLIPS.test(overflowX)) {
      left = Math.max(left, box.left);
      right = Math.min(right, box.right);
    }
    if (CLIPS.test(overflowY)) {
      top = Math.max(top, box.top);
      bottom = Math.min(bottom, box.bottom);
    }
  }
  if (right - left <= MIN_PX || bottom - top <= MIN_PX) return false;
  // Off the page: beyond its top or left edge, where no scrolling reaches (left:-9999px).
  const scrollX = view.scrollX || 0;
  const scrollY = view.scrollY || 0;
  return right + scrollX > 0 && bottom + scrollY > 0;
}

export function isVisibleToPerson(el: Element): boolean {
  if (!seenInOwnDocument(el)) return false;
  let frame: Element | null = null;
  try {
    frame = el.ownerDocument.defaultView?.frameElement ?? null;
  } catch {
    frame = null;
  }
  // A cross-origin parent hides its frame element from us; the parent's own content script decides there.
  return frame ? isVisibleToPerson(frame) : true;
}
