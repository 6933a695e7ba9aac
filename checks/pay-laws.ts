import type { Confidence, StateCode } from '../template/types';

/**
 * Pay-transparency posting laws as dated data (fact sheet §3, compiled 2026-11-26). Checks read this
 * table; nothing here is legal advice, so every rule keeps its source, date and confidence.
 */

/** A duty a posting must meet from a date. Later amendments are separate duties with their own date. */
export type PayDuty =
  | {
      kind: 'pay-range';
      from: string;
      /** One fixed figure is accepted instead of a range (CO, HI, IL, MN, NJ, VT, VA; WA from 2025-07-27). */
      fixedAmountAllowed: boolean;
      fixedAmountAllowedFrom?: string;
      /** "Up to $X" / "from $X" is expressly not a range (MN, IL). */
      openEndedBanned: boolean;
      /** The law asks for a minimum and a maximum (§3 "min–max": NY, NYC, DC, MD, VT), so one-sided pay fails it. */
      minAndMaxRequired: boolean;
      /** What the law calls it, for the message. */
      wording: string;
    }
  | { kind: 'benefits'; from: string; wording: string }
  | { kind: 'application-deadline'; from: string; wording: string }
  /** A duty outside the posting itself (e.g. DC healthcare disclosure before the first interview). */
  | { kind: 'process-note'; from: string; wording: string };

export interface PayLaw {
  /** Jurisdiction key used in rule ids: USPS code for states, a short city key otherwise. */
  id: string;
  name: string;
  state: StateCode;
  /** Lower-case city / county names (and common neighbourhoods) that put a job under a local law. */
  places?: string[];
  law: string;
  /** 'posting': the ad itself must carry pay. 'on-request': disclosure only when asked / later. */
  kind: 'posting' | 'on-request';
  /** Employers with at least this many employees are covered (as the law counts them). */
  minEmployees: number;
  thresholdNote: string;
  /** Before this date a missing range is a warning (in force, not yet enforced: Columbus). */
  enforcedFrom?: string;
  duties: PayDuty[];
  source: string;
  /** A public https page for the law (filled by the pay-law review; runChecks() links findings to it). */
  url?: string;
  /** YYYY-MM-DD: when the rule was last reviewed against its sources. */
  reviewed?: string;
  asOf: string;
  confidence: Confidence;
}

const range = (from: string, wording: string, extra: Partial<Extract<PayDuty, { kind: 'pay-range' }>> = {}): PayDuty => ({
  kind: 'pay-range',
  from,
  wording,
  fixedAmountAllowed: false,
  openEndedBanned: false,
  minAndMaxRequired: false,
  ...extra,
});
const benefits = (from: string, wording = 'a general description of benefits and other compensation'): PayDuty => ({
  kind: 'benefits',
  from,
  wording,
});

const NYC_PLACES = ['new york city', 'nyc', 'new york', 'manhattan', 'brooklyn', 'queens', 'bronx', 'the bronx', 'staten island'];
const WESTCHESTER_PLACES = [
  'westchester', 'westchester county', 'white plains', 'yonkers', 'new rochelle', 'mount vernon', 'peekskill',
  'rye', 'scarsdale', 'ossining', 'port chester', 'mamaroneck', 'tarrytown', 'sleepy hollow', 'harrison',
];

export const PAY_LAWS: PayLaw[] = [
  {
    id: 'CO', name: 'Colorado', state: 'CO', kind: 'posting',
    law: 'Equal Pay for Equal Work Act (C.R.S. 8-5-101 et seq.), amended by SB 23-105',
    minEmployees: 1, thresholdNote: 'at least 1 employee in Colorado',
    duties: [
      range('2021-01-01', 'the hourly or salary compensation (or range)', { fixedAmountAllowed: true }),
      benefits('2021-01-01'),
      { kind: 'application-deadline', from: '2024-01-01', wording: 'the anticipated application-close date' },
      { kind: 'process-note', from: '2024-01-01', wording: 'telling current employees about the opening the same day it is posted, and a notice about who was selected within 30 days' },
    ],
    source: 'C.R.S. 8-5-101 et seq.; SB 23-105 (berkshireassociates.com; Littler)', asOf: '2023-06', confidence: 'M',
  },
  {
    id: 'CA', name: 'California', state: 'CA', kind: 'posting',
    law: 'Labor Code §432.3 (SB 1162), amended by SB 642',
    minEmployees: 15, thresholdNote: '15 or more employees (at least 1 in California)',
    duties: [range('2023-01-01', 'a good-faith pay scale (salary or hourly range expected on hire, SB 642 from 2026-01-01)')],
    source: 'Lab. Code §432.3; SB 642 (lcwlegal.com; mondaq 2026)', asOf: '2026-01', confidence: 'M',
  },
  {
    id: 'WA', name: 'Washington', state: 'WA', kind: 'posting',
    law: 'RCW 49.58.110 (SB 5761), amended by SSB 5408',
    minEmployees: 15, thresholdNote: '15 or more employees',
    duties: [
      range('2023-01-01', 'the wage scale or salary range', { fixedAmountAllowedFrom: '2025-07-27' }),
      benefits('2023-01-01', 'a general description of all benefits and other compensation'),
    ],
    source: 'RCW 49.58.110; SSB 5408 (lawfilesext.leg.wa.gov; ogletree.com)', asOf: '2025', confidence: 'H',
  },
  {
    id: 'NY', name: 'New York State', state: 'NY', kind: 'posting',
    law: 'N.Y. Labor Law §194-b',
    minEmployees: 4, thresholdNote: '4 or more employees',
    duties: [range('2023-09-17', 'a good-faith compensation range (minimum and maximum)', { minAndMaxRequired: true })],
    source: 'N.Y. Labor Law §194-b (nixonpeabody 2022-12; bsk.com 2023-03)', asOf: '2023', confidence: 'M',
  },
  {
    id: 'NYC', name: 'New York City', state: 'NY', places: NYC_PLACES, kind: 'posting',
    law: 'NYC Human Rights Law, Local Law 32 of 2022',
    minEmployees: 4, thresholdNote: '4 or more employees',
    duties: [range('2022-11-01', 'a good-faith minimum and maximum salary or hourly rate', { minAndMaxRequired: true })],
    source: 'NYC Local Law 32 of 2022 (crainsnewyork.com)', asOf: '2022-04', confidence: 'M',
  },
  {
    id: 'WESTCHESTER', name: 'Westchester County, NY', state: 'NY', places: WESTCHESTER_PLACES, kind: 'posting',
    law: 'Westchester County local law (salary range in postings)',
    minEmployees: 4, thresholdNote: '4 or more employees',
    duties: [range('2022-11-06', 'a salary range')],
    source: 'Westchester County local law (wfpclaw.com)', asOf: '2022-08', confidence: 'M',
  },
  {
    id: 'ITHACA', name: 'Ithaca, NY', state: 'NY', places: ['ithaca'], kind: 'posting',
    law: 'City of Ithaca local law (salary range in postings)',
    minEmployees: 4, thresholdNote: '4 or more employees (threshold unverified)',
    duties: [range('2022-09-01', 'a salary range')],
    source: 'City of Ithaca local law (wfpclaw.com); start day in Sept. 2022 not confirmed', asOf: '2022', confidence: 'L',
  },
  {
    id: 'JERSEY-CITY', name: 'Jersey City, NJ', state: 'NJ', places: ['jersey city'], kind: 'posting',
    law: 'Jersey City pay-transparency ordinance',
    minEmployees: 5, thresholdNote: '5 or more employees in Jersey City',
    duties: [range('2022-04-01', 'the pay range for the job')],
    source: 'Jersey City ordinance (gapsquare.com 2023-05; workforcebulletin.com); "spring 2022" start', asOf: '2023-05', confidence: 'M',
  },
  {
    id: 'HI', name: 'Hawaii', state: 'HI', kind: 'posting',
    law: 'HRS ch. 378 (SB 1057)',
    minEmployees: 50, thresholdNote: '50 or more employees',
    duties: [range('2024-01-01', 'an hourly rate or salary range that reasonably reflects expected pay', { fixedAmountAllowed: true })],
    source: 'HRS ch. 378, SB 1057 (mondaq 2023-07)', asOf: '2023', confidence: 'M',
  },
  {
    id: 'DC', name: 'District of Columbia', state: 'DC', kind: 'posting',
    law: 'Wage Transparency Omnibus Amendment Act of 2023',
    minEmployees: 1, thresholdNote: 'at least 1 employee in DC',
    duties: [
      range('2024-06-30', 'the minimum and maximum projected salary or hourly pay', { minAndMaxRequired: true }),
      { kind: 'process-note', from: '2024-06-30', wording: 'disclosure of healthcare benefits to applicants before the first interview' },
    ],
    source: 'D.C. Wage Transparency Omnibus Amendment Act of 2023 (dwt.com 2024-01; littler.com)', asOf: '2024', confidence: 'M',
  },
  {
    id: 'MD', name: 'Maryland', state: 'MD', kind: 'posting',
    law: 'Wage Range Transparency Act (SB 525 / HB 649)',
    minEmployees: 1, thresholdNote: 'any size',
    duties: [range('2024-10-01', 'a good-faith wage range (minimum and maximum)', { minAndMaxRequired: true }), benefits('2024-10-01')],
    source: 'Md. Wage Range Transparency Act (dllr.state.md.us ESS FAQ)', asOf: '2024', confidence: 'H',
  },
  {
    id: 'IL', name: 'Illinois', state: 'IL', kind: 'posting',
    law: 'Illinois Equal Pay Act, amended by HB 3129',
    minEmployees: 15, thresholdNote: '15 or more employees',
    duties: [
      range('2025-01-01', 'the pay scale (wage or salary, or a range)', { fixedAmountAllowed: true, openEndedBanned: true }),
      benefits('2025-01-01', 'a general description of benefits and other compensation (bonuses, incentives)'),
      { kind: 'process-note', from: '2025-01-01', wording: 'telling current employees about promotion opportunities within 14 days of posting externally, and keeping pay records for 5 years' },
    ],
    source: 'Ill. Equal Pay Act as amended by HB 3129 (labor.illinois.gov; beneschlaw.com)', asOf: '2025', confidence: 'H',
  },
  {
    id: 'MN', name: 'Minnesota', state: 'MN', kind: 'posting',
    law: 'Minn. Stat. §181.173',
    minEmployees: 30, thresholdNote: '30 or more employees at Minnesota sites',
    duties: [
      range('2025-01-01', 'the starting salary range or fixed pay rate', { fixedAmountAllowed: true, openEndedBanned: true }),
      benefits('2025-01-01', 'a general description of all benefits and other compensation, including health and retirement'),
    ],
    source: 'Minn. Stat. §181.173 (lmc.org 2024-09)', asOf: '2024-09', confidence: 'M',
  },
  {
    id: 'NJ', name: 'New Jersey', state: 'NJ', kind: 'posting',
    law: 'P.L. 2024 c. 91 (S2310)',
    minEmployees: 10, thresholdNote: '10 or more employees over 20 calendar weeks',
    duties: [
      range('2025-06-01', 'the hourly wage or salary (or range)', { fixedAmountAllowed: true }),
      benefits('2025-06-01', 'a general description of benefits and other compensation programs'),
      { kind: 'process-note', from: '2025-06-01', wording: 'reasonable efforts to tell current employees in the affected department about promotion opportunities' },
    ],
    source: 'N.J. P.L. 2024 c. 91 (cooley.com; mondaq 2024-11)', asOf: '2024-11', confidence: 'M',
  },
  {
    id: 'VT', name: 'Vermont', state: 'VT', kind: 'posting',
    law: 'Act 155 of 2024 (H.704)',
    minEmployees: 5, thresholdNote: '5 or more employees (at least 1 in Vermont)',
    duties: [range('2025-07-01', 'a good-faith compensation range (minimum and maximum)', { fixedAmountAllowed: true, minAndMaxRequired: true })],
    source: 'Vt. Act 155 (cbiz.com; pfclaw.com)', asOf: '2025', confidence: 'M',
  },
  {
    id: 'MA', name: 'Massachusetts', state: 'MA', kind: 'posting',
    law: 'An Act Relative to Salary Range Transparency (2024)',
    minEmployees: 25, thresholdNote: '25 or more employees in Massachusetts',
    duties: [range('2025-10-29', 'the annual salary or hourly wage range')],
    source: 'Mass. Salary Range Transparency Act (jacksonlewis.com; gtlaw 2025-10)', asOf: '2025-10', confidence: 'M',
  },
  {
    id: 'CLEVELAND', name: 'Cleveland, OH', state: 'OH', places: ['cleveland'], kind: 'posting',
    law: 'Cleveland Ord. 104-2025 (Cod. Ord. ch. 669)',
    minEmployees: 15, thresholdNote: '15 or more employees in Cleveland',
    duties: [range('2025-10-27', 'the salary range or scale')],
    source: 'Cleveland Ord. 104-2025 (duanemorris.com; beneschlaw)', asOf: '2025', confidence: 'M',
  },
  {
    id: 'COLUMBUS', name: 'Columbus, OH', state: 'OH', places: ['columbus'], kind: 'posting',
    law: 'Columbus Ord. 2898-2025 (amends ch. 2335)',
    minEmployees: 15, thresholdNote: '15 or more employees in Columbus',
    enforcedFrom: '2027-01-01',
    duties: [range('2025-12-03', 'a reasonable salary range or scale')],
    source: 'Columbus Ord. 2898-2025 (ogletree.com)', asOf: '2025-11', confidence: 'M',
  },
  {
    id: 'VA', name: 'Virginia', state: 'VA', kind: 'posting',
    law: 'SB 215 / HB 636 (2026), Va. Code §40.1-28.7:12 (cite to verify)',
    minEmployees: 1, thresholdNote: 'any size',
    duties: [range('2026-07-01', 'the wage, salary, or a good-faith range', { fixedAmountAllowed: true })],
    source: 'Va. SB 215 / HB 636 (virginiabusiness.com; hirschlerlaw.com 2026-06-30)', asOf: '2026-06', confidence: 'M',
  },
  {
    id: 'ME', name: 'Maine', state: 'ME', kind: 'posting',
    law: 'H.P. 18 / LD 54 (signed 2026-04-24)',
    minEmployees: 10, thresholdNote: '10 or more employees',
    duties: [range('2026-07-13', 'the range of pay')],
    source: 'Me. LD 54 (brightmine.com; complianceposter.com 2026-05-11)', asOf: '2026-05', confidence: 'M',
  },
  {
    id: 'DE', name: 'Delaware', state: 'DE', kind: 'posting',
    law: 'HB 105 (HS 2), signed 2025-09-26',
    minEmployees: 26, thresholdNote: '26 or more employees',
    duties: [range('2027-09-26', 'the hourly or salary compensation range'), benefits('2027-09-26')],
    source: 'Del. HB 105 (morganlewis.com; ogletree)', asOf: '2025-10', confidence: 'M',
  },
  // Disclosure on request or at interview only: no posting duty, shown as information.
  {
    id: 'CT', name: 'Connecticut', state: 'CT', kind: 'on-request',
    law: 'C.G.S. §31-40z', minEmployees: 1, thresholdNote: 'at least 1 employee',
    duties: [{ kind: 'process-note', from: '2021-10-01', wording: 'the wage range on request or before an offer' }],
    source: 'gapsquare.com (2023-05); statute cite and start date from background knowledge, verify', asOf: '2023', confidence: 'L',
  },
  {
    id: 'NV', name: 'Nevada', state: 'NV', kind: 'on-request',
    law: 'NRS 613.133', minEmployees: 1, thresholdNote: 'any size',
    duties: [{ kind: 'process-note', from: '2021-10-01', wording: 'the wage range to applicants after an interview' }],
    source: 'gapsquare.com (2023-05); statute cite and start date from background knowledge, verify', asOf: '2023', confidence: 'L',
  },
  {
    id: 'RI', name: 'Rhode Island', state: 'RI', kind: 'on-request',
    law: 'R.I. Gen. Laws §28-6-22', minEmployees: 1, thresholdNote: 'any size',
    duties: [{ kind: 'process-note', from: '2023-01-01', wording: 'the wage range on request' }],
    source: 'gapsquare.com (2023-05); statute cite and start date from background knowledge, verify', asOf: '2023', confidence: 'L',
  },
  {
    id: 'CINCINNATI', name: 'Cincinnati, OH', state: 'OH', places: ['cincinnati'], kind: 'on-request',
    law: 'Cincinnati salary-history ordinance', minEmployees: 15, thresholdNote: '15 or more employees in Cincinnati',
    duties: [{ kind: 'process-note', from: '2020-03-13', wording: 'the pay scale on request after a conditional offer' }],
    source: 'gapsquare.com (2023-05); gaatimes.com; start date from background knowledge, verify', asOf: '2023', confidence: 'L',
  },
  {
    id: 'TOLEDO', name: 'Toledo, OH', state: 'OH', places: ['toledo'], kind: 'on-request',
    law: 'Toledo salary-history ordinance', minEmployees: 15, thresholdNote: '15 or more employees in Toledo',
    duties: [{ kind: 'process-note', from: '2020-06-25', wording: 'the pay scale on request after a conditional offer' }],
    source: 'gapsquare.com (2023-05); gaatimes.com; start date from background knowledge, verify', asOf: '2023', confidence: 'L',
  },
];

/** The laws whose geography covers a job: the state's own law plus any local law for the city. */
export function payLawsFor(state: StateCode | undefined, city: string | undefined): PayLaw[] {
  if (!state) return [];
  const place = normalisePlace(city);
  return PAY_LAWS.filter((law) => law.state === state && (!law.places || (place !== '' && law.places.includes(place))));
}

export function normalisePlace(city: string | undefined): string {
  return (city ?? '')
    .toLowerCase()
    .replace(/\b(city of|town of|village of)\b/g, '')
    .replace(/[.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
