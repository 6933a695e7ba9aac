import { describe, expect, it, vi } from 'vitest';

// The checks must read the template's jurisdiction table, not a copy of it: change the table here and the
// checks must follow. (Texas is made a compact member named "Tejas" only inside this test.)
vi.mock('../template/jurisdictions', async (importOriginal) => {
  const real = await importOriginal<typeof import('../template/jurisdictions')>();
  return {
    ...real,
    JURISDICTIONS: real.JURISDICTIONS.map((jurisdiction) =>
      jurisdiction.code === 'TX' ? { ...jurisdiction, name: 'Tejas', compact: 'member' as const } : jurisdiction,
    ),
  };
});

const { OT_COMPACT_MEMBERS } = await import('./credentials');
const { STATE_NAMES, stateName, statesNamedInLocation } = await import('./state-names');
const { JURISDICTIONS } = await import('../template/jurisdictions');

describe('checks derive state names and compact members from template/jurisdictions', () => {
  it('state names follow the table', () => {
    expect(stateName('TX')).toBe('Tejas');
    expect(statesNamedInLocation('Austin, Tejas')).toEqual(['TX']);
    expect(Object.keys(STATE_NAMES).sort()).toEqual(JURISDICTIONS.map((j) => j.code).sort());
  });

  it('compact members follow the table (members plus enacted)', () => {
    expect(OT_COMPACT_MEMBERS.has('TX')).toBe(true);
    expect([...OT_COMPACT_MEMBERS].sort()).toEqual(
      JURISDICTIONS.filter((j) => j.compact !== 'not-member').map((j) => j.code).sort(),
    );
  });
});
