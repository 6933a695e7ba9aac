import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CONTENT_SCRIPT_MATCHES, matchSiteProfile, SITE_PROFILES } from './index';
import { matchPatternToRegExp } from './profile';

describe('matchSiteProfile', () => {
  it.each([
    ['https://www.linkedin.com/job-posting/form/description/?jobId=1', 'linkedin'],
    ['https://www.linkedin.com/hiring/jobs/123/detail/', 'linkedin'],
    ['https://acme.workable.com/backend/jobs/new', 'workable'],
    ['https://app.greenhouse.io/jobapps/42/edit', 'greenhouse'],
    ['https://app4.greenhouse.io/plans/7/jobapps/new', 'greenhouse'],
    ['https://hire.lever.co/jobs/postings/edit/uuid', 'lever'],
    ['https://employers.indeed.com/p/post-job', 'indeed'],
  ])('%s → %s', (url, id) => {
    expect(matchSiteProfile(url)?.id).toBe(id);
  });

  it.each([
    'https://www.linkedin.com/feed/',
    'https://boards.greenhouse.io/acme/jobs/1',
    'https://apply.workable.com/acme/j/ABC/',
    'https://evil.example/linkedin.com/job-posting/',
    'https://www.linkedin.com.evil.example/job-posting/x',
  ])('%s matches no profile', (url) => {
    expect(matchSiteProfile(url)).toBeNull();
  });

  it('declares the content script only on narrow job-board patterns', () => {
    expect(CONTENT_SCRIPT_MATCHES.length).toBeGreaterThan(0);
    for (const pattern of CONTENT_SCRIPT_MATCHES) {
      const [, host] = /^https:\/\/([^/]+)\//.exec(pattern) ?? [];
      expect(host, pattern).toBeDefined();
      // A wildcard may only stand for a subdomain of a named board, never for the host itself.
      expect(host!.replace(/^\*\./, '')).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    }
    expect(new Set(SITE_PROFILES.map((p) => p.id)).size).toBe(SITE_PROFILES.length);
  });
});

describe('matchPatternToRegExp', () => {
  it('matches any path under a fixed prefix and no other host', () => {
    const regex = matchPatternToRegExp('https://*.workable.com/backend/*');
    fc.assert(
      fc.property(fc.webSegment(), fc.stringMatching(/^[a-z]{1,10}$/), (segment, sub) => {
        expect(regex.test(`https://${sub}.workable.com/backend/${segment}`)).toBe(true);
        expect(regex.test(`https://${sub}.workable.com.attacker.test/backend/${segment}`)).toBe(false);
        expect(regex.test(`https://${sub}.workable.com/other/${segment}`)).toBe(false);
      }),
    );
  });

  it('rejects patterns it cannot read', () => {
    expect(() => matchPatternToRegExp('not a pattern')).toThrow(/Unsupported/);
  });
});
