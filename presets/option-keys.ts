/**
 * The option names a preset may hold, without valibot: rules that run on raw policy values (policy-rules.ts)
 * check keys against this list. The table must name exactly the keys of `TailorOptions` (a compile error
 * otherwise), which schema.ts in turn checks against `TailorOptionsSchema`.
 */
import type { TailorOptions } from '../template/types';

/** Every key of `TailorOptions`; the `satisfies` below fails to compile when one is missing. */
const OPTION_KEY_TABLE = {
  specialty: true,
  setting: true,
  state: true,
  company: true,
  location: true,
  employmentType: true,
  schedule: true,
  payMin: true,
  payMax: true,
  payUnit: true,
  benefits: true,
  supervision: true,
  howToApply: true,
  aboutUs: true,
  eeo: true,
  extraResponsibilities: true,
  extraRequirements: true,
  dropLines: true,
  sections: true,
  physicalDemands: true,
  wording: true,
  adaStandHours: true,
  adaLiftPounds: true,
} as const satisfies Record<keyof TailorOptions, true>;

export type TailorOptionKey = keyof TailorOptions;
export const TAILOR_OPTION_KEYS = Object.keys(OPTION_KEY_TABLE) as TailorOptionKey[];

const KNOWN = new Set<string>(TAILOR_OPTION_KEYS);
export const isOptionKey = (key: string): key is TailorOptionKey => KNOWN.has(key);
