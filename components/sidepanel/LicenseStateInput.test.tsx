// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JURISDICTIONS } from '../../template/index';
import { STATE_CODES } from '../../template/types';
import { jurisdictionLabel, matchJurisdiction } from './LicenseStateInput';

const names = JURISDICTIONS.map((j) => ({ code: j.code, name: j.name }));

describe('matchJurisdiction', () => {
  it('lists all 54 jurisdictions', () => {
    expect(new Set(names.map((n) => n.code))).toEqual(new Set(STATE_CODES));
  });

  it('finds each jurisdiction by code, name or picker label, in any letter case and with spaces around', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.constantFrom('code', 'name', 'label'),
        fc.boolean(),
        fc.constantFrom('', ' ', '  '),
        (j, form, upper, pad) => {
          const raw = form === 'code' ? j.code : form === 'name' ? j.name : jurisdictionLabel(j);
          const typed = pad + (upper ? raw.toUpperCase() : raw.toLowerCase()) + pad;
          expect(matchJurisdiction(typed, names)?.code).toBe(j.code);
        },
      ),
    );
  });

  it('matches nothing for partial or unknown text', () => {
    expect(matchJurisdiction('Colo', names)).toBeUndefined();
    expect(matchJurisdiction('XX', names)).toBeUndefined();
    expect(matchJurisdiction('', names)).toBeUndefined();
  });
});
