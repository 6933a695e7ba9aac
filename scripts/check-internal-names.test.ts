import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scanBuild } from './check-internal-names';
import { findInternalNames } from '../checks/internal-names';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function fakeBuild(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ota-build-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('internal document names', () => {
  it.each([
    ['Source: ota-domain-facts §1: licensureproject.org', 'domain facts file'],
    ['OTA fact sheet §5b', 'fact sheet'],
    ['OTA job-posting template conventions (seed template sections)', 'seed template'],
    ['see §4b', 'section number of our notes'],
    ['ota-domain-facts §1: AL board', 'section number of our notes'],
    ['(§2a/§1b)', 'section number of our notes'],
  ])('finds "%s" (%s)', (text, name) => {
    expect(findInternalNames(text, 'code').map((hit) => hit.name)).toContain(name);
  });

  it.each([
    'R.I.G.L. §5-40.1-10',
    'Ala. Code §34-39-4',
    'M.G.L. c.13 §11A',
    '29 C.F.R. §1630.2(n)',
    'NY Educ. Law §7902-a',
    'Health Occ. §10-3A-01',
    'Cal. Gov. Code §12940',
    'HRS §378-2.8 [L 2023, c 203, §2]',
    "physicalDemands:'seed',id:'seed-resp-review-needs'",
  ])('leaves statute citations and code ids alone: "%s"', (text) => {
    expect(findInternalNames(text, 'code')).toEqual([]);
  });

  it('in UI text, the word "seed" counts too', () => {
    expect(findInternalNames('Seed wording ("stand for long hours")', 'ui-text').map((hit) => hit.name)).toEqual(['the word "seed" in UI text']);
    expect(findInternalNames('Template wording ("stand for long hours")', 'ui-text')).toEqual([]);
  });

  it('scans JS and the _locales message texts of a build, reporting file and context', () => {
    const clean = fakeBuild({
      'chunks/panel.js': 'const a={source:"29 C.F.R. §1630.2(n)",url:"https://www.ecfr.gov/"};',
      '_locales/en/messages.json': JSON.stringify({ physicalDemandsSeed: { message: 'Template wording', description: 'seed line' } }),
    });
    expect(scanBuild(clean)).toEqual([]);
    const dirty = fakeBuild({
      'chunks/panel.js': 'const a={source:"ota-domain-facts §1: x"};',
      '_locales/en/messages.json': JSON.stringify({ k: { message: 'Seed wording' } }),
    });
    const hits = scanBuild(dirty);
    expect(hits.map((hit) => `${hit.file.replace(/\\/g, '/')}: ${hit.name}`).sort()).toEqual([
      '_locales/en/messages.json: the word "seed" in UI text',
      'chunks/panel.js: domain facts file',
      'chunks/panel.js: section number of our notes',
    ]);
  });
});
