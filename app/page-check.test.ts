import { describe, expect, it } from 'vitest';
import { checkText } from '../checks/check-text';
import { findingsForReply } from './page-check';

const today = '2026-12-03';

describe('findingsForReply', () => {
  it('checks the description with the form fields it came with', () => {
    const result = findingsForReply(
      {
        status: 'ok',
        description: { text: '<p>COTA in Denver, CO</p><p>Pay: $29.50 &ndash; $36.00 per hour</p>', format: 'html', label: 'Job description' },
        title: { text: 'Occupational Therapy Assistant', format: 'text', label: 'Job title' },
        requirements: { text: 'OTR/L license required\nCHT required', format: 'text', label: 'Requirements' },
        benefits: { text: 'Medical, dental & vision insurance', format: 'text', label: 'Benefits' },
      },
      checkText,
      today,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const ids = result.findings.map((f) => f.ruleId);
    expect(ids).toContain('credentials/otr-not-open-to-ota');
    expect(ids).toContain('credentials/cht-not-open-to-ota');
    expect(ids).not.toContain('pay/range-missing@CO');
    expect(ids).not.toContain('pay/benefits-missing@CO');
    expect(result.findings.find((f) => f.ruleId === 'credentials/cht-not-open-to-ota')?.quote).toBe('CHT required');
    expect(result.extraFields).toEqual(['Job title', 'Requirements', 'Benefits']);
  });

  it('explains an empty field, a missing field and a frame it cannot read', () => {
    const empty = findingsForReply({ status: 'ok', description: { text: '<p><br></p>', format: 'html', label: 'Job description' } }, checkText, today);
    expect(empty).toEqual({ ok: false, message: 'Job description is empty: write or insert the posting first.' });
    expect(findingsForReply({ status: 'no-target' }, checkText, today)).toMatchObject({ ok: false });
    expect(findingsForReply({ status: 'focus-in-child-frame' }, checkText, today)).toMatchObject({ ok: false });
    expect(findingsForReply(undefined, checkText, today)).toMatchObject({ ok: false });
  });

  it('the caller’s state wins over the text', () => {
    const reply = { status: 'ok' as const, description: { text: 'OTA in Austin, TX', format: 'text' as const, label: 'Description' } };
    const result = findingsForReply(reply, checkText, today, { state: 'CO' });
    expect(result.ok && result.findings.some((f) => f.ruleId === 'pay/range-missing@CO')).toBe(true);
  });
});
