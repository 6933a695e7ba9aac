import type { Posting, SectionId } from '../template/types';
import { estimatePlainTextLength, nonBlank, sectionHasContent } from './posting-text';
import type { CheckContext, Finding } from './types';

interface SiteLimits {
  description?: number;
  title?: number;
  source: string;
  asOf: string;
}

/** Limits seen on the boards' own pages or help centres (reference/job-form-dom.md). */
export const SITE_LIMITS: Record<string, SiteLimits> = {
  linkedin: { description: 10_000, title: 200, source: 'LinkedIn job editor counter "520/10,000"; Job Posting API title ≤200', asOf: '2023–2024' },
  workable: { title: 80, source: 'Workable help centre: titles "no longer than 80 characters"', asOf: 'crawl' },
  greenhouse: { title: 255, source: 'Greenhouse support: "Job Name" 255 characters max', asOf: 'crawl' },
};

const STRUCTURE_SOURCE = 'OTA job-posting template conventions (seed template sections)';
const NEAR_LIMIT_SHARE = 0.9;

function sectionFix(posting: Posting, id: SectionId, label: string) {
  const sections = posting.options?.sections;
  return sections?.[id] === false ? { fix: { label, patch: { sections: { ...sections, [id]: true } } } } : {};
}

export function checkStructure(posting: Posting, context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  const options = posting?.options ?? ({} as Posting['options']);
  const site = context.targetSite ? SITE_LIMITS[context.targetSite.toLowerCase()] : undefined;
  const base = { source: STRUCTURE_SOURCE, asOf: '2026-11-26' };

  if (!nonBlank(posting?.title)) {
    findings.push({ ruleId: 'structure/title-missing', severity: 'error', message: 'The posting has no job title.', ...base });
  } else if (site?.title && posting.title.length > site.title) {
    findings.push({
      ruleId: 'structure/title-too-long',
      severity: 'error',
      message: `The title is ${posting.title.length} characters; ${context.targetSite} allows ${site.title}. Shorten it.`,
      source: site.source,
      asOf: site.asOf,
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
      source: 'VEVRAA and Section 503 solicitation rules; OTA fact sheet §5c',
      asOf: '2025',
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
    const limitSource = site?.description === limit ? site.source : 'Field limit supplied by the page (maxlength / counter)';
    if (length > limit) {
      findings.push({
        ruleId: 'structure/too-long',
        severity: 'error',
        message: `The posting is ${length} characters${how}; the field takes ${limit}. The board will cut it off or refuse it: drop lines or sections.`,
        source: limitSource,
        asOf: site?.asOf ?? '2026-11-26',
      });
    } else if (length >= limit * NEAR_LIMIT_SHARE) {
      findings.push({
        ruleId: 'structure/near-limit',
        severity: 'info',
        message: `The posting is ${length} of ${limit} characters${how}; little room is left for edits.`,
        source: limitSource,
        asOf: site?.asOf ?? '2026-11-26',
      });
    }
  }
  return findings;
}

function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}
