import type { Posting, SectionId } from '../template/types';
import { nonBlank } from './posting-text';
import { toFacts, type PostingFacts } from './facts';
import { SOURCES, cite, type PublicSource } from './sources';
import type { CheckContext, Finding } from './types';

interface SiteLimits {
  description?: number;
  title?: number;
  source: PublicSource;
}

/** Limits seen on the boards' own pages or help centres. */
export const SITE_LIMITS: Record<string, SiteLimits> = {
  linkedin: { description: 10_000, title: 200, source: SOURCES.linkedinLimits },
  workable: { title: 80, source: SOURCES.workableLimits },
  greenhouse: { title: 255, source: SOURCES.greenhouseLimits },
};

const STRUCTURE_SOURCE = cite(SOURCES.jobPostingStructure);
const NEAR_LIMIT_SHARE = 0.9;

function sectionFix(facts: PostingFacts, id: SectionId, label: string) {
  const sections = facts.posting?.options?.sections;
  return sections?.[id] === false ? { fix: { label, patch: { sections: { ...sections, [id]: true } } } } : {};
}

export function checkStructure(input: Posting | PostingFacts, context: CheckContext): Finding[] {
  const facts = toFacts(input);
  const isText = facts.origin === 'text';
  const findings: Finding[] = [];
  const site = context.targetSite ? SITE_LIMITS[context.targetSite.toLowerCase()] : undefined;
  const base = STRUCTURE_SOURCE;
  const title = facts.title;

  if (!nonBlank(title)) {
    // Free text may sit in a description field whose title is elsewhere on the form: warn, do not block.
    findings.push(isText
      ? { ruleId: 'structure/title-missing', severity: 'warning', message: 'No job title found: start the posting with the title, or fill in the form’s title field.', ...base }
      : { ruleId: 'structure/title-missing', severity: 'error', message: 'The posting has no job title.', ...base });
  } else if (site?.title && title.length > site.title) {
    findings.push({
      ruleId: 'structure/title-too-long',
      severity: 'error',
      message: `The title is ${title.length} characters; ${context.targetSite} allows ${site.title}. Shorten it.`,
      ...cite(site.source),
      ...(isText ? { quote: title } : {}),
    });
  }
  for (const [id, name] of [
    ['responsibilities', 'Responsibilities'],
    ['requirements', 'Requirements'],
  ] as const) {
    if (!facts.sectionsWithContent.has(id)) {
      // Free text has no sections, only headings we recognise, so a missing one is a warning there.
      findings.push({
        ruleId: `structure/${id}-missing`,
        severity: isText ? 'warning' : 'error',
        message: isText
          ? `No ${name} heading found. Candidates and boards expect a ${name} section.`
          : `The posting has no ${name} section. Candidates and boards expect it.`,
        ...base,
        ...sectionFix(facts, id, `Show the ${name} section`),
        ...(isText ? { suggestion: `${name}:` } : {}),
      });
    }
  }
  if (!nonBlank(facts.location)) {
    findings.push({
      ruleId: 'structure/location-missing',
      severity: 'warning',
      message: 'No location given. Candidates filter by location, and pay-transparency rules depend on it.',
      ...base,
    });
  }
  if (facts.eeo === 'off') {
    findings.push({
      ruleId: 'structure/eeo-off',
      severity: 'info',
      message: 'The EEO statement is switched off. Most boards expect one, and federal contractors must include the disability/veteran line.',
      ...cite(SOURCES.federalContractorSolicitations),
      confidence: 'M',
      fix: { label: 'Add the EEO statement', patch: { eeo: true } },
    });
  } else if (facts.eeo === 'missing') {
    findings.push(
      isText
        ? {
            ruleId: 'structure/eeo-missing',
            severity: 'warning',
            message: 'No equal-opportunity (EEO) statement found. Most boards expect one, and federal contractors must include the disability/veteran line.',
            ...cite(SOURCES.federalContractorSolicitations),
            confidence: 'M',
            suggestion: EEO_SUGGESTION,
          }
        : {
            ruleId: 'structure/eeo-missing',
            severity: 'error',
            message: 'The EEO statement is switched on but does not appear in the posting.',
            ...base,
            ...sectionFix(facts, 'eeo', 'Show the EEO section'),
          },
    );
  }
  // Generated postings carry the accommodation offer in their EEO section (template/eeo.ts); free text may not.
  if (isText && facts.eeo !== 'off' && !facts.accommodation) {
    findings.push({
      ruleId: 'structure/accommodation-missing',
      severity: 'info',
      message: 'No offer of reasonable accommodation for applicants. Saying how to ask for one tells applicants with disabilities they are welcome.',
      ...cite(SOURCES.adaEssentialFunctions),
      confidence: 'M',
      ...(isText ? { suggestion: ACCOMMODATION_SUGGESTION } : {}),
    });
  }

  const limit = positive(context.fieldMaxLength) ?? positive(context.siteCharLimit) ?? site?.description;
  if (limit !== undefined) {
    const measured = positive(context.renderedLength);
    const length = measured ?? facts.length;
    const how = measured === undefined ? ' (estimated)' : '';
    const limitSource = cite(site?.description === limit ? site.source : SOURCES.fieldLimitOnPage);
    if (length > limit) {
      findings.push({
        ruleId: 'structure/too-long',
        severity: 'error',
        message: `The posting is ${length} characters${how}; the field takes ${limit}. The board will cut it off or refuse it: drop lines or sections.`,
        ...limitSource,
      });
    } else if (length >= limit * NEAR_LIMIT_SHARE) {
      findings.push({
        ruleId: 'structure/near-limit',
        severity: 'info',
        message: `The posting is ${length} of ${limit} characters${how}; little room is left for edits.`,
        ...limitSource,
      });
    }
  }
  return findings;
}

const EEO_SUGGESTION =
  'We are an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex (including pregnancy, sexual orientation and gender identity), national origin, age, disability, genetic information or veteran status.';
const ACCOMMODATION_SUGGESTION =
  'If you need a reasonable accommodation at any stage of the application process, please let us know.';

function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}
