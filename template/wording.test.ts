import { describe, expect, it } from 'vitest';
import { render, tailor } from './index';
import { SETTING_IDS, SPECIALTY_IDS, type StateCode } from './types';

const THERAPIST_ASSISTANT = /occupational\s+therapist\s+assistant/i;
/** The OTA creating / developing / designing a treatment or care plan (the OT's job). */
const OTA_CREATES_PLANS = /\b(?:creat|develop|design|writ|establish|set)\w*\b[^.;]{0,80}\b(?:treatment|care|intervention|rehabilitati\w*)\s+plans?\b/i;
const ACOTE_EDUCATION = 'Graduate of an ACOTE-accredited occupational therapy assistant program (associate or bachelor’s level)';
const STATES: (StateCode | undefined)[] = [undefined, 'TX', 'CO', 'NY', 'VI'];

describe('the profession’s words by default, over every specialty × setting', () => {
  for (const specialty of SPECIALTY_IDS) {
    for (const setting of SETTING_IDS) {
      it(`${specialty} / ${setting}`, () => {
        for (const state of STATES) {
          const posting = tailor({ specialty, setting, state });
          const text = render(posting, 'text');
          expect(text, state).not.toMatch(THERAPIST_ASSISTANT);
          expect(text, state).toMatch(/occupational therapy assistant/i);
          expect(posting.title).toMatch(/Occupational Therapy Assistant$/);
          expect(text, state).not.toMatch(OTA_CREATES_PLANS);
          expect(text, state).toMatch(/carrying out each client’s plan of care/);
          const requirements = posting.sections.find((s) => s.id === 'requirements')?.bullets.map((l) => l.text) ?? [];
          expect(requirements, state).toContain(ACOTE_EDUCATION);
          expect(text, state).not.toMatch(/degree in Occupational Therapy/i);
        }
      });
    }
  }

  it('the detectors fire on the template’s original wording (so the checks above can fail)', () => {
    const text = render(tailor({ wording: 'original', specialty: 'pediatrics' }), 'text');
    expect(text).toMatch(THERAPIST_ASSISTANT);
    expect(text).toMatch(OTA_CREATES_PLANS);
    expect(text).toMatch(/Associate’s degree in Occupational Therapy/);
    expect(tailor({ wording: 'original', specialty: 'pediatrics' }).title).toBe('Pediatric Occupational Therapist Assistant');
  });

  it('refuses an unknown wording with the valid ids', () => {
    expect(() => tailor({ wording: 'fancy' as never })).toThrow(/Unknown wording "fancy"\. Valid: standard, original/);
  });
});
