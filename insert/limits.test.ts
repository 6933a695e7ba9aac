// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectLimit, parseCounter, truncateText } from './limits';

describe('parseCounter', () => {
  it.each([
    ['520/10,000', { limit: 10000, used: 520 }],
    ['0 / 2000', { limit: 2000, used: 0 }],
    ['1.234/5.000 characters', { limit: 5000, used: 1234 }],
    ['Maximum 4000 characters', { limit: 4000 }],
  ])('%s', (text, expected) => {
    expect(parseCounter(text)).toEqual(expected);
  });

  it('reads "N characters remaining" as room left', () => {
    expect(parseCounter('1,500 characters remaining')).toEqual({ limit: NaN, remaining: 1500 });
  });

  it('ignores dates, fractions of a page and prose', () => {
    expect(parseCounter('12/31/2025')).toBeNull();
    expect(parseCounter('Step 3/2')).toBeNull();
    expect(parseCounter('Describe the role')).toBeNull();
  });
});

describe('detectLimit', () => {
  it('reads maxlength on plain fields', () => {
    document.body.innerHTML = `<textarea id="t" maxlength="600"></textarea>`;
    expect(detectLimit(document.getElementById('t')!, 0)).toEqual({ limit: 600, source: 'maxlength' });
  });

  it('finds a counter named by aria-describedby', () => {
    document.body.innerHTML = `<div id="e" contenteditable="true" aria-describedby="hint count"></div>
      <p id="hint">Describe the role</p><span id="count">120/2,000</span>`;
    expect(detectLimit(document.getElementById('e')!, 120)).toEqual({ limit: 2000, used: 120, source: 'counter' });
  });

  it('finds an "X/Y" counter right after the editor wrapper (LinkedIn layout)', () => {
    document.body.innerHTML = `<div class="rte"><div class="ql-container"><div id="e" class="ql-editor" contenteditable="true"><p>x</p></div></div></div>
      <div class="row"><div class="char-count">520/10,000</div></div>`;
    expect(detectLimit(document.getElementById('e')!, 520)?.limit).toBe(10000);
  });

  it('turns "remaining" into a limit from what the field holds', () => {
    document.body.innerHTML = `<textarea id="t"></textarea><small>300 characters left</small>`;
    expect(detectLimit(document.getElementById('t')!, 200)).toEqual({ limit: 500, used: 200, source: 'counter' });
  });

  it('finds nothing on a field without limits', () => {
    document.body.innerHTML = `<textarea id="t"></textarea><p>Tell candidates about the role in 3/4 of a page or less, please.</p>`;
    expect(detectLimit(document.getElementById('t')!, 0)).toBeNull();
  });
});

describe('truncateText', () => {
  it('never exceeds the limit and keeps a prefix of the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.nat(500), (text, max) => {
        const cut = truncateText(text, max);
        expect(cut.length).toBeLessThanOrEqual(Math.max(max, 0));
        expect(text.startsWith(cut)).toBe(true);
        if (text.length <= max) expect(cut).toBe(text);
      }),
    );
  });

  it('cuts at a line break rather than mid-line', () => {
    expect(truncateText('First line here\nSecond line that is long', 20)).toBe('First line here');
  });
});
