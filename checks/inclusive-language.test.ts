import { describe, expect, it } from 'vitest';
import { makePosting } from './fixtures';
import { checkInclusiveLanguage, genderCoding } from './inclusive-language';
import {
  FEMININE_CODED_STEMS,
  GENDER_DECODER_ADDITIONS,
  MASCULINE_CODED_STEMS,
  OT_CLINICAL_PHRASES,
  OT_NATURAL_STEMS,
  stemOrigin,
} from './gender-coded-words';
import { runChecks } from './index';
import { tailor } from '../template/tailor';
import { SETTING_IDS, SPECIALTY_IDS, type StateCode, type TailorOptions } from '../template/types';

const ctx = { today: '2026-11-26' };
const run = (options: TailorOptions) => checkInclusiveLanguage(makePosting(options), ctx);

describe('gender-coded wording', () => {
  it('counts stems by prefix and keeps OT clinical words out of the balance', () => {
    const coding = genderCoding(
      makePosting({ extraRequirements: ['Competitive, driven leader who supports independence for children'] }),
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

  it('credits each stem to its real origin: 13 Gender Decoder additions, the rest the 2011 paper', () => {
    expect([...GENDER_DECODER_ADDITIONS].sort()).toEqual(
      ['agree', 'battle', 'champion', 'collab', 'defend', 'driven', 'enthusias', 'fearless', 'fight', 'inclusive', 'share', 'sharin', 'unreasonab'],
    );
    const all = new Set<string>([...MASCULINE_CODED_STEMS, ...FEMININE_CODED_STEMS]);
    for (const stem of GENDER_DECODER_ADDITIONS) expect(all.has(stem), stem).toBe(true);
    expect(stemOrigin('driven')).toBe('gender-decoder');
    expect(stemOrigin('active')).toBe('gaucher-friesen-kay-2011');
    expect(stemOrigin('compassion')).toBe('gaucher-friesen-kay-2011');
  });

  it('a balance built on paper stems cites the paper; one that counts an added stem cites the Gender Decoder and says so', () => {
    const paper = run({ extraRequirements: ['Ambitious, competitive, decisive self-reliant person'] }).find((f) => f.ruleId === 'language/gender-balance');
    expect(paper?.source).toMatch(/Gaucher, Friesen & Kay \(2011\)/);
    expect(paper?.sourceUrl).toBe('https://doi.org/10.1037/a0022530');
    expect(paper?.message).not.toMatch(/Gender Decoder/);
    const added = run({ extraRequirements: ['Driven, fearless fighter', 'Ambitious and competitive'] }).find((f) => f.ruleId === 'language/gender-balance');
    expect(added?.severity).toBe('warning');
    expect(added?.message).toMatch(/driven\*, fearless\*, fight\*: added by the Gender Decoder, not from the 2011 study/);
    expect(added?.sourceUrl).toBe('https://github.com/lovedaybrooke/gender-decoder/blob/master/app/wordlists.py');
  });

  it('"SharePoint" is not coded (the Gender Decoder\'s own exception)', () => {
    expect(genderCoding(makePosting({ extraRequirements: ['SharePoint experience'] })).feminine.has('share')).toBe(false);
  });
});

describe('clinical phrases never count, the same words elsewhere still do', () => {
  const HAND_THERAPY = 'Active range of motion (AROM) for the dominant hand; task analysis; objective measures';

  it('a hand-therapy line with AROM, dominant hand, task analysis and objective measures raises no warning', () => {
    const findings = run({ specialty: 'hand-upper-extremity', setting: 'outpatient-clinic', state: 'CA', extraResponsibilities: [HAND_THERAPY] });
    const balance = findings.find((f) => f.ruleId === 'language/gender-balance');
    expect(balance?.severity).not.toBe('warning');
    const coding = genderCoding(makePosting({ extraResponsibilities: [HAND_THERAPY, 'PROM and A-AROM; PAMs competency; competencies checked yearly'] }));
    for (const stem of ['active', 'domina', 'dominant', 'analy', 'objective', 'compet'] as const) {
      expect(coding.masculine.has(stem), stem).toBe(false);
    }
    expect(coding.clinicalPhrases.get('active range of motion')).toBe(1);
    expect(coding.clinicalPhrases.get('competency')).toBe(2);
    expect(findings.find((f) => f.ruleId === 'language/ot-clinical-words')?.message).toMatch(/active range of motion/);
  });

  it.each([
    ['Share observations with the occupational therapist', 'share'],
    ['Active treatment plans in skilled nursing', 'active'],
    ['Analysis of occupational performance', 'analy'],
    ['Teach independent living skills', 'independen'],
    ['Active Texas occupational therapy assistant license', 'active'],
    ['De-escalate challenging behaviors', 'challeng'],
    ['Lead therapeutic groups on coping skills', 'lead'],
    ['Apply occupational therapy principles', 'principle'],
  ] as const)('"%s" does not count %s*', (text, stem) => {
    const coding = genderCoding(makePosting({ extraRequirements: [text] }));
    expect(coding.masculine.has(stem) || coding.feminine.has(stem), text).toBe(false);
  });

  it.each([
    ['An active, competitive team player', 'active'],
    ['Competitive pay for a driven clinician', 'compet'],
    ['Analytical, objective thinker', 'objective'],
    ['A dominant personality', 'domina'],
    ['Lead the team', 'lead'],
  ] as const)('"%s" still counts %s* (only the clinical phrase is excluded)', (text, stem) => {
    const coding = genderCoding(makePosting({ extraRequirements: [text] }));
    expect(coding.masculine.has(stem), text).toBe(true);
  });

  it('every phrase pattern is global (so every occurrence is blanked) and matches its own label', () => {
    for (const { label, pattern } of OT_CLINICAL_PHRASES) {
      expect(pattern.flags, label).toContain('g');
      if (!label.includes('/')) expect(label.replace(pattern, ''), label).not.toBe(label);
    }
  });

  it('a genuinely masculine-coded posting still gets the warning', () => {
    const findings = run({
      specialty: 'hand-upper-extremity',
      extraRequirements: ['Ambitious, assertive, competitive self-starter who leads decisively', 'Independent, analytical and dominant in a fast, challenging environment'],
    });
    expect(findings.find((f) => f.ruleId === 'language/gender-balance')?.severity).toBe('warning');
  });
});

describe('our own postings: no gender-balance warning for any specialty × setting', () => {
  const STATES: (StateCode | undefined)[] = [undefined, 'CA', 'TX', 'CO', 'NY', 'VI'];
  for (const specialty of SPECIALTY_IDS) {
    it(specialty, () => {
      for (const setting of SETTING_IDS) {
        for (const state of STATES) {
          for (const options of [{}, { physicalDemands: 'ada' as const }, { wording: 'original' as const }]) {
            const posting = tailor({ specialty, setting, state, ...options });
            const balance = runChecks(posting, ctx).find((f) => f.ruleId === 'language/gender-balance');
            expect(balance?.severity, `${specialty}/${setting}/${state ?? '-'} ${JSON.stringify(options)}: ${balance?.message}`).not.toBe('warning');
          }
        }
      }
    });
  }
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
