/**
 * Employment-setting tailoring, each setting's lines carrying their public source (payer rules from CMS,
 * school and early-intervention duties from the IDEA regulations). Driving appears only where it is an
 * essential function (home health, early intervention).
 */
import { CPR_BLS_LINE_TEXT, type ContentLine } from './specialties';
import type { Provenance, SettingId } from './types';

export interface Setting {
  id: SettingId;
  label: string;
  /** Names the team in the job brief: "… to join our {team} team". */
  team: string;
  /** One sentence added to "About the role". */
  aboutRole: string;
  lines: readonly ContentLine[];
}

/** Checked on this date that the linked page supports the lines; the rest were compiled on 2026-11-26. */
const CHECKED = '2026-12-02';
const COMPILED = '2026-11-26';
const ONET_OTA = 'https://www.onetonline.org/link/summary/31-2011.00';
const CMS_CO_MODIFIER =
  'https://www.cms.gov/medicare/coding-billing/therapy-services/billing-examples-using-cq/co-modifiers-services-furnished-whole-or-part-ptas-and-otas';
const CMS_CO_CITATION = 'CMS: CO modifier for services furnished in whole or in part by an OTA (Social Security Act §1834(v))';

const communitySource: Provenance = {
  source: 'O*NET OnLine 31-2011.00 Occupational Therapy Assistants; AOTA workforce data 2006–2019 (secondary summary)',
  url: ONET_OTA,
  asOf: '2019',
  reviewed: COMPILED,
  confidence: 'L',
};
const privatePracticeSource: Provenance = {
  source: `${CMS_CO_CITATION}; CMS CY2025 Physician Fee Schedule summaries`,
  url: CMS_CO_MODIFIER,
  asOf: '2024-11',
  reviewed: CHECKED,
  confidence: 'M',
};
const acuteSource: Provenance = {
  source: 'Acute-care hospital practice (general knowledge, not confirmed by a primary source); O*NET 31-2011.00',
  url: ONET_OTA,
  asOf: 'crawl',
  reviewed: COMPILED,
  confidence: 'L',
};
const irfSource: Provenance = {
  source: 'National Government Services, Medicare inpatient rehabilitation facility therapy article; PMC6750298',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6750298/',
  asOf: '2019',
  reviewed: COMPILED,
  confidence: 'M',
};
const outpatientSource: Provenance = { source: CMS_CO_CITATION, url: CMS_CO_MODIFIER, asOf: '2022', reviewed: CHECKED, confidence: 'M' };
const snfSource: Provenance = {
  source: `${CMS_CO_CITATION}; Medicare Part A PDPM; BLS-derived employment data`,
  url: CMS_CO_MODIFIER,
  asOf: '2016–2022',
  reviewed: CHECKED,
  confidence: 'M',
};
const homeHealthSource: Provenance = {
  source: 'Cal. Gov. Code §12940 as amended by SB 1100 (driver’s license only where driving is a job function); home-health OTA practice summaries (amplifyot; oasisanswers)',
  url: 'https://leginfo.legislature.ca.gov/faces/billNavClient.xhtml?bill_id=202320240SB1100',
  asOf: '2023–2026',
  reviewed: CHECKED,
  confidence: 'M',
};
const schoolSource: Provenance = {
  source: '34 C.F.R. §300.34 (IDEA: occupational therapy as a related service); AOTA school-based practice FAQ; state education guidelines',
  url: 'https://www.ecfr.gov/current/title-34/section-300.34',
  asOf: '2011–2017',
  reviewed: COMPILED,
  confidence: 'M',
};
const earlyInterventionSource: Provenance = {
  source: '34 C.F.R. §303.13 (IDEA Part C: early intervention services, including occupational therapy, in natural environments); AOTA early intervention FAQ',
  url: 'https://www.ecfr.gov/current/title-34/section-303.13',
  asOf: 'crawl',
  reviewed: COMPILED,
  confidence: 'M',
};

export const SETTINGS: readonly Setting[] = [
  {
    id: 'community-health-center',
    label: 'Community health center',
    team: 'community health center',
    aboutRole: 'You’ll see clients in our community health center and community-based programs.',
    lines: [
      {
        id: 'setting-community-health-center-programs',
        section: 'responsibilities',
        text: 'Deliver occupational therapy interventions in community-based programs (e.g. adult day or PACE programs) as set out in the plan of care',
        provenance: communitySource,
      },
      {
        id: 'setting-community-health-center-partners',
        section: 'responsibilities',
        text: 'Coordinate with community partners and social-service staff to support clients’ participation at home and in the community',
        provenance: communitySource,
      },
    ],
  },
  {
    id: 'private-practice',
    label: 'Private practice',
    team: 'private practice',
    aboutRole: 'You’ll see clients in our occupational therapy private practice.',
    lines: [
      {
        id: 'setting-private-practice-plan-of-care',
        section: 'responsibilities',
        text: 'Carry out plan-of-care interventions and teach home-exercise programs in an outpatient private practice',
        provenance: privatePracticeSource,
      },
      {
        id: 'setting-private-practice-documentation',
        section: 'responsibilities',
        text: 'Document services accurately for Medicare Part B and commercial payers, including the CO modifier on services furnished by an OTA',
        provenance: privatePracticeSource,
      },
    ],
  },
  {
    id: 'hospital-acute',
    label: 'Hospital (acute care)',
    team: 'acute care hospital',
    aboutRole: 'You’ll work with hospitalized patients, often early in their recovery.',
    lines: [
      {
        id: 'setting-hospital-acute-early-mobility',
        section: 'responsibilities',
        text: 'Support early mobility and ADL activities with hospitalized patients, working safely around lines, tubes and monitoring equipment',
        provenance: acuteSource,
      },
      {
        id: 'setting-hospital-acute-discharge',
        section: 'responsibilities',
        text: 'Share observations on patients’ functional status to inform discharge planning',
        provenance: acuteSource,
      },
      { id: 'cert-cpr-bls', section: 'requirements', text: CPR_BLS_LINE_TEXT, provenance: acuteSource },
    ],
  },
  {
    id: 'inpatient-rehab',
    label: 'Inpatient rehabilitation',
    team: 'inpatient rehabilitation',
    aboutRole: 'You’ll work with patients in an intensive inpatient rehabilitation program.',
    lines: [
      {
        id: 'setting-inpatient-rehab-intensive-therapy',
        section: 'responsibilities',
        text: 'Deliver intensive, individualized therapy sessions consistent with inpatient rehabilitation facility (IRF) program requirements',
        provenance: irfSource,
      },
      {
        id: 'setting-inpatient-rehab-documentation',
        section: 'responsibilities',
        text: 'Document therapy minutes and progress to support the interdisciplinary plan of care',
        provenance: irfSource,
      },
    ],
  },
  {
    id: 'outpatient-clinic',
    label: 'Outpatient clinic',
    team: 'outpatient clinic',
    aboutRole: 'You’ll see clients in our outpatient clinic.',
    lines: [
      {
        id: 'setting-outpatient-clinic-plan-of-care',
        section: 'responsibilities',
        text: 'Carry out plan-of-care interventions and teach home-exercise programs in an outpatient setting',
        provenance: outpatientSource,
      },
      {
        id: 'setting-outpatient-clinic-documentation',
        section: 'responsibilities',
        text: 'Document timed interventions accurately for Medicare Part B (CO modifier) and commercial payers',
        provenance: outpatientSource,
      },
    ],
  },
  {
    id: 'skilled-nursing',
    label: 'Skilled nursing / long-term care',
    team: 'skilled nursing',
    aboutRole: 'You’ll work with residents in skilled nursing and long-term care.',
    lines: [
      {
        id: 'setting-skilled-nursing-restorative',
        section: 'responsibilities',
        text: 'Provide ADL retraining, positioning and restorative programs for residents in skilled nursing and long-term care',
        provenance: snfSource,
      },
      {
        id: 'setting-skilled-nursing-documentation',
        section: 'responsibilities',
        text: 'Document services to meet Medicare Part A (PDPM) and Part B requirements',
        provenance: snfSource,
      },
    ],
  },
  {
    id: 'home-health',
    label: 'Home health',
    team: 'home health',
    aboutRole: 'You’ll visit clients in their own homes, following the occupational therapist’s plan of care.',
    lines: [
      {
        id: 'setting-home-health-home-visits',
        section: 'responsibilities',
        text: 'Visit clients in their homes to deliver ADL and IADL training, home-safety and DME recommendations, and caregiver training under the occupational therapist’s plan of care',
        provenance: homeHealthSource,
      },
      {
        id: 'setting-home-health-visit-schedule',
        section: 'responsibilities',
        text: 'Travel between client homes on a daily visit schedule and document each visit promptly',
        provenance: homeHealthSource,
      },
      {
        id: 'setting-home-health-driving',
        section: 'requirements',
        text: 'Valid driver’s license, reliable transportation and auto insurance (driving between client homes is an essential function of this role)',
        provenance: homeHealthSource,
      },
    ],
  },
  {
    id: 'school-district',
    label: 'School district',
    team: 'school district',
    aboutRole: 'You’ll work with students in our schools, alongside teachers and school staff, on the school calendar.',
    lines: [
      {
        id: 'setting-school-district-iep-services',
        section: 'responsibilities',
        text: 'Provide occupational therapy as a related service on students’ Individualized Education Programs (IEPs), including handwriting, classroom participation, self-care, assistive technology and transitions',
        provenance: schoolSource,
      },
      {
        id: 'setting-school-district-iep-data',
        section: 'responsibilities',
        text: 'Collect and record data on IEP goals and work with teachers and school staff to support students in the classroom',
        provenance: schoolSource,
      },
      {
        id: 'setting-school-district-credential',
        section: 'requirements',
        text: 'Any school-based credential the state requires of occupational therapy practitioners (where applicable)',
        provenance: schoolSource,
      },
    ],
  },
  {
    id: 'early-intervention',
    label: 'Early intervention (birth to 3)',
    team: 'early intervention',
    aboutRole: 'You’ll work with infants and toddlers and their families in their homes and communities.',
    lines: [
      {
        id: 'setting-early-intervention-family-coaching',
        section: 'responsibilities',
        text: 'Coach families and caregivers in natural environments, using routines-based intervention that follows each child’s Individualized Family Service Plan (IFSP)',
        provenance: earlyInterventionSource,
      },
      {
        id: 'setting-early-intervention-visits',
        section: 'responsibilities',
        text: 'Travel between family homes and community settings for scheduled visits',
        provenance: earlyInterventionSource,
      },
      {
        id: 'setting-early-intervention-provider-enrollment',
        section: 'requirements',
        text: 'Eligibility to enroll as an early intervention provider under state rules',
        provenance: earlyInterventionSource,
      },
      {
        id: 'setting-early-intervention-driving',
        section: 'requirements',
        text: 'Valid driver’s license and reliable transportation (travel between family homes is an essential function of this role)',
        provenance: earlyInterventionSource,
      },
    ],
  },
];

export function getSetting(id: SettingId): Setting {
  const found = SETTINGS.find((setting) => setting.id === id);
  if (!found) throw new RangeError(`Unknown setting "${id}"`);
  return found;
}
