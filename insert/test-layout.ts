/**
 * Test-only: happy-dom and jsdom have no layout (every box is 0×0 at 0,0), so visibility checks would
 * call every field hidden. This stub gives each element a box from its own inline/computed style —
 * `left`/`top`/`width`/`height` in px, 200×40 at 0,0 when unset — enough for the visibility rules.
 */
export function stubLayout(win: Window & typeof globalThis = window): () => void {
  const proto = win.Element.prototype;
  const original = proto.getBoundingClientRect;
  proto.getBoundingClientRect = function (this: Element) {
    const style = win.getComputedStyle(this);
    const px = (value: string, fallback: number) => {
      const n = Number.parseFloat(value);
      return Number.isFinite(n) ? n : fallback;
    };
    const left = px(style.left, 0);
    const top = px(style.top, 0);
    const width = px(style.width, 200);
    const height = px(style.height, 40);
    return { left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON() {} } as DOMRect;
  };
  return () => {
    proto.getBoundingClientRect = original;
  };
}
