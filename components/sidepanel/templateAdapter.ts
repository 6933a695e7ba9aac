/**
 * The one place the UI touches the template module: choices for the pickers, the facts card mapping,
 * and tailor/render. Keeping it here means a template API change is a one-file fix for the UI.
 */
import {
  JURISDICTIONS,
  RENDER_HTML_TAGS,
  SETTINGS,
  SPECIALTIES,
  getJurisdiction,
  render,
  sectionHeading,
  tailor,
} from '../../template/index';
import { COMPACT_PROVENANCE, KANSAS_COMPACT_PROVENANCE, type Jurisdiction } from '../../template/jurisdictions';
import type {
  Format,
  Posting,
  RenderOptions,
  SectionId,
  SettingId,
  SpecialtyId,
  StateCode,
  TailorOptions,
} from '../../template/types';
import type { Choice } from './ChoiceSelect';
import type { JurisdictionName } from './LicenseStateInput';
import type { StateFacts } from './StateFactsCard';
import { errorMessage } from '../../lib/errors';

export const SPECIALTY_CHOICES: readonly Choice<SpecialtyId>[] = SPECIALTIES.map((s) => ({ id: s.id, label: s.label }));
export const SETTING_CHOICES: readonly Choice<SettingId>[] = SETTINGS.map((s) => ({ id: s.id, label: s.label }));
export const JURISDICTION_NAMES: readonly JurisdictionName[] = JURISDICTIONS.map((j) => ({ code: j.code, name: j.name }));
export const PREVIEW_TAGS: readonly string[] = RENDER_HTML_TAGS;

export type TailorOutcome = { ok: true; posting: Posting } | { ok: false; error: string };

/**
 * `tailor()` refuses contradictory options (e.g. a minimum pay above the maximum, which happens for a
 * moment while typing). The panel must not crash on that: it gets the reason to show instead.
 */
export function tryBuildPosting(options: TailorOptions): TailorOutcome {
  try {
    return { ok: true, posting: tailor(options) };
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
}

export function renderPosting(posting: Posting, format: Format, options?: RenderOptions): string {
  return render(posting, format, options);
}

export function headingOf(id: SectionId): string {
  return sectionHeading(id);
}

export function factsFor(code: StateCode | undefined): StateFacts | null {
  const row = code ? getJurisdiction(code) : undefined;
  return row ? toFacts(row) : null;
}

function toFacts(row: Jurisdiction): StateFacts {
  const compactSource = row.compact === 'enacted' ? KANSAS_COMPACT_PROVENANCE : COMPACT_PROVENANCE;
  const titles = row.titles.length
    ? row.titles.join(', ') + (row.titlesVerified ? '' : ' (not confirmed in law)')
    : 'OTA/L (common pattern; not checked against this state’s title list)';
  return {
    code: row.code,
    name: row.name,
    board: row.board,
    titles,
    nbcot: row.nbcotNote,
    compactStatus: row.compactNote,
    compactDate: compactSource.asOf,
    compactSource: compactSource.source,
    ...(compactSource.url ? { compactSourceUrl: compactSource.url } : {}),
    ...(compactSource.reviewed ? { compactReviewed: compactSource.reviewed } : {}),
    source: row.provenance.source,
    ...(row.provenance.url ? { sourceUrl: row.provenance.url } : {}),
    ...(row.provenance.reviewed ? { reviewed: row.provenance.reviewed } : {}),
    asOf: row.provenance.asOf,
    confidence: row.provenance.confidence,
  };
}
