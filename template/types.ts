/**
 * The contract every surface shares: options (or a preset) go into `tailor()`, a structured `Posting`
 * comes out, and `render(posting, format)` turns it into text for a field. Ids here are stable:
 * the CLI, presets on disk and the UI all use them.
 */

export const SPECIALTY_IDS = [
  'general',
  'pediatrics',
  'geriatrics',
  'hand-upper-extremity',
  'mental-health',
  'neuro-rehab',
] as const;
export type SpecialtyId = (typeof SPECIALTY_IDS)[number];

export const SETTING_IDS = [
  'community-health-center',
  'private-practice',
  'hospital-acute',
  'inpatient-rehab',
  'outpatient-clinic',
  'skilled-nursing',
  'home-health',
  'school-district',
  'early-intervention',
] as const;
export type SettingId = (typeof SETTING_IDS)[number];

/** USPS codes: 50 states, DC, PR, GU, VI. */
export const STATE_CODES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS',
  'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC',
  'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
  'PR', 'GU', 'VI',
] as const;
export type StateCode = (typeof STATE_CODES)[number];

export const EMPLOYMENT_TYPES = ['full-time', 'part-time', 'per-diem', 'contract', 'temporary'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export const PAY_UNITS = ['hour', 'year'] as const;
export type PayUnit = (typeof PAY_UNITS)[number];

/** Seed wording for physical demands, or the ADA-friendly essential-functions rewrite. */
export const PHYSICAL_DEMANDS_WORDINGS = ['seed', 'ada'] as const;
export type PhysicalDemandsWording = (typeof PHYSICAL_DEMANDS_WORDINGS)[number];

/** Sections in posting order. The first four are the template's own; the rest come from employer fields. */
export const SECTION_IDS = [
  'brief',
  'about-role',
  'responsibilities',
  'requirements',
  'about-us',
  'schedule-pay',
  'benefits',
  'how-to-apply',
  'eeo',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const FORMATS = ['html', 'text', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export type Confidence = 'H' | 'M' | 'L';

/** Where a domain fact came from, so the UI can show it and say "verify with the board" when not H. */
export interface Provenance {
  source: string;
  /** The source's own date, or "crawl" where it has none. */
  asOf: string;
  confidence: Confidence;
  /** A public https page for the source (board, statute or agency page). */
  url?: string;
  /** When we last reviewed this fact against its sources (YYYY-MM-DD). */
  reviewed?: string;
}

export interface TailorOptions {
  specialty?: SpecialtyId;
  setting?: SettingId;
  /** Without a state, the posting carries a generic license line. */
  state?: StateCode;
  company?: string;
  location?: string;
  employmentType?: EmploymentType;
  schedule?: string;
  payMin?: number;
  payMax?: number;
  payUnit?: PayUnit;
  benefits?: string[];
  /** Overrides the default "under the supervision of a licensed occupational therapist" wording. */
  supervision?: string;
  howToApply?: string;
  aboutUs?: string;
  /** EEO statement on (default) or off. */
  eeo?: boolean;
  extraResponsibilities?: string[];
  extraRequirements?: string[];
  /** Line ids (see `PostingLine.id`) to leave out. */
  dropLines?: string[];
  /** Per-section switch; a section with no content is left out whatever this says. */
  sections?: Partial<Record<SectionId, boolean>>;
  physicalDemands?: PhysicalDemandsWording;
  /** ADA wording only: hours on feet / stationary at a time (default 4). */
  adaStandHours?: number;
  /** ADA wording only: pounds moved, transferred or positioned with assists (default 50). */
  adaLiftPounds?: number;
}

/** One bullet. `id` is stable across renders so the UI can drop or reorder it. */
export interface PostingLine {
  id: string;
  text: string;
  /** Where the line came from: the seed, a specialty, a setting, the jurisdiction table, or the user. */
  origin: 'seed' | 'specialty' | 'setting' | 'jurisdiction' | 'employer' | 'user';
  provenance?: Provenance;
}

/** A paragraph, optionally led by a bold label ("Pay: …"). */
export interface PostingParagraph {
  label?: string;
  text: string;
}

export interface PostingSection {
  id: SectionId;
  heading: string;
  paragraphs: PostingParagraph[];
  bullets: PostingLine[];
}

export interface Posting {
  title: string;
  sections: PostingSection[];
  /** The options after defaults were applied, so checks and the UI see what was used. */
  options: Required<Pick<TailorOptions, 'specialty' | 'setting' | 'eeo' | 'physicalDemands'>> & TailorOptions;
}

export interface RenderOptions {
  /** Render one section alone (a form with a separate Requirements field gets only that). */
  section?: SectionId;
  /** Include the title as a top heading (default: true for the whole posting, false for one section). */
  includeTitle?: boolean;
  /** Include section headings (default: true for the whole posting, false for one section). */
  includeHeadings?: boolean;
}
