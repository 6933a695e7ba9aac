/**
 * The published OTA job-description template the postings are built on, as data. Its wording is kept
 * exactly, curly apostrophes included (`text`): the seed-fidelity test compares these lines with a verbatim
 * copy in template/fixtures/seed-original.md. The template's meta text ("Use this … template", "Feel free
 * to modify", "More resources" and its links) is deliberately not carried over.
 *
 * Where the template's words misdescribe the profession, `standard` holds the profession's own words, used
 * by default (`wording: 'standard'`): the protected title is "occupational therapy assistant" (e.g. NY Educ.
 * Law §7902-a, Mich. Comp. Laws §333.18303), the occupational therapist sets the plan of care and the OTA
 * carries it out and contributes to it, and OTAs graduate from ACOTE-accredited OTA programs.
 */
import type { Wording } from './types';

export interface SeedLine {
  id: string;
  /** The template's published wording. */
  text: string;
  /** The profession's wording, where it differs from the template's. */
  standard?: string;
}

/** The line's text in the chosen wording. */
export function seedText(line: SeedLine, wording: Wording): string {
  return wording === 'original' ? line.text : (line.standard ?? line.text);
}

/** The role's title in each wording; specialties put their qualifier in front ("Pediatric …"). */
export const ROLE_TITLE: Readonly<Record<Wording, string>> = {
  standard: 'Occupational Therapy Assistant',
  original: 'Occupational Therapist Assistant',
};

export const SEED_RESPONSIBILITIES: readonly SeedLine[] = [
  { id: 'seed-resp-review-needs', text: 'Review clients’ physical and psychological needs' },
  {
    id: 'seed-resp-monitor-progress',
    text: 'Monitor the progress of rehabilitation plans, e.g. activities for regaining motor skills',
  },
  {
    id: 'seed-resp-recommend-activities',
    text: 'Research and recommend tasks and activities based on clients’ physical and mental condition',
  },
  {
    id: 'seed-resp-demonstrate-equipment',
    text: 'Demonstrate to clients and primary caregivers how to use special equipment (e.g. wheelchairs)',
  },
  { id: 'seed-resp-research-treatments', text: 'Research new rehabilitation treatments and techniques' },
  { id: 'seed-resp-engage-family', text: 'Engage family members and caregivers in clients’ care plans' },
  { id: 'seed-resp-equipment-works', text: 'Ensure all special equipment works properly' },
  { id: 'seed-resp-supply-inventory', text: 'Check stock levels and refill office’s supply inventory' },
  { id: 'seed-resp-admin-tasks', text: 'Conduct administrative tasks (e.g. updating records)' },
  { id: 'seed-resp-secure-environment', text: 'Maintain a secure health environment for clients' },
];

/** The seed's license line; `tailor()` swaps it for a state-specific one when a state is given. */
export const SEED_LICENSE_LINE: SeedLine = {
  id: 'license-state',
  text: 'State license to work as an Occupational Therapist Assistant',
  standard: 'State license to work as an occupational therapy assistant',
};

/** The seed's physical-demands line; `physicalDemands: 'ada'` swaps it for essential-functions wording. */
export const SEED_PHYSICAL_DEMANDS_LINE: SeedLine = {
  id: 'seed-req-physical-demands',
  text: 'Ability to stand for long hours and lift heavy loads',
};

/** Requirements in seed order. The license and physical-demands lines are placeholders for their variants. */
export const SEED_REQUIREMENTS: readonly SeedLine[] = [
  {
    id: 'seed-req-experience',
    text: 'Previous experience as an occupational therapist assistant or a similar role',
    standard: 'Previous experience as an occupational therapy assistant or a similar role',
  },
  { id: 'seed-req-health-standards', text: 'Great knowledge of federal, state, and governmental health standards' },
  { id: 'seed-req-rehab-programs', text: 'Hands-on experience with rehabilitation programs' },
  SEED_PHYSICAL_DEMANDS_LINE,
  { id: 'seed-req-ms-office', text: 'Good knowledge of Microsoft Office' },
  { id: 'seed-req-communication', text: 'Strong communication skills' },
  { id: 'seed-req-compassionate', text: 'A compassionate and resilient personality' },
  SEED_LICENSE_LINE,
  {
    id: 'seed-req-associate-degree',
    text: 'Associate’s degree in Occupational Therapy',
    // ACOTE accredits OTA programs at associate and bachelor's level; a degree "in Occupational Therapy"
    // describes the therapist's education.
    standard: 'Graduate of an ACOTE-accredited occupational therapy assistant program (associate or bachelor’s level)',
  },
];

/** The seed's job brief, second and third paragraphs (the first is rebuilt around setting and employer). */
export const SEED_BRIEF_GOAL =
  'Your main goal will be to support our clients during rehabilitation, by assigning activities tailored to their specific needs and monitoring their improvement.';
export const SEED_BRIEF_SUCCESS: SeedLine = {
  id: 'brief-success',
  text: 'To be successful in this role, you should have a degree in Occupational Therapy and meet other occupational therapy assistant requirements such as the ability to guide clients and caregivers throughout recovery in a compassionate manner.',
  standard:
    'To be successful in this role, you should be a graduate of an ACOTE-accredited occupational therapy assistant program and meet other occupational therapy assistant requirements such as the ability to guide clients and caregivers throughout recovery in a compassionate manner.',
};
/**
 * The first brief paragraph's collaboration clause. The template has the OTA "create" treatment plans;
 * the occupational therapist evaluates and sets the plan of care, which the OTA carries out and adds to.
 */
export const SEED_BRIEF_COLLABORATION: SeedLine = {
  id: 'brief-collaboration',
  text: 'collaborate with our occupational therapist and other health specialists to create coordinated, holistic treatment plans',
  standard:
    'collaborate with our occupational therapist and other health specialists, carrying out each client’s plan of care and contributing your observations to it',
};
export const SEED_BRIEF_CLOSING =
  'If you fit this description and want to have a positive impact on our clients’ lives, we’d like to hear from you.';

/**
 * "About the role": the seed's "What is / what does an OTA do" parts, rewritten as posting prose
 * addressed to the candidate instead of explaining the job to the recruiter.
 */
export const SEED_ABOUT_ROLE: readonly [SeedLine, string] = [
  {
    id: 'about-role-intro',
    text: 'As an occupational therapist assistant, you’ll help people with disabilities, injuries and illnesses through the physical and psychological parts of their treatment.',
    standard:
      'As an occupational therapy assistant, you’ll help people with disabilities, injuries and illnesses through the physical and psychological parts of their treatment.',
  },
  'Day to day, you’ll deliver the rehabilitative plans set by the occupational therapist: you’ll demonstrate treatment activities, recommend and explain the use of special equipment, follow each client’s rehabilitative progress and help keep the work environment secure for clients. Administrative support, such as updating files and filling in billing reports, is also a regular part of the role.',
];

/** The default supervision wording (the OT directs care; OTAs work under OT supervision in every state). */
export const DEFAULT_SUPERVISION = 'under the supervision of a licensed occupational therapist';
