import { describe, expect, it } from 'vitest';
import { checkText } from './check-text';
import { runChecks } from './index';
import { makePosting } from './fixtures';

const today = '2026-12-03';
const ids = (text: string, extra = {}) => checkText(text, { format: 'text', today, ...extra }).map((f) => f.ruleId);

describe('checkText: free text through the same rules', () => {
  it('an OTA posting that demands CHT or OTR/L gets a credential error with a quote and a suggestion', () => {
    const findings = checkText('Occupational Therapy Assistant\nRequirements:\n- CHT certification required\n- OTR/L license required', { format: 'text', today });
    const cht = findings.find((f) => f.ruleId === 'credentials/cht-not-open-to-ota');
    const otr = findings.find((f) => f.ruleId === 'credentials/otr-not-open-to-ota');
    expect(cht).toMatchObject({ severity: 'error', quote: 'CHT certification required' });
    expect(otr).toMatchObject({ severity: 'error', quote: 'OTR/L license required' });
    expect(otr?.suggestion).toMatch(/occupational therapy assistant license/);
    expect(otr?.sourceUrl).toMatch(/^https:/);
  });

  it('a fallback state (the side panel\'s) applies only when the text names none', () => {
    const noState = 'Occupational Therapy Assistant\nJoin our clinic. Pay: DOE';
    expect(ids(noState)).not.toContain('pay/range-missing@CO');
    expect(ids(noState, { fallbackState: 'CO' })).toContain('pay/range-missing@CO');
    // The page's own words win: a Texas posting is not held to Colorado's law because the panel says CO.
    const texas = `${noState}\nLocation: Austin, TX`;
    expect(ids(texas, { fallbackState: 'CO' })).not.toContain('pay/range-missing@CO');
  });

  it('the same demands in an occupational therapist posting, or naming the supervising OTR/L, are not flagged', () => {
    expect(ids('Occupational Therapist\nRequirements:\n- OTR/L license required\n- CHT preferred')).not.toContain('credentials/otr-not-open-to-ota');
    expect(ids('COTA\nRequirements:\n- Must work under the supervision of an OTR/L')).not.toContain('credentials/otr-not-open-to-ota');
  });

  it('generated postings keep their line ids and fixes, and never carry a quote', () => {
    const findings = runChecks(makePosting({ state: 'CO', extraRequirements: ['CHT required'] }), { today });
    const cht = findings.find((f) => f.ruleId === 'credentials/cht-not-open-to-ota');
    expect(cht?.lineId).toBeDefined();
    expect(cht?.fix?.label).toBe('Remove this line');
    expect(findings.every((f) => f.quote === undefined)).toBe(true);
  });

  it('form fields: title, requirements and benefits fields add to the description', () => {
    const alone = ids('We are hiring in Denver, CO. Pay: $29.50 – $36.00 per hour.');
    expect(alone).toContain('pay/benefits-missing@CO');
    expect(alone).toContain('structure/requirements-missing');
    const withFields = checkText(
      { description: 'We are hiring in Denver, CO. Pay: $29.50 – $36.00 per hour.', title: 'COTA', requirements: 'Colorado OTA license', benefits: 'Dental, 401(k)' },
      { format: 'text', today },
    ).map((f) => f.ruleId);
    expect(withFields).not.toContain('pay/benefits-missing@CO');
    expect(withFields).not.toContain('structure/requirements-missing');
    expect(withFields).not.toContain('structure/title-missing');
  });

  it('statutory title: one finding, quoting the words, suggesting the protected title', () => {
    const findings = checkText('Occupational Therapist Assistant\nWe need occupational therapist assistants.', { format: 'text', today });
    const title = findings.filter((f) => f.ruleId === 'credentials/statutory-title');
    expect(title).toHaveLength(1);
    expect(title[0]).toMatchObject({ quote: 'Occupational Therapist Assistant', suggestion: 'Occupational Therapy Assistant' });
  });

  it('body-method demands without the accommodation clause warn; with it they do not', () => {
    expect(ids('OTA\n- Lift 50 lbs')).toContain('physical/no-accommodation');
    expect(ids('OTA\n- Lift 50 lbs, with or without reasonable accommodation')).not.toContain('physical/no-accommodation');
    const finding = checkText('OTA\n- Stand for 8 hours without restriction', { format: 'text', today }).find((f) => f.ruleId === 'physical/no-accommodation');
    expect(finding?.suggestion).toBe('Stand for 8 hours, with or without reasonable accommodation');
  });

  it('DOE is quoted as what stands in for the range', () => {
    const finding = checkText('OTA in Denver, CO. Pay: DOE', { format: 'text', today }).find((f) => f.ruleId === 'pay/range-missing@CO');
    expect(finding?.quote).toBe('DOE');
  });
});

describe('checkText on hostile page text', () => {
  it('finishes on unclosed tags, digit runs, endless capitals and emphasis markers', () => {
    const inputs = [
      '<a "'.repeat(15_000),
      '<a<a<a'.repeat(10_000),
      `$${'1'.repeat(50_000)}`,
      `${'A'.repeat(50_000)}, CO`,
      ' _x'.repeat(20_000),
      '**'.repeat(30_000),
    ];
    for (const text of inputs) {
      for (const format of ['text', 'markdown', 'html'] as const) {
        expect(Array.isArray(checkText(text, { format, today }))).toBe(true);
      }
    }
  });
});

describe('checkText: pay written with benefits, bonuses and extras beside it', () => {
  it.each([
    '$28.00-$34.00/hr, 401(k) match',
    '$40-$48/hr (401k match)',
    '$40–$48/hour. Sign-on bonus of $3,000.',
    '$40–$48 per hour + bonus',
    'We offer a $2,000 relocation allowance and pay $40–$48 per hour.',
  ])('"%s" is a disclosed base range in Colorado', (pay) => {
    expect(ids(`OTA in Denver, CO. Pay: ${pay}`)).not.toContain('pay/range-missing@CO');
  });

  it.each(['Bonus pay $2,000', '$5,000 sign-on bonus'])('"%s" alone is still no pay range', (pay) => {
    expect(ids(`OTA in Denver, CO. ${pay}`)).toContain('pay/range-missing@CO');
  });

  it('"plus benefits" after a range is not open-ended pay; "$40 plus" still is', () => {
    expect(ids('OTA in Minneapolis, MN. Pay: $40–$48 per hour plus benefits')).not.toContain('pay/open-ended@MN');
    expect(ids('OTA in Chicago, IL. Pay: $40–$48 per hour plus benefits')).not.toContain('pay/open-ended@IL');
    expect(ids('OTA in Minneapolis, MN. Pay: $40 per hour plus')).toContain('pay/open-ended@MN');
  });

  it('"reimbursement" and "bonuses" lines are not read as open-ended base pay', () => {
    expect(ids('OTA in Minneapolis, MN. Pay: $40–$48 per hour.\nMileage reimbursement at a rate of up to $0.67 a mile.')).not.toContain('pay/open-ended@MN');
    expect(ids('OTA in Minneapolis, MN. Pay: $40–$48 per hour.\nQuarterly bonuses of up to $2,000 per year.')).not.toContain('pay/open-ended@MN');
  });

  it('a yearly-looking figure without a unit is suggested per year, an hourly one per hour', () => {
    const unit = (text: string) => checkText(text, { format: 'text', today }).find((f) => f.ruleId === 'pay/unit-missing')?.suggestion;
    expect(unit('OTA in Austin, TX. Compensation $85,000–$95,000')).toBe('$85,000–$95,000 per year');
    expect(unit('OTA in Austin, TX. Pay: $28–$34')).toBe('$28–$34 per hour');
  });
});

describe('checkText: gender coding in free text', () => {
  it('"depending on experience" is not counted as a clinical "depend*" word', () => {
    const clinical = (text: string) => checkText(text, { format: 'text', today }).find((f) => f.ruleId === 'language/ot-clinical-words')?.message ?? '';
    expect(clinical('OTA\nPay depending on experience.\nSupport clients.')).not.toMatch(/\bdepend\*/);
    expect(clinical('OTA\nClients are dependent on daily care.')).toMatch(/\bdepend\*/);
  });
});

describe('checkText: the gender-balance quote', () => {
  it('quotes the masculine-coded words as written, not their stems', () => {
    const text = 'OTA\nWe want an Ambitious, competitive, decisive leader. Competitive pay.';
    const balance = checkText(text, { format: 'text', today }).find((f) => f.ruleId === 'language/gender-balance');
    expect(balance?.severity).toBe('warning');
    expect(balance?.quote).toBe('Ambitious, competitive, decisive, leader');
  });
});
