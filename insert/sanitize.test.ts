// @vitest-environment jsdom
// jsdom: DOMPurify does not support happy-dom (it unwraps elements there; cure53/DOMPurify#1457).
import DOMPurify from 'dompurify';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sanitizePostingHtml } from './sanitize-posting-html';
import { postingPurifyConfig, sanitizeForEditor } from './sanitize';

const TAGS = ['h2', 'h3', 'p', 'ul', 'li', 'strong', 'em', 'br'];

afterEach(() => vi.restoreAllMocks());

describe('one DOMPurify policy for preview and insertion', () => {
  it('is the config both the editor path and the preview hand to DOMPurify', () => {
    const sanitize = vi.spyOn(DOMPurify, 'sanitize');
    sanitizeForEditor('<p>x</p>', TAGS);
    sanitizePostingHtml('<p>x</p>', TAGS);
    expect(sanitize.mock.calls[0]![1]).toEqual(postingPurifyConfig(TAGS));
    expect(sanitize.mock.calls[1]![1]).toEqual({ ...postingPurifyConfig(TAGS), RETURN_DOM_FRAGMENT: true });
  });

  it('keeps the same markup on both paths, whatever the input', () => {
    const piece = fc.constantFrom('<p>', '</p>', '<li>', '<ul>', '</ul>', '<b onclick="x">', '<script>alert(1)</script>', '<img src=x onerror=y>', 'a', ' & ', '<em class="c">', '</em>', '<br>', '<a href="javascript:1">');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const html = parts.join('');
        const holder = document.createElement('div');
        holder.replaceChildren(sanitizePostingHtml(html, TAGS));
        const preview = holder.innerHTML.replace(/\s*(<\/?(?:p|ul|ol|li|h[1-6]|br)\s*\/?>)\s*/gi, '$1').trim();
        // Compared as parsed markup: string output and a fragment's serialisation escape '&' differently.
        const inserted = document.createElement('div');
        inserted.innerHTML = sanitizeForEditor(html, TAGS);
        expect(preview).toBe(inserted.innerHTML);
        expect(preview).not.toMatch(/\s(on\w+|href|src|class)=/);
      }),
      { numRuns: 100 },
    );
  });
});
