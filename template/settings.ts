/**
 * Employment-setting tailoring, grounded in the domain fact sheet §4c (and §4a/§4b where a setting's
 * payer rules come from there). Driving appears only where it is an essential function (home health,
 * early intervention: fact sheet §5b).
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

const FACTS_4C = 'ota-domain-facts §4c';

const communitySource: Provenance = {
  source: `${FACTS_4C}: otdude.com (AOTA workforce data 2006–2019)`,
  asOf: '2019',
  confidence: 'L',
};
const privatePracticeSource: Provenance = {
  source: `${FACTS_4C} and §4a: CMS CY2025 PFS summaries (modernhealthcare; medbridge); CMS CO modifier pages`,
  asOf: '2024-11',
  confidence: 'M',
};
const acuteSource: Provenance = { source: `${FACTS_4C}: acute care hospital (general knowledge)`, asOf: 'crawl', confidence: 'L' };
const irfSource: Provenance = {
  source: `${FACTS_4C} and §4a: NGS Medicare IRF article; PMC6750298`,
  asOf: '2019',
  confidence: 'M',
};
const outpatientSource: Provenance = { source: `${FACTS_4C}: CMS CO modifier pages`, asOf: '2022', confidence: 'M' };
const snfSource: Provenance = {
  source: `${FACTS_4C}: CMS CO pages; careerplanner (BLS-derived)`,
  asOf: '2016–2022',
  confidence: 'M',
};
const homeHealthSource: Provenance = {
  source: `${FACTS_4C} and §4b: amplifyot; oasisanswers; mondaq 2026 (CA driver’s-licence posting rule)`,
  asOf: '2023–2026',
  confidence: 'M',
};
const schoolSource: Provenance = {
  source: `${FACTS_4C} and §4b: AOTA school FAQ; AOTA EI & School SIS FAQ; state DOE guidelines`,
  asOf: '2011–2017',
  confidence: 'M',
};
const earlyInterventionSource: Provenance = {
  source: `${FACTS_4C} and §4b: AOTA EI FAQ; healthcarepathway.com`,
  asOf: 'crawl',
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
