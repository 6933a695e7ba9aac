import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPay } from './pay';

const first = (text: string) => findPay(text).find((mention) => mention.basePay);

describe('findPay: the forms recruiters write', () => {
  it.each([
    ['$29.50 – $36.00 per hour', 'range', 29.5, 36, 'hour'],
    ['$58k–$70k/yr', 'range', 58000, 70000, 'year'],
    ['USD 28–34 hourly', 'range', 28, 34, 'hour'],
    ['$28-$34/hr', 'range', 28, 34, 'hour'],
    ['Salary: $58,000 - $70,000', 'range', 58000, 70000, 'year'],
    ['between $30 and $38 an hour', 'range', 30, 38, 'hour'],
    ['$45 – $60 per visit', 'range', 45, 60, 'visit'],
    ['up to $72,000', 'up-to', undefined, 72000, undefined],
    ['starting at $30/hour', 'from', 30, undefined, 'hour'],
    ['$30/hr and up', 'from', 30, undefined, 'hour'],
    ['Pay: $32/hr', 'single', 32, 32, 'hour'],
  ] as const)('%s', (text, kind, min, max, unit) => {
    const mention = first(text);
    expect(mention).toMatchObject({ kind });
    expect(mention?.min).toBe(min);
    expect(mention?.max).toBe(max);
    expect(mention?.unit).toBe(unit);
  });

  it('"DOE" and "competitive pay" are pay words without figures', () => {
    expect(findPay('Pay: DOE').map((m) => m.kind)).toEqual(['undisclosed']);
    expect(findPay('We offer competitive pay.').map((m) => m.text)).toEqual(['competitive pay']);
  });

  it('bonuses and allowances are found but are not base pay', () => {
    const mentions = findPay('Pay: $28–$34/hr, plus a $5,000 sign-on bonus and a $750 CEU allowance');
    expect(mentions.filter((m) => m.basePay).map((m) => m.text)).toEqual(['$28–$34/hr']);
    expect(mentions.filter((m) => !m.basePay)).toHaveLength(2);
  });

  it('figures that are not money are left alone', () => {
    expect(findPay('Children ages 3-5; 2-3 years of experience; lift 50 lbs; 401(k)')).toEqual([]);
  });

  it('a period in the previous sentence is not the pay unit', () => {
    expect(first('Full time, 40 hours a week. Pay: $60,000 - $70,000')?.unit).toBeUndefined();
  });
});

const hourly = fc.tuple(fc.integer({ min: 15, max: 90 }), fc.integer({ min: 1, max: 30 }), fc.boolean());
const yearly = fc.tuple(fc.integer({ min: 30, max: 150 }), fc.integer({ min: 1, max: 40 }));

describe('findPay: any formatted range is found with its minimum, maximum and unit', () => {
  const separators = [' - ', '-', ' – ', '–', ' — ', ' to '];
  const lead = ['', 'Pay: ', 'Hourly rate ', 'Compensation: ', 'We pay ', '• '];
  const tail = ['', '.', ', depending on experience', ' plus benefits', ' (full time)'];

  it('hourly ranges', () => {
    fc.assert(
      fc.property(
        hourly,
        fc.constantFrom(...separators),
        fc.constantFrom('/hr', '/hour', ' per hour', ' hourly', ' an hour', ' / hr', ' per hr'),
        fc.constantFrom('$', 'USD ', 'US$'),
        fc.boolean(),
        fc.constantFrom(...lead),
        fc.constantFrom(...tail),
        ([low, spread, cents], separator, unit, currency, currencyTwice, before, after) => {
          const min = low;
          const max = low + spread;
          const format = (n: number) => (cents ? n.toFixed(2) : String(n));
          const text = `${before}${currency}${format(min)}${separator}${currencyTwice ? currency : ''}${format(max)}${unit}${after}`;
          const mention = first(text);
          expect(mention, text).toMatchObject({ kind: 'range', min, max, unit: 'hour' });
        },
      ),
      { numRuns: 400 },
    );
  });

  it('yearly ranges, with thousands separators or k', () => {
    fc.assert(
      fc.property(
        yearly,
        fc.constantFrom(...separators),
        fc.constantFrom('/yr', '/year', ' per year', ' annually', ' a year', ' per annum', ' yearly'),
        fc.constantFrom('comma', 'k', 'K', 'plain'),
        fc.constantFrom(...lead),
        fc.constantFrom(...tail),
        ([lowK, spreadK], separator, unit, style, before, after) => {
          const min = lowK * 1000;
          const max = (lowK + spreadK) * 1000;
          const format = (n: number) =>
            style === 'comma' ? n.toLocaleString('en-US') : style === 'plain' ? String(n) : `${n / 1000}${style}`;
          const text = `${before}$${format(min)}${separator}$${format(max)}${unit}${after}`;
          expect(first(text), text).toMatchObject({ kind: 'range', min, max, unit: 'year' });
        },
      ),
      { numRuns: 400 },
    );
  });
});
