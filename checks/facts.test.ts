import { afterEach, describe, expect, it, vi } from 'vitest';
import { quoteAt } from './facts';
import { findPay } from './extract/pay';

/** Longest string a String.prototype.search call ran on while `run` ran: a whole-text search per match is quadratic. */
function longestSearched(run: () => void): number {
  let longest = 0;
  const original = String.prototype.search;
  vi.spyOn(String.prototype, 'search').mockImplementation(function (this: string, pattern) {
    longest = Math.max(longest, this.length);
    return original.call(this, pattern as RegExp);
  });
  run();
  return longest;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('quoteAt: the sentence around a match', () => {
  it('quotes the sentence, or the bullet, the match is in', () => {
    const text = 'We are a team. Must be a rockstar; lift 50 lbs.\n- Young and energetic';
    expect(quoteAt(text, text.indexOf('rockstar'), 8)).toBe('Must be a rockstar;');
    expect(quoteAt(text, text.indexOf('Young'), 5)).toBe('- Young and energetic');
  });

  it('a match deep inside a very long sentence is quoted around the match, cut at both ends', () => {
    const text = `${'word '.repeat(2_000)}rockstar ${'word '.repeat(2_000)}end.`;
    const quote = quoteAt(text, text.indexOf('rockstar'), 8);
    expect(quote.startsWith('…')).toBe(true);
    expect(quote.endsWith('…')).toBe(true);
    expect(quote).toContain('rockstar');
    expect(quote.length).toBeLessThanOrEqual(200);
  });

  it('looks back and ahead a bounded window, not the whole text (a 59 KB page has many matches)', () => {
    const text = `${'a '.repeat(29_500)}.rockstar. ninja. young. must lift 50 lbs.`;
    let quote = '';
    expect(longestSearched(() => (quote = quoteAt(text, text.indexOf('ninja'), 5)))).toBeLessThan(1_000);
    expect(quote).toBe('ninja.');
  });
});

describe('findPay: bounded look-around per mention', () => {
  it('finds every figure of a long list without searching the whole text before each one', () => {
    const text = '$1; '.repeat(15_000);
    let count = 0;
    expect(longestSearched(() => (count = findPay(text).length))).toBeLessThan(1_000);
    expect(count).toBe(15_000);
  });
});
