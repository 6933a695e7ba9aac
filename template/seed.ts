/**
 * The seed template (shared/seed/occupational-therapist-assistant-job-description.md) as data.
 * Wording of the responsibilities and requirements is kept exactly, curly apostrophes included: the
 * seed-fidelity test compares these lines with the seed file itself. The seed's meta text ("Use this …
 * template", "Feel free to modify", "More resources" and its links) is deliberately not carried over.
 */

export interface SeedLine {
  id: string;
  text: string;
}

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
  },
  { id: 'seed-req-health-standards', text: 'Great knowledge of federal, state, and governmental health standards' },
  { id: 'seed-req-rehab-programs', text: 'Hands-on experience with rehabilitation programs' },
  SEED_PHYSICAL_DEMANDS_LINE,
  { id: 'seed-req-ms-office', text: 'Good knowledge of Microsoft Office' },
  { id: 'seed-req-communication', text: 'Strong communication skills' },
  { id: 'seed-req-compassionate', text: 'A compassionate and resilient personality' },
  SEED_LICENSE_LINE,
  { id: 'seed-req-associate-degree', text: 'Associate’s degree in Occupational Therapy' },
];

/** The seed's job brief, second and third paragraphs (the first is rebuilt around setting and employer). */
export const SEED_BRIEF_GOAL =
  'Your main goal will be to support our clients during rehabilitation, by assigning activities tailored to their specific needs and monitoring their improvement.';
export const SEED_BRIEF_SUCCESS =
  'To be successful in this role, you should have a degree in Occupational Therapy and meet other occupational therapy assistant requirements such as the ability to guide clients and caregivers throughout recovery in a compassionate manner.';
export const SEED_BRIEF_CLOSING =
  'If you fit this description and want to have a positive impact on our clients’ lives, we’d like to hear from you.';

/**
 * "About the role": the seed's "What is / what does an OTA do" parts, rewritten as posting prose
 * addressed to the candidate instead of explaining the job to the recruiter.
 */
export const SEED_ABOUT_ROLE = [
  'As an occupational therapist assistant, you’ll help people with disabilities, injuries and illnesses through the physical and psychological parts of their treatment.',
  'Day to day, you’ll deliver the rehabilitative plans set by the occupational therapist: you’ll demonstrate treatment activities, recommend and explain the use of special equipment, follow each client’s rehabilitative progress and help keep the work environment secure for clients. Administrative support, such as updating files and filling in billing reports, is also a regular part of the role.',
] as const;

/** The default supervision wording (fact sheet §4a: the OT directs care; OTAs work under OT supervision). */
export const DEFAULT_SUPERVISION = 'under the supervision of a licensed occupational therapist';
