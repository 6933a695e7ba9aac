import type { Confidence, StateCode } from '../template/types';

/**
 * Pay-transparency posting laws as dated data, each re-checked against public sources on its `reviewed`
 * date (notes and sources: docs/research/pay-transparency.md, kept in step by pay-transparency.test.ts).
 * Checks read this table; nothing here is legal advice, so every rule keeps its citation, a public URL,
 * the review date and a confidence. Confidence L means "not confirmed": such a rule never raises an ERROR.
 */

/** A duty a posting must meet from a date. Later amendments are separate duties with their own date. */
export type PayDuty =
  | {
      kind: 'pay-range';
      from: string;
      /** One fixed figure is accepted instead of a range ("the wage or a wage range": CO, CT, HI, IL, MD, MN, NJ, NY, NYC, VT, VA, DE, Ithaca; WA from 2025-07-27). */
      fixedAmountAllowed: boolean;
      fixedAmountAllowedFrom?: string;
      /** "Up to $X" / "from $X" is expressly not a range (MN, IL). */
      openEndedBanned: boolean;
      /** The law asks for a minimum and a maximum (NY, NYC, DC, MD, VT, Jersey City, Ithaca, Westchester, Albany County), so one-sided pay fails it. */
      minAndMaxRequired: boolean;
      /** What the law calls it, for the message. */
      wording: string;
    }
  | { kind: 'benefits'; from: string; wording: string }
  | { kind: 'application-deadline'; from: string; wording: string }
  /** A duty outside the posting itself (e.g. DC healthcare disclosure before the first interview). */
  | { kind: 'process-note'; from: string; wording: string };

export interface PayLaw {
  /** Jurisdiction key used in rule ids: USPS code for states, a short city / county key otherwise. */
  id: string;
  name: string;
  state: StateCode;
  /** Lower-case city / county names (and common neighbourhoods) that put a job under a local law. */
  places?: string[];
  /** The statute or ordinance, by number. */
  law: string;
  /** 'posting': the ad itself must carry pay. 'on-request': disclosure only when asked / later. */
  kind: 'posting' | 'on-request';
  /** Employers with at least this many employees are covered (as the law counts them). */
  minEmployees: number;
  /** The threshold and how the law counts it, in words. */
  thresholdNote: string;
  /** Before this date a missing range is a warning (in force, not yet enforced: Columbus). */
  enforcedFrom?: string;
  /**
   * From this date the law no longer applies (e.g. Westchester County's law voids itself once a substantially
   * similar state law takes effect). `supersededNote` says why and what applies instead.
   */
  supersededFrom?: string;
  supersededNote?: string;
  duties: PayDuty[];
  /** Public citation: statute / ordinance number and the agency or publications it was checked against. */
  source: string;
  /** A public https page for the rule: the official statute or agency page where one was found. */
  url: string;
  /** The date we last checked this rule against its sources (YYYY-MM-DD). */
  reviewed: string;
  /** The newest source date the rule rests on. */
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
const note = (from: string, wording: string): PayDuty => ({ kind: 'process-note', from, wording });

/** Every rule below was re-checked on this date (issue 9). */
export const PAY_LAWS_REVIEWED = '2026-12-02';
const reviewed = PAY_LAWS_REVIEWED;

const NYC_PLACES = ['new york city', 'nyc', 'new york', 'manhattan', 'brooklyn', 'queens', 'bronx', 'the bronx', 'staten island'];
const WESTCHESTER_PLACES = [
  'westchester', 'westchester county', 'white plains', 'yonkers', 'new rochelle', 'mount vernon', 'peekskill',
  'rye', 'scarsdale', 'ossining', 'port chester', 'mamaroneck', 'tarrytown', 'sleepy hollow', 'harrison',
];
const ALBANY_COUNTY_PLACES = [
  'albany', 'albany county', 'colonie', 'cohoes', 'watervliet', 'guilderland', 'bethlehem', 'delmar', 'menands',
  'green island', 'latham', 'loudonville', 'slingerlands', 'voorheesville', 'altamont', 'ravena', 'coeymans',
];

export const PAY_LAWS: PayLaw[] = [
  {
    id: 'CO', name: 'Colorado', state: 'CO', kind: 'posting',
    law: 'Equal Pay for Equal Work Act, Part 2 (C.R.S. title 8, art. 5), amended by SB 23-105; POST Rules 7 CCR 1103-18',
    minEmployees: 1, thresholdNote: 'at least 1 employee in Colorado',
    duties: [
      range('2021-01-01', 'the hourly or salary compensation (or range)', { fixedAmountAllowed: true }),
      benefits('2021-01-01'),
      { kind: 'application-deadline', from: '2024-01-01', wording: 'the anticipated application-close date' },
      note('2024-01-01', 'telling current employees about the opening the same day it is posted, and a notice about who was selected within 30 days'),
    ],
    source: 'C.R.S. title 8, art. 5, part 2; SB 23-105; CDLE INFO #9A and POST Rules 7 CCR 1103-18',
    url: 'https://cdle.colorado.gov/laws-regulations-guidance', reviewed, asOf: '2024-01', confidence: 'H',
  },
  {
    id: 'CA', name: 'California', state: 'CA', kind: 'posting',
    law: 'Cal. Lab. Code §432.3 (SB 1162), amended by SB 642',
    minEmployees: 15, thresholdNote: '15 or more employees (at least 1 in California)',
    duties: [range('2023-01-01', 'a pay scale (from 2026-01-01 under SB 642: a good-faith estimate of the salary or hourly wage range expected on hire)')],
    source: 'Cal. Lab. Code §432.3 as amended by SB 1162 (2022) and SB 642 (2025); LCW and ADP summaries of SB 642',
    url: 'https://www.lcwlegal.com/news/sb-642-pay-scale-and-wage-ranges', reviewed, asOf: '2025-11', confidence: 'M',
  },
  {
    id: 'WA', name: 'Washington', state: 'WA', kind: 'posting',
    law: 'RCW 49.58.110 (ESSB 5761, ch. 242, Laws of 2022), amended by SSB 5408 (2025)',
    minEmployees: 15, thresholdNote: '15 or more employees',
    duties: [
      range('2023-01-01', 'the wage scale or salary range', { fixedAmountAllowedFrom: '2025-07-27' }),
      benefits('2023-01-01', 'a general description of all benefits and other compensation'),
    ],
    source: 'RCW 49.58.110 (ch. 242, Laws of 2022, session law text); SSB 5408 (2025) allows a fixed wage from 2025-07-27 (not re-read in this review)',
    url: 'https://lawfilesext.leg.wa.gov/biennium/2021-22/Htm/Bills/Session%20Laws/Senate/5761-S.SL.htm', reviewed, asOf: '2025', confidence: 'H',
  },
  {
    id: 'NY', name: 'New York State', state: 'NY', kind: 'posting',
    law: 'N.Y. Labor Law §194-b (S9427-A, 2022; amended S1326, 2023)',
    minEmployees: 4, thresholdNote: '4 or more employees (independent contractors not counted)',
    duties: [
      range('2023-09-17', 'the compensation or a good-faith range of compensation (minimum and maximum annual salary or hourly rate)', {
        fixedAmountAllowed: true, minAndMaxRequired: true,
      }),
      note('2023-09-17', 'the job description in the advertisement, if one exists, and a statement that pay is commission-based where it is'),
    ],
    source: 'N.Y. Labor Law §194-b; Kaufman Dolowich (2023-09-18), Harris Beach, Nixon Peabody (2022-12-21) summaries',
    url: 'https://www.kaufmandolowich.com/news-resources/law-alert-new-york-state-pay-transparency-law-goes-into-effect-by-alina-nadir-esq-and-keith-gutstein-esq-9-18-2023/',
    reviewed, asOf: '2023-09', confidence: 'M',
  },
  {
    id: 'NYC', name: 'New York City', state: 'NY', places: NYC_PLACES, kind: 'posting',
    law: 'NYC Human Rights Law, Local Law 32 of 2022 as amended by Local Law 59 of 2022 (Int. 134-A)',
    minEmployees: 4, thresholdNote: '4 or more employees anywhere (owners and independent contractors counted), at least 1 in NYC',
    duties: [
      // The Commission's guidance: with no flexibility, the minimum and maximum may be the same figure.
      range('2022-11-01', 'a good-faith minimum and maximum salary or hourly wage', { fixedAmountAllowed: true, minAndMaxRequired: true }),
    ],
    source: 'NYC Local Law 32 of 2022 as amended by Local Law 59 of 2022 (NYC Council Int. 0134-2022); NYC Commission on Human Rights guidance as summarised by Mondaq',
    url: 'https://legistar.council.nyc.gov/LegislationDetail.aspx?ID=5528005&GUID=4544EE38-4659-44F6-9092-19D965A680AE',
    reviewed, asOf: '2022-11', confidence: 'H',
  },
  {
    id: 'WESTCHESTER', name: 'Westchester County, NY', state: 'NY', places: WESTCHESTER_PLACES, kind: 'posting',
    law: 'Laws of Westchester County §700.03 (Human Rights Law, salary transparency amendment of 2022)',
    minEmployees: 4, thresholdNote: '4 or more employees (independent contractors and the owner not counted)',
    supersededFrom: '2023-09-17',
    supersededNote:
      'the county law says it becomes null and void when a substantially similar state law takes effect; N.Y. Labor Law §194-b took effect 2023-09-17, and the state rule applies instead. The county Human Rights Commission page still describes its law without saying so: verify',
    duties: [range('2022-11-06', 'the minimum and maximum salary', { minAndMaxRequired: true })],
    source: 'Laws of Westchester County §700.03; Westchester County Human Rights Commission page; Hinshaw & Culbertson (2022-10-27); text of the void-on-state-law clause as quoted by westchester.town.news',
    url: 'https://humanrights.westchestergov.com/salary-transparency-amendment', reviewed, asOf: '2022-11', confidence: 'M',
  },
  {
    id: 'ITHACA', name: 'Ithaca, NY', state: 'NY', places: ['ithaca'], kind: 'posting',
    law: 'City of Ithaca Ordinance 2022-03 (City Code §215-3(F))',
    minEmployees: 4, thresholdNote: '4 or more employees whose standard work location is in the City of Ithaca',
    // The City's FAQ: a range is required "though not where the minimum and maximum ... are the same".
    duties: [range('2022-09-01', 'the minimum and maximum hourly or salary compensation', { fixedAmountAllowed: true, minAndMaxRequired: true })],
    source: 'City of Ithaca Ordinance 2022-03; City of Ithaca "Pay Transparency Law FAQs" (2022-08-05)',
    url: 'https://www.cityofithaca.org/CivicAlerts.aspx?AID=832', reviewed, asOf: '2022-08', confidence: 'H',
  },
  {
    id: 'ALBANY-COUNTY', name: 'Albany County, NY', state: 'NY', places: ALBANY_COUNTY_PLACES, kind: 'posting',
    law: 'Albany County Local Law "E" for 2022 (amends Local Law No. 1 for 2013, Omnibus Human Rights Law)',
    minEmployees: 4,
    thresholdNote: '4 or more employees (the county Human Rights Law threshold; not confirmed for this law)',
    duties: [range('2023-03-09', 'the minimum and maximum salary or hourly wage', { minAndMaxRequired: true })],
    // Passed 2022-10-11; the start date is the one reported ("expected") by Ogletree; whether the county still
    // enforces it beside N.Y. Labor Law §194-b was not confirmed, hence L: this rule warns, never errors.
    source: 'Albany County Legislature file 22-LL-E (passed 2022-10-11); Ogletree Deakins via National Law Review (2023-02-01), start "expected" 2023-03-09; still applied beside N.Y. Labor Law §194-b: not confirmed',
    url: 'https://albanycounty.legistar.com/LegislationDetail.aspx?ID=5639308&GUID=B5994553-D7BE-4553-82B3-599AA966FA46',
    reviewed, asOf: '2023-02', confidence: 'L',
  },
  {
    id: 'JERSEY-CITY', name: 'Jersey City, NJ', state: 'NJ', places: ['jersey city'], kind: 'posting',
    law: 'Jersey City Municipal Code §148-4.1 (Ordinances 22-026 and 22-045)',
    minEmployees: 5, thresholdNote: '5 or more employees in Jersey City, independent contractors counted',
    duties: [
      range('2022-04-13', 'the minimum and maximum base salary or hourly wage', { minAndMaxRequired: true }),
      benefits('2022-04-13', 'the job benefits being offered'),
    ],
    source: 'Jersey City Municipal Code §148-4.1 as amended by Ord. 22-045; City of Jersey City "Pay Transparency: The Law in Jersey City"; Vensure (2022-07) for the 2022-04-13 start',
    url: 'https://jerseycitynj.gov/cms/One.aspx?pageId=19762610&portalId=6189744', reviewed, asOf: '2023-03', confidence: 'H',
  },
  {
    id: 'HI', name: 'Hawaii', state: 'HI', kind: 'posting',
    law: 'HRS §378-2.8 (Act 203, SLH 2023; SB 1057)',
    minEmployees: 50, thresholdNote: '50 or more employees (internal transfers and promotions are exempt)',
    duties: [range('2024-01-01', 'an hourly rate or salary range that reasonably reflects the actual expected compensation', { fixedAmountAllowed: true })],
    source: 'HRS §378-2.8 [L 2023, c 203, §2]; SB 1057 bill text (capitol.hawaii.gov); ADP, Jackson Lewis summaries',
    url: 'https://data.capitol.hawaii.gov/sessions/session2023/bills/SB1057_HD1_.HTM', reviewed, asOf: '2023-07', confidence: 'H',
  },
  {
    id: 'DC', name: 'District of Columbia', state: 'DC', kind: 'posting',
    law: 'D.C. Code §32-1451 et seq., amended by the Wage Transparency Omnibus Amendment Act of 2023 (D.C. Act 25-367)',
    minEmployees: 1, thresholdNote: 'at least 1 employee in DC',
    duties: [
      range('2024-06-30', 'the minimum and maximum projected salary or hourly pay', { minAndMaxRequired: true }),
      note('2024-06-30', 'disclosure of the healthcare benefits to applicants before the first interview'),
    ],
    source: 'D.C. Act 25-367 amending D.C. Code §32-1451 et seq.; Littler, Davis Wright Tremaine (2024-01), Buchanan Ingersoll summaries',
    url: 'https://www.littler.com/publication-press/publication/pay-transparency-arrives-nations-capital', reviewed, asOf: '2024-01', confidence: 'M',
  },
  {
    id: 'MD', name: 'Maryland', state: 'MD', kind: 'posting',
    law: 'Md. Code, Lab. & Empl. §3-304.2 (Wage Range Transparency Act, HB 649 / SB 525 of 2024)',
    minEmployees: 1, thresholdNote: 'any size (jobs performed at least partly in Maryland)',
    duties: [
      // The Department's FAQ: a position with no range lists its hourly or fixed rate (never "$30+").
      range('2024-10-01', 'a good-faith wage range (minimum and maximum)', { fixedAmountAllowed: true, minAndMaxRequired: true }),
      benefits('2024-10-01', 'a general description of benefits and any other compensation'),
    ],
    source: 'Md. Code, Lab. & Empl. §3-304.2; Maryland Department of Labor, Wage Range Transparency FAQ',
    url: 'https://dllr.state.md.us/labor/wages/esswagerangefaq.shtml', reviewed, asOf: '2024-10', confidence: 'H',
  },
  {
    id: 'IL', name: 'Illinois', state: 'IL', kind: 'posting',
    law: 'Illinois Equal Pay Act of 2003 (820 ILCS 112), amended by HB 3129',
    minEmployees: 15, thresholdNote: '15 or more employees (counted anywhere, not only in Illinois)',
    duties: [
      range('2025-01-01', 'the pay scale (wage or salary, or a range)', { fixedAmountAllowed: true, openEndedBanned: true }),
      benefits('2025-01-01', 'a general description of benefits and other compensation (bonuses, stock options, incentives)'),
      note('2025-01-01', 'telling current employees about promotion opportunities within 14 days of posting externally, and keeping pay records for 5 years'),
    ],
    source: 'Ill. Equal Pay Act (820 ILCS 112) as amended by HB 3129; Illinois Department of Labor press release and Pay Transparency FAQ (2024-11)',
    url: 'https://labor.illinois.gov/news/press-release.30746.html', reviewed, asOf: '2024-11', confidence: 'H',
  },
  {
    id: 'MN', name: 'Minnesota', state: 'MN', kind: 'posting',
    law: 'Minn. Stat. §181.173',
    minEmployees: 30, thresholdNote: '30 or more employees at one or more Minnesota sites',
    duties: [
      range('2025-01-01', 'the starting salary range or fixed pay rate', { fixedAmountAllowed: true, openEndedBanned: true }),
      benefits('2025-01-01', 'a general description of all benefits and other compensation, including health and retirement'),
    ],
    source: 'Minn. Stat. §181.173; Stinson LLP (2024-05), League of Minnesota Cities (2024-09) summaries',
    url: 'https://stinson.com/newsroom-publications-minnesota-pay-transparency-signed-into-law', reviewed, asOf: '2024-09', confidence: 'M',
  },
  {
    id: 'NJ', name: 'New Jersey', state: 'NJ', kind: 'posting',
    law: 'P.L. 2024, c. 91 (S2310)',
    minEmployees: 10, thresholdNote: '10 or more employees over 20 calendar weeks (counted anywhere)',
    duties: [
      range('2025-06-01', 'the hourly wage or salary (or range)', { fixedAmountAllowed: true }),
      benefits('2025-06-01', 'a general description of benefits and other compensation programs'),
      note('2025-06-01', 'reasonable efforts to tell current employees in the affected department about promotion opportunities'),
    ],
    source: 'N.J. P.L. 2024, c. 91; Brach Eichler (2025-02), Mondaq, JD Supra summaries citing NJ Department of Labor guidance',
    url: 'https://bracheichler.com/insights/new-jersey-enacts-pay-transparency-law', reviewed, asOf: '2025-06', confidence: 'M',
  },
  {
    id: 'VT', name: 'Vermont', state: 'VT', kind: 'posting',
    law: 'Act 155 of 2024 (H.704), disclosure of compensation in job advertisements',
    minEmployees: 5, thresholdNote: '5 or more employees, at least 1 working in Vermont',
    duties: [
      range('2025-07-01', 'the compensation or a good-faith range of compensation (minimum and maximum)', { fixedAmountAllowed: true, minAndMaxRequired: true }),
      note('2025-07-01', 'saying so when pay is commission-based, and for tipped jobs saying so and giving the base wage or range'),
    ],
    source: 'Vt. Act 155 (2024); Vermont Attorney General guidance as summarised by Paul Frank + Collins and CBIZ (2025)',
    url: 'https://www.pfclaw.com/vermont-enacts-pay-transparency-law-for-written-job-advertisements/', reviewed, asOf: '2025-06', confidence: 'M',
  },
  {
    id: 'MA', name: 'Massachusetts', state: 'MA', kind: 'posting',
    law: 'An Act Relative to Salary Range Transparency (St. 2024, c. 141)',
    minEmployees: 25, thresholdNote: '25 or more employees whose primary place of work was in Massachusetts in the prior year',
    duties: [range('2025-10-29', 'the annual salary or hourly wage range the employer reasonably and in good faith expects to pay')],
    source: 'Mass. St. 2024, c. 141; Massachusetts Attorney General FAQ as summarised by Jackson Lewis, Greenberg Traurig (2025-10)',
    url: 'https://www.jacksonlewis.com/insights/massachusetts-pay-transparency-law-takes-effect-october-heres-what-employers-need-do-now',
    reviewed, asOf: '2025-10', confidence: 'M',
  },
  {
    id: 'CLEVELAND', name: 'Cleveland, OH', state: 'OH', places: ['cleveland'], kind: 'posting',
    law: 'Cleveland Ord. No. 104-2025 (Cod. Ord. ch. 669)',
    minEmployees: 15, thresholdNote: '15 or more employees in Cleveland',
    duties: [
      range('2025-10-27', 'the salary range or scale'),
      note('2025-10-27', 'a salary range read broadly: the ordinance defines "salary" to include commissions and benefits, so listing benefits is the safe reading'),
    ],
    source: 'Cleveland Ord. No. 104-2025; Benesch (2025-04), Duane Morris (2025-05) summaries',
    url: 'https://www.beneschlaw.com/resources/cleveland-city-council-passes-new-pay-transparency-and-salary-history-ordinance.html',
    reviewed, asOf: '2025-05', confidence: 'M',
  },
  {
    id: 'COLUMBUS', name: 'Columbus, OH', state: 'OH', places: ['columbus'], kind: 'posting',
    law: 'Columbus Ord. 2898-2025 (amends Columbus City Codes ch. 2335)',
    minEmployees: 15, thresholdNote: '15 or more employees in Columbus',
    enforcedFrom: '2027-01-01',
    duties: [range('2025-12-03', 'a reasonable salary range or scale')],
    source: 'Columbus Ord. 2898-2025; Columbus City Council (enforcement from 2027-01-01); Ogletree Deakins, Vorys summaries',
    url: 'https://ogletree.com/insights-resources/blog-posts/columbus-ohio-enacts-new-pay-transparency-ordinance-requiring-salary-ranges-in-job-postings',
    reviewed, asOf: '2025-11', confidence: 'M',
  },
  {
    id: 'VA', name: 'Virginia', state: 'VA', kind: 'posting',
    law: 'SB 215 / HB 636 (2026), Va. Code §40.1-28.7:12 (one summary cites §40.1-28.7:10: verify the number)',
    minEmployees: 1, thresholdNote: 'any size',
    duties: [range('2026-07-01', 'the wage, salary, or a good-faith wage or salary range', { fixedAmountAllowed: true })],
    source: 'Va. SB 215 / HB 636 (2026); Hirschler (2026-06-30), Virginia Business summaries',
    url: 'https://www.hirschlerlaw.com/newsroom-publications-va-wage-transparency-law-july-1-2026', reviewed, asOf: '2026-06', confidence: 'M',
  },
  {
    id: 'ME', name: 'Maine', state: 'ME', kind: 'posting',
    law: 'LD 54 (H.P. 18), An Act to Require Employers to Disclose Pay Ranges, signed 2026-04-24',
    minEmployees: 10, thresholdNote: '10 or more employees',
    // In force 90 days after adjournment: summaries give 2026-07-13 and 2026-07-29; the later date is used so
    // the check never errors before the law is surely in force.
    duties: [range('2026-07-29', 'the range of pay (commission-only roles excepted)')],
    source: 'Me. LD 54 (132nd Legislature); Brightmine (2026-04) and Point Factors (2026-07) summaries; start 2026-07-13 or 2026-07-29 (verify)',
    url: 'https://www.brightmine.com/us/?p=13369', reviewed, asOf: '2026-07', confidence: 'M',
  },
  {
    id: 'DE', name: 'Delaware', state: 'DE', kind: 'posting',
    law: 'HB 105 (House Substitute 2) of 2025, 19 Del. C. §709C, signed 2025-09-26',
    minEmployees: 26, thresholdNote: 'more than 25 employees',
    duties: [
      range('2027-09-26', 'the hourly or salary compensation or compensation range (minimum to maximum)', { fixedAmountAllowed: true }),
      benefits('2027-09-26'),
    ],
    source: 'Del. HB 105 (HS 2), 153rd General Assembly; Morgan Lewis (2025-10-07), Ogletree Deakins summaries',
    url: 'https://www.morganlewis.com/pubs/2025/10/delaware-passes-pay-transparency-law-implications-for-covered-employers',
    reviewed, asOf: '2025-10', confidence: 'M',
  },
  {
    id: 'CT', name: 'Connecticut', state: 'CT', kind: 'posting',
    law: 'C.G.S. §31-40z, amended by Public Act 26-12 (HB 5003, signed 2026-05-11)',
    minEmployees: 1, thresholdNote: 'at least 1 employee',
    duties: [
      note('2021-10-01', 'the wage range to an applicant on request or before an offer, and to an employee on hire, on a change of position, or on request'),
      range('2026-10-01', 'the wage or wage range', { fixedAmountAllowed: true }),
      benefits('2026-10-01', 'a general description of the benefits offered for the position'),
    ],
    source: 'Conn. Public Act 26-12 (HB 5003), amending C.G.S. §31-40z; Epstein Becker Green, Levene Gouldin & Thompson, HR Consulting Group (2026-06-29) summaries; the 1-employee threshold is from summaries, not re-read in the statute',
    url: 'https://www.levenelegal.com/resources/what-do-employers-need-to-know-about-new-connecticut-employment-laws', reviewed, asOf: '2026-06', confidence: 'M',
  },
  // Disclosure on request or at interview only: no posting duty, shown as information.
  {
    id: 'NV', name: 'Nevada', state: 'NV', kind: 'on-request',
    law: 'NRS 613.133 (SB 293 of 2021)', minEmployees: 1, thresholdNote: 'any size',
    duties: [note('2021-10-01', 'the wage or salary range or rate to an applicant who has completed an interview (and to an employee applying for a promotion or transfer, on request)')],
    source: 'NRS 613.133 (statute text); SB 293 (2021) summaries by Sterling, Nevada Employers Association',
    url: 'https://www.nevadaemployers.org/spotlight-pay-transparency-in-nevada/', reviewed, asOf: '2023', confidence: 'H',
  },
  {
    id: 'RI', name: 'Rhode Island', state: 'RI', kind: 'on-request',
    law: 'R.I. Gen. Laws §28-6-22 (Pay Equity Act, 2021 H 5261)', minEmployees: 1, thresholdNote: 'any size',
    duties: [note('2023-01-01', 'the wage range for the position to an applicant on request and before discussing compensation, and to an employee on hire, on a change of position, or on request')],
    source: 'R.I. Gen. Laws §28-6-22; HR Knowledge (2022-12), SHRM summaries',
    url: 'https://www.hrknowledge.com/e-alert-rhode-island-wage-transparency-laws-become-effective-january-1-2023/', reviewed, asOf: '2022-12', confidence: 'M',
  },
  {
    id: 'CINCINNATI', name: 'Cincinnati, OH', state: 'OH', places: ['cincinnati'], kind: 'on-request',
    law: 'Cincinnati Ord. No. 83-2019 (Municipal Code ch. 804)', minEmployees: 15, thresholdNote: '15 or more employees in Cincinnati',
    duties: [note('2020-03-13', 'the pay scale on reasonable request after a conditional offer')],
    source: 'Cincinnati Ord. No. 83-2019 (§804-03); Ogletree Deakins, KMK Law (2020-03) summaries',
    url: 'https://kmklaw.com/labor-employment/cincinnati-salary-history-ban-takes-effect', reviewed, asOf: '2020-03', confidence: 'M',
  },
  {
    id: 'TOLEDO', name: 'Toledo, OH', state: 'OH', places: ['toledo'], kind: 'on-request',
    law: 'Toledo Ord. 173-19 (Toledo Municipal Code ch. 768, Pay Equity Act)', minEmployees: 15, thresholdNote: '15 or more employees in Toledo',
    duties: [note('2020-06-25', 'the pay scale on reasonable request after a conditional offer')],
    source: 'Toledo Ord. O-173-19 (City of Toledo legislative record); Ogletree Deakins, ADP summaries (effective 2020-06-25)',
    url: 'https://toledo.legistar.com/LegislationDetail.aspx?ID=3911922&GUID=F109B51B-1960-4700-AF21-B45D77BAF464', reviewed, asOf: '2020-06', confidence: 'M',
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
