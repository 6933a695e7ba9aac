/**
 * Specialty tailoring; each specialty's lines carry their public source.
 * Never require a credential an OTA cannot hold: CHT (HTCC needs a licensed OT or PT) and AOTA advanced
 * board certification (BCP, BCPR, BCG …: eligibility needs ≥3 years as an OT) stay out of every line.
 */
import type { Provenance, SpecialtyId } from './types';

export interface ContentLine {
  id: string;
  text: string;
  section: 'responsibilities' | 'requirements';
  provenance?: Provenance;
}

export interface Specialty {
  id: SpecialtyId;
  /** Picker label. */
  label: string;
  /** Full posting title in the profession's wording (the original wording swaps in the template's role title). */
  title: string;
  /** One sentence added to "About the role"; empty for the general template. */
  aboutRole: string;
  lines: readonly ContentLine[];
}

/** Shared so a specialty and a setting that both ask for it produce one line, not two. */
export const CPR_BLS_LINE_TEXT = 'Current CPR/BLS certification (or willingness to obtain it before starting)';

/** Checked on this date that the linked page supports the lines; the rest were compiled on 2026-11-26. */
const CHECKED = '2026-12-02';
const COMPILED = '2026-11-26';
const AOTA_ADVANCED_CERTIFICATION = 'https://www.aota.org/career/advanced-certification-program/eligibility-requirements';

const pediatricsSource: Provenance = {
  source: 'O*NET OnLine 31-2011.00 Occupational Therapy Assistants (tasks); AOTA Advanced Certification eligibility (OTs only)',
  url: 'https://www.onetonline.org/link/summary/31-2011.00',
  asOf: 'crawl',
  reviewed: COMPILED,
  confidence: 'M',
};
const geriatricsSource: Provenance = {
  source: 'AOTA State PAMs Requirements Chart (2022); Arizona Board of Occupational Therapy Examiners PAMs guidance; CMS CO modifier',
  url: 'https://ot.az.gov/',
  asOf: '2022',
  reviewed: COMPILED,
  confidence: 'M',
};
const handSource: Provenance = {
  source: 'Hand Therapy Certification Commission (CHT open to OTs and PTs only; recertification rules)',
  url: 'https://htcc.org/certification/certification-faq',
  asOf: '2026',
  reviewed: CHECKED,
  confidence: 'M',
};
const mentalHealthSource: Provenance = {
  source: 'AOTA Mental Health Special Interest Section; Stanbridge University, OT and OTA roles in mental health',
  url: 'https://www.aota.org/',
  asOf: 'crawl',
  reviewed: COMPILED,
  // Sources disagree (L/M); the lower grade is shown so the UI asks the recruiter to verify.
  confidence: 'L',
};
const neuroSource: Provenance = {
  source: 'National Government Services, Medicare inpatient rehabilitation therapy article; AOTA Advanced Certification pages',
  url: AOTA_ADVANCED_CERTIFICATION,
  asOf: '2021–2024',
  reviewed: CHECKED,
  confidence: 'M',
};

export const SPECIALTIES: readonly Specialty[] = [
  {
    id: 'general',
    label: 'General',
    title: 'Occupational Therapy Assistant',
    aboutRole: '',
    lines: [],
  },
  {
    id: 'pediatrics',
    label: 'Pediatrics',
    title: 'Pediatric Occupational Therapy Assistant',
    aboutRole: 'You’ll work mainly with children, together with their families and caregivers.',
    lines: [
      {
        id: 'spec-pediatrics-developmental-activities',
        section: 'responsibilities',
        text: 'Carry out the occupational therapist’s plan of care with children through fine motor, visual-motor, self-care, play and feeding-support activities',
        provenance: pediatricsSource,
      },
      {
        id: 'spec-pediatrics-sensory-strategies',
        section: 'responsibilities',
        text: 'Use sensory-based strategies and pediatric equipment (e.g. suspended equipment, therapy putty, adaptive utensils, handwriting programs) as directed in the plan of care',
        provenance: pediatricsSource,
      },
      {
        id: 'spec-pediatrics-family-education',
        section: 'responsibilities',
        text: 'Educate and coach families and caregivers on activities that support each child’s goals at home',
        provenance: pediatricsSource,
      },
      {
        id: 'spec-pediatrics-experience',
        section: 'requirements',
        text: 'Experience working with children, or a strong interest in pediatric practice',
        provenance: pediatricsSource,
      },
      {
        id: 'spec-pediatrics-sensory-ce',
        section: 'requirements',
        text: 'Continuing education in sensory-based or developmental interventions is a plus',
        provenance: pediatricsSource,
      },
      { id: 'cert-cpr-bls', section: 'requirements', text: CPR_BLS_LINE_TEXT, provenance: pediatricsSource },
    ],
  },
  {
    id: 'geriatrics',
    label: 'Geriatrics',
    title: 'Geriatric Occupational Therapy Assistant',
    aboutRole: 'You’ll work mainly with older adults, helping them stay safe and independent in daily activities.',
    lines: [
      {
        id: 'spec-geriatrics-adl-retraining',
        section: 'responsibilities',
        text: 'Provide ADL and IADL retraining, transfer training, and positioning and seating interventions for older adults',
        provenance: geriatricsSource,
      },
      {
        id: 'spec-geriatrics-fall-prevention',
        section: 'responsibilities',
        text: 'Carry out fall-prevention, cognition and safety, and restorative programs under the occupational therapist’s plan of care',
        provenance: geriatricsSource,
      },
      {
        id: 'spec-geriatrics-caregiver-training',
        section: 'responsibilities',
        text: 'Train caregivers and nursing staff in safe transfers and the use of adaptive equipment (e.g. gait belts, mechanical lifts, reachers, sock aids)',
        provenance: geriatricsSource,
      },
      {
        id: 'spec-geriatrics-pams',
        section: 'requirements',
        text: 'Physical agent modality (PAMs) competency where state rules require it, or willingness to complete the training',
        provenance: geriatricsSource,
      },
      {
        id: 'spec-geriatrics-dementia-ce',
        section: 'requirements',
        text: 'Continuing education in dementia care is a plus',
        provenance: geriatricsSource,
      },
      { id: 'cert-cpr-bls', section: 'requirements', text: CPR_BLS_LINE_TEXT, provenance: geriatricsSource },
    ],
  },
  {
    id: 'hand-upper-extremity',
    label: 'Hand and upper extremity',
    title: 'Hand and Upper Extremity Occupational Therapy Assistant',
    aboutRole: 'You’ll work mainly with clients recovering from hand, wrist, elbow and shoulder injuries and surgery.',
    lines: [
      {
        id: 'spec-hand-upper-extremity-exercise-edema',
        section: 'responsibilities',
        text: 'Carry out therapeutic exercise and edema and scar management programs for hand and upper-extremity conditions under the occupational therapist’s direction',
        provenance: handSource,
      },
      {
        id: 'spec-hand-upper-extremity-orthoses',
        section: 'responsibilities',
        text: 'Fabricate and fit orthoses from thermoplastics as directed by the occupational therapist',
        provenance: handSource,
      },
      {
        id: 'spec-hand-upper-extremity-measurements',
        section: 'responsibilities',
        text: 'Measure and record range of motion and strength with goniometers, dynamometers and pinch gauges',
        provenance: handSource,
      },
      {
        id: 'spec-hand-upper-extremity-experience',
        section: 'requirements',
        text: 'Experience with, or a strong interest in, hand and upper-extremity rehabilitation',
        provenance: handSource,
      },
      {
        id: 'spec-hand-upper-extremity-pams',
        section: 'requirements',
        text: 'Physical agent modality (PAMs) competency where state rules require it, or willingness to complete the training',
        provenance: handSource,
      },
    ],
  },
  {
    id: 'mental-health',
    label: 'Mental health',
    title: 'Mental Health Occupational Therapy Assistant',
    aboutRole: 'You’ll work mainly with clients living with mental health conditions, in groups and one to one.',
    lines: [
      {
        id: 'spec-mental-health-groups',
        section: 'responsibilities',
        text: 'Lead therapeutic groups on coping skills, life skills, leisure and vocational readiness as set out in the occupational therapist’s plan of care',
        provenance: mentalHealthSource,
      },
      {
        id: 'spec-mental-health-sensory-routines',
        section: 'responsibilities',
        text: 'Use sensory modulation tools and structured routines to help clients manage daily activities',
        provenance: mentalHealthSource,
      },
      {
        id: 'spec-mental-health-community-reintegration',
        section: 'responsibilities',
        text: 'Support clients’ community reintegration through practice of real-life tasks and routines',
        provenance: mentalHealthSource,
      },
      {
        id: 'spec-mental-health-de-escalation',
        section: 'requirements',
        text: 'Training in de-escalation techniques (e.g. CPI), or willingness to complete it',
        provenance: mentalHealthSource,
      },
      { id: 'cert-cpr-bls', section: 'requirements', text: CPR_BLS_LINE_TEXT, provenance: mentalHealthSource },
    ],
  },
  {
    id: 'neuro-rehab',
    label: 'Neurological rehabilitation',
    title: 'Neuro Rehab Occupational Therapy Assistant',
    aboutRole: 'You’ll work mainly with clients recovering from stroke, brain injury and other neurological conditions.',
    lines: [
      {
        id: 'spec-neuro-rehab-intensive-adl',
        section: 'responsibilities',
        text: 'Deliver intensive ADL retraining, neuromuscular re-education and upper-extremity function activities for clients with neurological conditions',
        provenance: neuroSource,
      },
      {
        id: 'spec-neuro-rehab-transfers-wheelchair',
        section: 'responsibilities',
        text: 'Train clients in transfers and wheelchair skills',
        provenance: neuroSource,
      },
      {
        id: 'spec-neuro-rehab-tools',
        section: 'responsibilities',
        text: 'Use mirror therapy, standing frames and adaptive equipment, and NMES where state rules allow, as directed by the occupational therapist',
        provenance: neuroSource,
      },
      {
        id: 'spec-neuro-rehab-stroke-ce',
        section: 'requirements',
        text: 'Continuing education in stroke care or neurological rehabilitation is a plus',
        provenance: neuroSource,
      },
      { id: 'cert-cpr-bls', section: 'requirements', text: CPR_BLS_LINE_TEXT, provenance: neuroSource },
    ],
  },
];

export function getSpecialty(id: SpecialtyId): Specialty {
  const found = SPECIALTIES.find((specialty) => specialty.id === id);
  if (!found) throw new RangeError(`Unknown specialty "${id}"`);
  return found;
}
