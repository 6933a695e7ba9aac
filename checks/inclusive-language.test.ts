import { describe, expect, it } from 'vitest';
import { makePosting } from './fixtures';
import { checkInclusiveLanguage, genderCoding } from './inclusive-language';
import { FEMININE_CODED_STEMS, MASCULINE_CODED_STEMS, OT_NATURAL_STEMS } from './gender-coded-words';
import type { TailorOptions } from '../template/types';

const ctx = { today: '2026-11-26' };
const run = (options: TailorOptions) => checkInclusiveLanguage(makePosting(options), ctx);

describe('gender-coded wording', () => {
  it('counts stems by prefix and keeps OT clinical words out of the balance', () => {
    const coding = genderCoding(
      makePosting({ extraRequirements: ['Competitive, driven leader who supports ADL independence for children'] }),
    );
    expect(coding.masculine.get('compet')).toBe(1);
    expect(coding.masculine.get('driven')).toBe(1);
    expect(coding.masculine.get('lead')).toBe(1);
    expect(coding.otNatural.get('support')).toBeGreaterThanOrEqual(2); // seed brief + this line
    expect(coding.otNatural.get('independen')).toBe(1);
    expect(coding.otNatural.get('child')).toBe(1);
    expect(coding.masculine.has('independen')).toBe(false);
    expect(coding.feminine.has('support')).toBe(false);
  });

  it('does not count section headings ("Responsibilities")', () => {
    const coding = genderCoding(makePosting());
    expect(coding.otNatural.get('respon')).toBeUndefined();
  });

  it('the seed posting leans feminine (compassionate) and is reported as info, not a warning', () => {
    const findings = run({});
    const balance = findings.find((f) => f.ruleId === 'language/gender-balance');
    expect(balance?.severity).toBe('info');
    expect(findings.find((f) => f.ruleId === 'language/ot-clinical-words')?.message).toMatch(/support\*/);
  });

  it('masculine-leaning wording is a warning naming the words', () => {
    const findings = run({ extraRequirements: ['Ambitious, competitive, decisive self-reliant go-getter', 'Fearless under pressure'] });
    const balance = findings.find((f) => f.ruleId === 'language/gender-balance');
    expect(balance?.severity).toBe('warning');
    expect(balance?.message).toMatch(/ambitio\*.*compet\*.*decisive\*/);
  });

  it('uses the published lists, and every OT-natural stem is one of them', () => {
    expect(MASCULINE_CODED_STEMS).toHaveLength(52);
    expect(FEMININE_CODED_STEMS).toHaveLength(50);
    const all = new Set<string>([...MASCULINE_CODED_STEMS, ...FEMININE_CODED_STEMS]);
    for (const stem of OT_NATURAL_STEMS) expect(all.has(stem)).toBe(true);
  });
});

describe('exclusionary phrases', () => {
  it.each([
    ['Join our young and energetic team', 'language/exclusionary-young'],
    ['Digital native preferred', 'language/exclusionary-digital-native'],
    ['Native English speaker', 'language/exclusionary-native-speaker'],
    ['Therapy rockstar wanted', 'language/exclusionary-rockstar'],
    ['Documentation ninja', 'language/exclusionary-rockstar'],
    ['Recent graduate', 'language/exclusionary-recent-graduate'],
    ['Must be able-bodied', 'language/exclusionary-able-bodied'],
  ])('"%s" → %s with a rewrite and a fix removing the user line', (text, ruleId) => {
    const finding = run({ extraRequirements: [text] }).find((f) => f.ruleId === ruleId);
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toMatch(/Try /);
    expect(finding?.lineId).toBe('req-user-1');
    expect(finding?.fix?.patch).toEqual({ extraRequirements: [] });
  });

  it('"young children" describes the caseload and is not flagged', () => {
    const findings = run({ specialty: 'pediatrics', extraResponsibilities: ['Work with young children and their families'] });
    expect(findings.map((f) => f.ruleId)).not.toContain('language/exclusionary-young');
  });

  it('the seed posting has no exclusionary phrases', () => {
    expect(run({}).filter((f) => f.ruleId.startsWith('language/exclusionary'))).toEqual([]);
  });

  it('a template line is removed by id', () => {
    const posting = makePosting({});
    posting.sections[0]!.bullets.push({ id: 'brief-x', text: 'Recent graduates welcome', origin: 'seed' });
    const finding = checkInclusiveLanguage(posting, ctx).find((f) => f.ruleId === 'language/exclusionary-recent-graduate');
    expect(finding?.fix?.patch).toEqual({ dropLines: ['brief-x'] });
  });
});
