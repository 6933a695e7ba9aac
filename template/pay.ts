/**
 * Pay-range wording. Pay-transparency laws (fact sheet §3) want a real min–max range, never "up to" or
 * "from", so two figures always render as a range.
 */
import type { PayUnit } from './types';

export interface PayInput {
  payMin?: number;
  payMax?: number;
  payUnit?: PayUnit;
}

/** Throws a RangeError naming the bad value, so no surface silently posts a wrong range. */
export function validatePay({ payMin, payMax }: PayInput): void {
  for (const [name, value] of [
    ['payMin', payMin],
    ['payMax', payMax],
  ] as const) {
    if (value !== undefined && (!Number.isFinite(value) || value < 0)) {
      throw new RangeError(`${name} must be a non-negative number, got ${String(value)}`);
    }
  }
  if (payMin !== undefined && payMax !== undefined && payMin > payMax) {
    throw new RangeError(`payMin (${payMin}) is greater than payMax (${payMax})`);
  }
}

/** Without an explicit unit, figures of 1,000 or more are read as yearly salary, smaller ones as hourly. */
export function inferPayUnit({ payMin, payMax, payUnit }: PayInput): PayUnit {
  if (payUnit) return payUnit;
  return Math.max(payMin ?? 0, payMax ?? 0) >= 1000 ? 'year' : 'hour';
}

function formatAmount(value: number, unit: PayUnit): string {
  const wholeYearly = unit === 'year' && Number.isInteger(value);
  return `$${value.toLocaleString('en-US', {
    minimumFractionDigits: wholeYearly ? 0 : 2,
    maximumFractionDigits: wholeYearly ? 0 : 2,
  })}`;
}

/** "$28.00–$36.00 per hour", "$58,000–$72,000 per year"; undefined when no figure is given. */
export function formatPayRange(input: PayInput): string | undefined {
  validatePay(input);
  const { payMin, payMax } = input;
  if (payMin === undefined && payMax === undefined) return undefined;
  const unit = inferPayUnit(input);
  const per = unit === 'hour' ? 'per hour' : 'per year';
  if (payMin !== undefined && payMax !== undefined && payMin !== payMax) {
    return `${formatAmount(payMin, unit)}–${formatAmount(payMax, unit)} ${per}`;
  }
  return `${formatAmount((payMin ?? payMax) as number, unit)} ${per}`;
}
