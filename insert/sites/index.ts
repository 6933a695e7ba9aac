import { greenhouse } from './greenhouse';
import { indeed } from './indeed';
import { lever } from './lever';
import { linkedin } from './linkedin';
import { matchPatternToRegExp, type SiteProfile } from './profile';
import { workable } from './workable';

export type { SiteProfile } from './profile';

export const SITE_PROFILES: readonly SiteProfile[] = [linkedin, workable, greenhouse, lever, indeed];

/** Every host pattern the content script is declared on (the manifest reads this). */
export const CONTENT_SCRIPT_MATCHES: string[] = SITE_PROFILES.flatMap((p) => p.matches);

const compiled = SITE_PROFILES.map((profile) => ({
  profile,
  patterns: profile.matches.map(matchPatternToRegExp),
}));

/** The profile whose patterns match this URL, or null (the generic path then does everything). */
export function matchSiteProfile(url: string): SiteProfile | null {
  return compiled.find(({ patterns }) => patterns.some((p) => p.test(url)))?.profile ?? null;
}
