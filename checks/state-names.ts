import { JURISDICTIONS } from '../template/jurisdictions';
import { STATE_CODES, type StateCode } from '../template/types';

/**
 * Full names, so a location or licence line written in words can be matched to a USPS code. Taken from
 * the template's jurisdiction table so the checks and the posting can never spell a state differently.
 */
export const STATE_NAMES: Readonly<Record<StateCode, string>> = Object.fromEntries(
  JURISDICTIONS.map((jurisdiction) => [jurisdiction.code, jurisdiction.name]),
) as Record<StateCode, string>;

export function isStateCode(value: unknown): value is StateCode {
  return typeof value === 'string' && (STATE_CODES as readonly string[]).includes(value);
}

export function stateName(code: StateCode | undefined): string {
  return code ? STATE_NAMES[code] : 'this state';
}

// Longest names first so "West Virginia" wins over "Virginia" and "Washington" over nothing shorter.
const NAMES_LONGEST_FIRST = (Object.entries(STATE_NAMES) as [StateCode, string][]).sort(
  (a, b) => b[1].length - a[1].length,
);

/**
 * States a location string names: a trailing USPS code ("Denver, CO", "Austin TX 78701") or a full
 * state name as the last comma part ("Kansas City, Missouri" → MO only).
 */
export function statesNamedInLocation(location: string): StateCode[] {
  const trimmed = location.trim();
  const codeMatch = /(?:^|[\s,])([A-Z]{2})(?:\s+\d{5}(?:-\d{4})?)?\s*$/.exec(trimmed);
  if (codeMatch && isStateCode(codeMatch[1])) return [codeMatch[1]];
  // The state is the last comma part ("Kansas City, Missouri"), so a city named after a state is ignored.
  const lastPart = trimmed.split(',').pop()?.replace(/\d{5}(?:-\d{4})?/g, '').trim() ?? '';
  for (const [code, name] of NAMES_LONGEST_FIRST) {
    if (new RegExp(`^${name.replace(/\./g, '\\.')}$`, 'i').test(lastPart)) return [code];
  }
  return [];
}

// Built once: checks may run on every edit, and 54 patterns per line add up.
const LICENCE_PATTERNS = NAMES_LONGEST_FIRST.map(([code, name]) => {
  const escaped = name.replace(/\./g, '\\.');
  return {
    code,
    lowerName: name.toLowerCase(),
    licence: new RegExp(
      `\\b${escaped}\\b(?:\\s+(?:state|OTA|COTA|occupational therapy assistant|OT))*\\s+licen[cs]|licen[cs](?:e|ed|ure)\\s+(?:in|by|from)\\s+(?:the\\s+state\\s+of\\s+)?${escaped}\\b`,
      'i',
    ),
    name: new RegExp(`\\b${escaped}\\b`, 'gi'),
  };
});
const MENTIONS_LICENCE = /licen[cs]/i;

/** States named in free text as a licence state: "Texas license", "licensed in Ohio", "TX OTA license". */
export function licenceStatesInText(text: string): StateCode[] {
  const found = new Set<StateCode>();
  if (!MENTIONS_LICENCE.test(text)) return [];
  let rest = text;
  const lower = text.toLowerCase();
  for (const { code, lowerName, licence, name } of LICENCE_PATTERNS) {
    // A plain substring test first: most lines name no state, and 54 regexes per line add up.
    if (!lower.includes(lowerName)) continue;
    if (licence.test(rest)) {
      found.add(code);
      rest = rest.replace(name, ' ');
    }
  }
  const codePattern = /\b([A-Z]{2})\s+(?:(?:OTA|COTA|state)\s+)*licen[cs]/g;
  for (const match of text.matchAll(codePattern)) {
    if (isStateCode(match[1])) found.add(match[1]);
  }
  return [...found];
}
