/**
 * Rules shared by the schema (markup) and by every reader of the organization policy (the store, the side
 * panel and the popup's snapshot): no valibot and no zustand here, so any layer can apply them.
 */
import type { TailorOptions } from '../template/types';
import { isOptionKey } from './option-keys';

/**
 * Markup that is never legitimate in a preset field: an HTML tag, a `javascript:` link, an `on…=` handler.
 * Presets end up inside job-board editors, several of which accept pasted HTML, so markup is refused at
 * the door rather than escaped later. `findMarkup` in schema.ts names what it found.
 */
export const MARKUP_PATTERNS: readonly RegExp[] = [/<\s*\/?\s*[a-z!?]/i, /javascript\s*:/i, /\bon[a-z]+\s*=/i];

export const hasMarkup = (text: string): boolean => MARKUP_PATTERNS.some((pattern) => pattern.test(text));

/** Empty for the organization rules: a default fills such a field, a lock without a value clears it. */
export const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

export interface OrganizationRuleSet {
  /** Filled in wherever the options leave a field empty (`TailorOptions`, or raw values already checked). */
  readonly defaults: object;
  /** Always take the organization's value (removed when it has none). */
  readonly lockedFields: readonly string[];
}

/**
 * Options as the organization wants them: blanks take the organization defaults, locked fields take the
 * organization value whatever the options say (removed when the organization set none). Pure; idempotent.
 */
export function applyOrganizationPolicy(options: TailorOptions, rules: OrganizationRuleSet): TailorOptions {
  const result: Record<string, unknown> = { ...options };
  const defaults = rules.defaults as Record<string, unknown>;
  // Known option keys only, read as own keys: "__proto__" or "constructor" from a policy must never be
  // assigned (an assignment to "__proto__" would replace the result's prototype).
  const defaultOf = (key: string): unknown => (Object.hasOwn(defaults, key) ? defaults[key] : undefined);
  for (const key of Object.keys(defaults)) {
    const value = defaultOf(key);
    if (isOptionKey(key) && !isBlank(value) && isBlank(result[key])) result[key] = structuredClone(value);
  }
  for (const key of rules.lockedFields) {
    if (!isOptionKey(key)) continue;
    const value = defaultOf(key);
    if (isBlank(value)) delete result[key];
    else result[key] = structuredClone(value);
  }
  return result as TailorOptions;
}
