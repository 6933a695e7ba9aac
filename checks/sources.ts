/**
 * The public sources the checks cite, one entry per source: what a recruiter can open to verify a finding.
 * `reviewed` is the day we last checked the page says what the rule relies on; the UI says "may be out of
 * date" once it is more than six months old (see freshness.ts). Pay-law sources live with the laws
 * (pay-laws.ts), licensing sources with the jurisdiction rows.
 */

export interface PublicSource {
  /** Statute, rule, agency or publication, as a recruiter would look it up. */
  citation: string;
  /** An official or reputable page (https). */
  url: string;
  /** The source's own date, or "crawl" where it has none. */
  asOf: string;
  /** YYYY-MM-DD: when we last checked this source. */
  reviewed: string;
}

export const SOURCES = {
  gaucherFriesenKay: {
    citation:
      'Gaucher, Friesen & Kay (2011), "Evidence that gendered wording in job advertisements exists and sustains gender inequality", J. Personality and Social Psychology 101(1):109–128, Appendix A',
    url: 'https://doi.org/10.1037/a0022530',
    asOf: '2011',
    reviewed: '2026-12-02',
  },
  genderDecoder: {
    citation: 'Gender Decoder word list by Kat Matfield (the paper’s Appendix A plus 13 added stems), app/wordlists.py',
    url: 'https://github.com/lovedaybrooke/gender-decoder/blob/master/app/wordlists.py',
    asOf: 'crawl',
    reviewed: '2026-12-02',
  },
  eeocJobAdvertisements: {
    citation:
      'EEOC, "Prohibited Employment Policies/Practices": job advertisements (Title VII, ADEA, ADA, GINA)',
    url: 'https://www.eeoc.gov/prohibited-employment-policiespractices',
    asOf: 'crawl',
    reviewed: '2026-12-02',
  },
  adaEssentialFunctions: {
    citation: '29 C.F.R. §1630.2(n) (ADA: essential functions; written job descriptions as evidence), EEOC',
    url: 'https://www.ecfr.gov/current/title-29/subtitle-B/chapter-XIV/part-1630/section-1630.2',
    asOf: 'crawl',
    reviewed: '2026-12-02',
  },
  caDriversLicense: {
    citation:
      'Cal. Gov. Code §12940 as amended by SB 1100 (Stats. 2024, ch. 877): a driver’s license may be required in a posting only where driving is a reasonably expected job function and other transport is not comparable',
    url: 'https://leginfo.legislature.ca.gov/faces/billNavClient.xhtml?bill_id=202320240SB1100',
    asOf: '2024-09-28',
    reviewed: '2026-12-02',
  },
  htccEligibility: {
    citation: 'Hand Therapy Certification Commission: the CHT credential recognizes only occupational and physical therapists',
    url: 'https://htcc.org/certification/certification-faq',
    asOf: 'crawl',
    reviewed: '2026-12-02',
  },
  aotaAdvancedCertification: {
    citation: 'AOTA Advanced Certification eligibility (at least 3 years of experience as an occupational therapist)',
    url: 'https://www.aota.org/career/advanced-certification-program/eligibility-requirements',
    asOf: 'crawl',
    reviewed: '2026-12-02',
  },
  nbcotCertificationRenewal: {
    citation: 'NBCOT certification renewal: COTA® is used only while NBCOT certification is current',
    url: 'https://content.nbcot.org/certification/renew',
    asOf: 'crawl',
    reviewed: '2026-12-02',
  },
  nbcotOtrEligibility: {
    citation:
      'NBCOT: the OTR® credential follows the certification exam for the occupational therapist, open to graduates of ACOTE-accredited occupational therapist (master’s or doctoral) programs; OTAs sit the separate COTA® exam',
    url: 'https://www.nbcot.org/',
    asOf: 'crawl',
    reviewed: '2026-12-03',
  },
  nyOtaLicenseRequirements: {
    citation:
      'N.Y. Educ. Law §7904-a: an OTA license requires at least a two-year associate degree program for occupational therapy assistants (other practice acts likewise name an accredited OTA program)',
    url: 'https://www.nysenate.gov/legislation/laws/EDN/7904-A',
    asOf: 'crawl',
    reviewed: '2026-12-03',
  },
  otaProtectedTitle: {
    citation:
      'N.Y. Educ. Law §7902-a (use of the title "occupational therapy assistant"); Mich. Comp. Laws §333.18303; other state practice acts protect the same title',
    url: 'https://www.nysenate.gov/legislation/laws/EDN/7902-A',
    asOf: 'crawl',
    reviewed: '2026-12-03',
  },
  otCompactFaq: {
    citation:
      'Occupational Therapy Compact Commission, Practitioner FAQ (a privilege to practice, applied for per state; member boards open applications on their own timelines)',
    url: 'https://otcompact.gov/practitioner-faq',
    asOf: '2025-09',
    reviewed: '2026-12-02',
  },
  federalContractorSolicitations: {
    citation:
      '41 C.F.R. §60-300.5 (VEVRAA) and §60-741.5 (Section 503): federal contractors’ equal-opportunity statement in solicitations and advertisements, OFCCP',
    url: 'https://www.ecfr.gov/current/title-41/subtitle-B/chapter-60/part-60-300/section-60-300.5',
    asOf: 'crawl',
    reviewed: '2026-12-02',
  },
  jobPostingStructure: {
    citation:
      'Google Search Central, Job posting structured data: title, a description covering responsibilities and qualifications, location, and base salary with its unit',
    url: 'https://developers.google.com/search/docs/appearance/structured-data/job-posting',
    asOf: 'crawl',
    reviewed: '2026-12-02',
  },
  linkedinLimits: {
    citation: 'LinkedIn job editor: description counter "…/10,000"; job title up to 200 characters (LinkedIn Help)',
    url: 'https://www.linkedin.com/help/linkedin',
    asOf: '2023–2024',
    reviewed: '2026-11-26',
  },
  workableLimits: {
    citation: 'Workable Help Center: job titles "no longer than 80 characters"',
    url: 'https://help.workable.com/',
    asOf: 'crawl',
    reviewed: '2026-11-26',
  },
  greenhouseLimits: {
    citation: 'Greenhouse Support: "Job Name" up to 255 characters',
    url: 'https://support.greenhouse.io/',
    asOf: 'crawl',
    reviewed: '2026-11-26',
  },
  fieldLimitOnPage: {
    citation: 'The job board’s own field limit on the page (the field’s maxlength attribute or character counter), HTML Standard',
    url: 'https://html.spec.whatwg.org/multipage/input.html#attr-input-maxlength',
    asOf: 'crawl',
    reviewed: '2026-12-02',
  },
  isoDates: {
    citation: 'ISO 8601 calendar dates (YYYY-MM-DD)',
    url: 'https://www.iso.org/iso-8601-date-and-time-format.html',
    asOf: 'crawl',
    reviewed: '2026-12-02',
  },
} as const satisfies Record<string, PublicSource>;

/** The fields a finding carries about its source. */
export function cite(source: PublicSource): { source: string; sourceUrl: string; asOf: string; reviewed: string } {
  return { source: source.citation, sourceUrl: source.url, asOf: source.asOf, reviewed: source.reviewed };
}
