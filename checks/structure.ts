import type { Posting, SectionId } from '../template/types';
import { estimatePlainTextLength, nonBlank, sectionHasContent } from './posting-text';
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

function sectionFix(posting: Posting, id: SectionId, label: string) {
  const sections = posting.options?.sections;
  return sections?.[id] === false ? { fix: { label, patch: { sections: { ...sections, [id]: true } } } } : {};
}

export function checkStructure(posting: Posting, context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  const options = posting?.options ?? ({} as Posting['options']);
  const site = context.targetSite ? SITE_LIMITS[context.targetSite.toLowerCase()] : undefined;
  const base = STRUCTURE_SOURCE;

  if (!nonBlank(posting?.title)) {
    findings.push({ ruleId: 'structure/title-missing', severity: 'error', message: 'The posting has no job title.', ...base });
  } else if (site?.title && posting.title.length > site.title) {
    findings.push({
      ruleId: 'structure/title-too-long',
      severity: 'error',
      message: `The title is ${posting.title.length} characters; ${context.targetSite} allows ${site.title}. Shorten it.`,
      ...cite(site.source),
    });
  }
  for (const [id, name] of [
    ['responsibilities', 'Responsibilities'],
    ['requirements', 'Requirements'],
  ] as const) {
    if (!sectionHasContent(posting, id)) {
      findings.push({
        ruleId: `structure/${id}-missing`,
        severity: 'error',
        message: `The posting has no ${name} section. Candidates and boards expect it.`,
        ...base,
        ...sectionFix(posting, id, `Show the ${name} section`),
      });
    }
  }
  if (!nonBlank(options.location)) {
    findings.push({
      ruleId: 'structure/location-missing',
      severity: 'warning',
      message: 'No location given. Candidates filter by location, and pay-transparency rules depend on it.',
      ...base,
    });
  }
  if (options.eeo === false) {
    findings.push({
      ruleId: 'structure/eeo-off',
      severity: 'info',
      message: 'The EEO statement is switched off. Most boards expect one, and federal contractors must include the disability/veteran line.',
      ...cite(SOURCES.federalContractorSolicitations),
      confidence: 'M',
      fix: { label: 'Add the EEO statement', patch: { eeo: true } },
    });
  } else if (!sectionHasContent(posting, 'eeo')) {
    findings.push({
      ruleId: 'structure/eeo-missing',
      severity: 'error',
      message: 'The EEO statement is switched on but does not appear in the posting.',
      ...base,
      ...sectionFix(posting, 'eeo', 'Show the EEO section'),
    });
  }

  const limit = positive(context.fieldMaxLength) ?? positive(context.siteCharLimit) ?? site?.description;
  if (limit !== undefined) {
    const measured = positive(context.renderedLength);
    const length = measured ?? estimatePlainTextLength(posting);
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

function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}
