// @vitest-environment jsdom
// jsdom, not happy-dom: DOMPurify does not support happy-dom (there it keeps <img>/<iframe> and drops allowed
// tags; cure53/DOMPurify#1457, capricorn86/happy-dom#2182), so sanitizer behaviour is only testable here.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RENDER_HTML_TAGS, render as renderPosting, tailor } from '../../template/index';
import { PostingPreview } from './PostingPreview';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => container.remove());

const body = () => container.querySelector<HTMLElement>('[data-testid="posting-preview"]')!;

describe('PostingPreview', () => {
  it('keeps only the renderer tags and strips every attribute, even from hostile HTML', async () => {
    const hostile =
      '<h2 onclick="x()">Title</h2><p style="color:red">Para <strong>bold</strong></p>' +
      '<img src=x onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">link</a>' +
      '<iframe src="https://example.org"></iframe><ul><li id="i">one</li></ul><svg><g onload="x()"></g></svg>';
    await act(() => render(<PostingPreview html={hostile} allowedTags={RENDER_HTML_TAGS} />, container));
    const elements = [...body().querySelectorAll('*')];
    const allowed = new Set<string>(RENDER_HTML_TAGS);
    expect(elements.map((el) => el.tagName.toLowerCase()).filter((tag) => !allowed.has(tag))).toEqual([]);
    expect(elements.flatMap((el) => [...el.attributes].map((a) => a.name))).toEqual([]);
    expect(body().textContent).toContain('Title');
    expect(body().textContent).toContain('link'); // the anchor's text survives, the anchor does not
    expect(body().textContent).not.toContain('alert(2)');
  });

  it('shows hostile employer text from the real template as text only', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const html = renderPosting(tailor({ company: hostile, aboutUs: `<script>alert(2)</script>${hostile}` }), 'html');
    await act(() => render(<PostingPreview html={html} allowedTags={RENDER_HTML_TAGS} />, container));
    expect(body().textContent).toContain(hostile);
    expect(body().querySelector('img, script')).toBeNull();
    expect([...body().querySelectorAll('*')].flatMap((el) => [...el.attributes])).toEqual([]);
  });

  it('replaces the previous content on each update instead of appending', async () => {
    await act(() => render(<PostingPreview html="<p>first</p>" allowedTags={RENDER_HTML_TAGS} />, container));
    await act(() => render(<PostingPreview html="<p>second</p>" allowedTags={RENDER_HTML_TAGS} />, container));
    expect(body().textContent).toBe('second');
    expect(body().querySelectorAll('p')).toHaveLength(1);
  });

  it('keeps the reader where they were when the posting changes under them', async () => {
    await act(() => render(<PostingPreview html="<p>first</p>" allowedTags={RENDER_HTML_TAGS} />, container));
    // jsdom has no layout: stand in for the browser, which clamps scrollTop while the children are gone.
    let offset = 0;
    const box = body();
    Object.defineProperty(box, 'scrollTop', { configurable: true, get: () => offset, set: (value: number) => (offset = value) });
    const replace = box.replaceChildren.bind(box);
    box.replaceChildren = (...nodes: Array<Node | string>) => {
      offset = 0;
      replace(...nodes);
    };
    box.scrollTop = 240;
    await act(() => render(<PostingPreview html="<p>second</p>" allowedTags={RENDER_HTML_TAGS} />, container));
    expect(body().textContent).toBe('second');
    expect(box.scrollTop).toBe(240);
  });
});
