import type { StateCode } from '../template/types';
import { factsFromText, type TextFormat, type TextParts } from './extract/facts';
import { runChecks } from './index';
import type { Finding } from './types';

export type { TextFormat, TextParts } from './extract/facts';

export interface CheckTextOptions {
  format: TextFormat;
  /** USPS code; else taken from `location`, else from the text ("Austin, TX"). */
  state?: StateCode;
  /** "City, ST": picks local pay laws (Denver, NYC…) and the state when `state` is absent. */
  location?: string;
  employees?: number;
  /** Used only when neither `state`, `location` nor the text names a state (the side panel's chosen state). */
  fallbackState?: StateCode;
  /** YYYY-MM-DD, injected. */
  today: string;
  /** Character limit of the field the text sits in, when known. */
  fieldMaxLength?: number;
}

/**
 * The posting as a recruiter is about to publish it (the description, or the form's fields) → findings,
 * through the same rules as generated postings. Each finding about specific words quotes them.
 */
export function checkText(input: string | TextParts, options: CheckTextOptions): Finding[] {
  const parts: TextParts = typeof input === 'string' ? { description: input } : input;
  const facts = factsFromText(parts, {
    format: options.format,
    ...(options.state ? { state: options.state } : {}),
    ...(options.location ? { location: options.location } : {}),
  });
  const state = facts.state ?? options.fallbackState;
  return runChecks(state && !facts.state ? { ...facts, state } : facts, {
    today: options.today,
    ...(state ? { state } : {}),
    ...(options.employees !== undefined ? { employerSize: options.employees } : {}),
    ...(options.fieldMaxLength !== undefined ? { fieldMaxLength: options.fieldMaxLength } : {}),
    renderedLength: facts.length,
  });
}
