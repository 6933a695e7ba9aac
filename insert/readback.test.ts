import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { arrival, probesFor, squash } from './readback';

const TEXT = 'Occupational Therapist Assistant\n\nResponsibilities\n• Review clients’ physical needs\n• Monitor the progress of plans\n\nRequirements\n• Degree in Occupational Therapy';

describe('arrival', () => {
  const probes = probesFor(TEXT);

  it('is "none" when the field did not change', () => {
    expect(arrival('note', 'note', probes)).toBe('none');
    expect(arrival('note', ' note\n', probes)).toBe('none');
  });

  it('is "complete" when every probe is newly present, however the editor spaced it', () => {
    const rendered = `note\nOccupational Therapist Assistant\nResponsibilities\nReview clients’ physical needs\nMonitor the progress of plans\nRequirements\nDegree in Occupational Therapy\n`;
    expect(arrival('note', rendered, probes)).toBe('complete');
  });

  it('is "partial" when only some of it arrived', () => {
    expect(arrival('note', 'note Occupational Therapist Assistant Responsibilities', probes)).toBe('partial');
  });

  it('counts a second copy as new (force insert) and an old copy as not new', () => {
    expect(arrival(TEXT, `${TEXT}\n${TEXT}`, probes)).toBe('complete');
    expect(arrival(TEXT, `${TEXT}!`, probes)).toBe('partial');
  });

  it('holds for any prefix the user had typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (before) => {
        expect(arrival(before, before + TEXT, probes)).toBe('complete');
      }),
    );
  });
});

describe('squash', () => {
  it('drops bullets, heading marks, spacing and case', () => {
    expect(squash('## Head\n• One\n- Two\n1. Three')).toBe(squash('head one two three'));
  });
});
