import type { Posting, PostingLine, PostingSection, TailorOptions } from '../template/types';

/**
 * A hand-built posting shaped like the seed template, for check tests that must not depend on the
 * template engine. Real `tailor()` output is tested separately once it exists.
 */
export const SEED_BRIEF =
  'We are looking for an experienced occupational therapist assistant to join our team. You’ll collaborate with our occupational therapist and other health specialists to create coordinated, holistic treatment plans. Your main goal will be to support our clients during rehabilitation, by assigning activities tailored to their specific needs and monitoring their improvement.';

const SEED_RESPONSIBILITIES = [
  'Review clients’ physical and psychological needs',
  'Monitor the progress of rehabilitation plans, e.g. activities for regaining motor skills',
  'Research and recommend tasks and activities based on clients’ physical and mental condition',
  'Demonstrate to clients and primary caregivers how to use special equipment (e.g. wheelchairs)',
  'Engage family members and caregivers in clients’ care plans',
  'Conduct administrative tasks (e.g. updating records)',
];

export const SEED_PHYSICAL_DEMANDS = 'Ability to stand for long hours and lift heavy loads';
const ADA_PHYSICAL_DEMANDS =
  'Move, transfer or position clients and equipment, with or without reasonable accommodation, using safe-handling equipment and team assists';

const SEED_REQUIREMENTS = [
  'Previous experience as an occupational therapist assistant or a similar role',
  'Hands-on experience with rehabilitation programs',
  'Strong communication skills',
  'A compassionate and resilient personality',
  'State license to work as an Occupational Therapist Assistant',
  'Associate’s degree in Occupational Therapy',
];

function line(id: string, text: string, origin: PostingLine['origin'] = 'seed'): PostingLine {
  return { id, text, origin };
}

function section(id: PostingSection['id'], heading: string, bullets: PostingLine[] = [], paragraphs: PostingSection['paragraphs'] = []): PostingSection {
  return { id, heading, paragraphs, bullets };
}

export function makePosting(input: TailorOptions = {}): Posting {
  const options: Posting['options'] = {
    specialty: 'general',
    setting: 'outpatient-clinic',
    eeo: true,
    physicalDemands: 'seed',
    ...input,
  };
  const drop = new Set(options.dropLines ?? []);
  const keep = (l: PostingLine) => !drop.has(l.id);
  const sections: PostingSection[] = [
    section('brief', 'Job brief', [], [{ text: SEED_BRIEF }]),
    section(
      'responsibilities',
      'Responsibilities',
      [
        ...SEED_RESPONSIBILITIES.map((text, i) => line(`resp-seed-${i + 1}`, text)),
        ...(options.extraResponsibilities ?? []).map((text, i) => line(`resp-user-${i + 1}`, text, 'user')),
      ].filter(keep),
    ),
    section(
      'requirements',
      'Requirements',
      [
        ...SEED_REQUIREMENTS.map((text, i) => line(`req-seed-${i + 1}`, text)),
        line('req-physical-demands', options.physicalDemands === 'ada' ? ADA_PHYSICAL_DEMANDS : SEED_PHYSICAL_DEMANDS),
        ...(options.extraRequirements ?? []).map((text, i) => line(`req-user-${i + 1}`, text, 'user')),
      ].filter(keep),
    ),
  ];
  if (options.aboutUs) sections.push(section('about-us', 'About us', [], [{ text: options.aboutUs }]));
  const pay =
    options.payMin !== undefined || options.payMax !== undefined
      ? `${options.payMin ?? ''}–${options.payMax ?? ''} per ${options.payUnit ?? ''}`
      : undefined;
  const schedulePay = [
    ...(options.schedule ? [{ label: 'Schedule', text: options.schedule }] : []),
    ...(pay ? [{ label: 'Pay', text: pay }] : []),
  ];
  if (schedulePay.length) sections.push(section('schedule-pay', 'Schedule and pay', [], schedulePay));
  if (options.benefits?.length) {
    sections.push(section('benefits', 'Benefits', options.benefits.map((text, i) => line(`benefit-${i + 1}`, text, 'employer'))));
  }
  if (options.howToApply) sections.push(section('how-to-apply', 'How to apply', [], [{ text: options.howToApply }]));
  if (options.eeo) {
    sections.push(
      section('eeo', 'Equal opportunity', [], [{ text: `${options.company ?? 'We'} are an Equal Opportunity Employer.` }]),
    );
  }
  const enabled = sections.filter((s) => options.sections?.[s.id] !== false);
  return { title: 'Occupational Therapy Assistant', sections: enabled, options };
}
