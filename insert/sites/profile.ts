import type { FormFieldKind } from '../types';
import type { Vocabulary } from '../vocabulary';

/**
 * What we know about one job board's posting form, as data. The generic label-based path does the work;
 * a profile only adds the board's own words, its known character limits, and the hosts where the
 * content script is declared (everything else goes through activeTab on demand).
 * Each profile's sources sit in its doc comment (kept next to the data, but out of the shipped bundle).
 */
export interface SiteProfile {
  id: string;
  name: string;
  /** Manifest match patterns: where the content script is declared. Narrow paths, never a whole site. */
  matches: string[];
  /** The board's own field words, tried before the generic ones. */
  vocabulary?: Partial<Vocabulary>;
  /** Character limits the board enforces, where public sources state them. */
  limits?: Partial<Record<FormFieldKind, number>>;
}

/** Convert a manifest match pattern to a RegExp over full URLs. */
export function matchPatternToRegExp(pattern: string): RegExp {
  const parsed = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!parsed) throw new Error(`Unsupported match pattern: ${pattern}`);
  const [, scheme, host, path] = parsed as unknown as [string, string, string, string];
  const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const schemePart = scheme === '*' ? 'https?' : scheme;
  let hostPart: string;
  if (host === '*') hostPart = '[^/]+';
  else if (host.startsWith('*.')) hostPart = `(?:[^/]+\\.)?${escape(host.slice(2))}`;
  else hostPart = escape(host);
  const pathPart = path.split('*').map(escape).join('.*');
  return new RegExp(`^${schemePart}://${hostPart}(?::\\d+)?${pathPart}$`);
}
