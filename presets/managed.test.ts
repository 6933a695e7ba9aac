import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { TailorOptions } from '../template/types';
import {
  applyOrganizationPolicy,
  EMPTY_ORGANIZATION_POLICY,
  isOrganizationPresetId,
  managedPolicySource,
  parseManagedPolicy,
  readOrganizationPolicy,
  type ManagedChangeEvents,
} from './managed';
import { validatePreset } from './schema';

const samplePolicy = {
  organizationPresets: [
    { id: 'school', name: 'School OTA', options: { specialty: 'pediatrics', setting: 'school-district', state: 'OH' } },
    { id: 'snf', name: 'SNF nights', options: { setting: 'skilled-nursing', company: 'Someone else' } },
  ],
  organizationDefaults: { company: 'Acme Health', benefits: ['401(k)', 'CEU stipend'], eeo: true, aboutUs: 'We care.' },
  lockedFields: ['company', 'eeo'],
  defaultPresetId: 'snf',
};

const areaWith = (value: unknown) => ({ get: vi.fn(async () => value) });

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('parseManagedPolicy', () => {
  it('reads presets as read-only org: entries with defaults and locks applied', () => {
    const policy = parseManagedPolicy(samplePolicy);
    expect(policy.notices).toEqual([]);
    expect(policy.presets.map((p) => [p.id, p.name, p.readOnly])).toEqual([
      ['org:school', 'School OTA', true],
      ['org:snf', 'SNF nights', true],
    ]);
    // The locked company beats the preset's own value; blanks take the defaults.
    expect(policy.presets[1]!.options).toEqual({
      setting: 'skilled-nursing',
      company: 'Acme Health',
      benefits: ['401(k)', 'CEU stipend'],
      eeo: true,
      aboutUs: 'We care.',
    });
    expect(policy.presets[0]!.options.state).toBe('OH');
    expect(policy.defaultPresetId).toBe('org:snf');
    expect(policy.lockedFields).toEqual(['company', 'eeo']);
  });

  it('skips invalid presets with a notice naming the preset and the problem, keeping the valid ones', () => {
    const policy = parseManagedPolicy({
      organizationPresets: [
        { id: 'ok', name: 'Fine', options: {} },
        { id: 'bad', name: 'Markup', options: { aboutUs: '<img src=x onerror=alert(1)>' } },
        { id: 'has space', name: 'Bad id', options: {} },
        { id: 'ok', name: 'Duplicate', options: {} },
        { id: 'unknown', name: 'Typo', options: { specialy: 'pediatrics' } },
        'not an object',
        { id: 'no-name', options: {} },
      ],
      defaultPresetId: 'missing',
    });
    expect(policy.presets.map((p) => p.id)).toEqual(['org:ok']);
    expect(policy.notices).toHaveLength(7);
    expect(policy.notices.join('\n')).toMatch(/"Markup" was skipped: options\.aboutUs: HTML or script is not allowed/);
    expect(policy.notices.join('\n')).toMatch(/"Bad id" was skipped: id may only contain/);
    expect(policy.notices.join('\n')).toMatch(/"Duplicate" was skipped: the id "ok" is used twice/);
    expect(policy.notices.join('\n')).toMatch(/"Typo" was skipped: options\.specialy.*not a known option/);
    expect(policy.notices.join('\n')).toMatch(/#6 was skipped/);
    expect(policy.notices.join('\n')).toMatch(/defaultPresetId "missing" names no organization preset/);
    expect(policy.defaultPresetId).toBeUndefined();
  });

  it('drops only the bad default fields and unknown locked fields', () => {
    const policy = parseManagedPolicy({
      organizationDefaults: { company: 'Acme', aboutUs: '<script>x</script>', payMin: -3, nonsense: 1 },
      lockedFields: ['company', 'companyName', 7],
    });
    expect(policy.defaults).toEqual({ company: 'Acme' });
    expect(policy.lockedFields).toEqual(['company']);
    expect(policy.notices).toHaveLength(5);
  });

  it('treats missing, empty and malformed policies as "no organization" without throwing', () => {
    for (const raw of [undefined, null, {}, [], 'text', 42]) expect(parseManagedPolicy(raw)).toEqual(EMPTY_ORGANIZATION_POLICY);
    const wrongTypes = parseManagedPolicy({ organizationPresets: {}, organizationDefaults: [], lockedFields: 'company' });
    expect(wrongTypes.presets).toEqual([]);
    expect(wrongTypes.notices).toHaveLength(3);
  });

  it('never throws and never yields an id a personal preset could have (property)', () => {
    fc.assert(
      fc.property(fc.anything(), fc.array(fc.record({ id: fc.string(), name: fc.string(), options: fc.anything() })), (raw, entries) => {
        for (const input of [raw, { organizationPresets: entries }]) {
          const policy = parseManagedPolicy(input);
          for (const preset of policy.presets) {
            expect(isOrganizationPresetId(preset.id)).toBe(true);
            // The personal schema refuses the org: id, so the two id spaces are disjoint.
            expect(validatePreset({ ...preset, readOnly: undefined, createdAt: 0, updatedAt: 0 }).ok).toBe(false);
            const personal = validatePreset({ id: preset.id.slice(4), name: preset.name, options: preset.options, createdAt: 0, updatedAt: 0 });
            expect(personal.ok).toBe(true);
          }
        }
      }),
    );
  });
});

describe('applyOrganizationPolicy', () => {
  const policy = { defaults: { company: 'Acme', benefits: ['Dental'], eeo: true } as TailorOptions, lockedFields: ['company', 'eeo', 'aboutUs'] as const };

  it('fills blanks, forces locked fields, clears locked fields without an organization value', () => {
    const personal: TailorOptions = { company: 'Mine', eeo: false, aboutUs: 'Our clinic', benefits: [], location: 'Columbus, OH' };
    const result = applyOrganizationPolicy(personal, { ...policy, lockedFields: [...policy.lockedFields] });
    expect(result).toEqual({ company: 'Acme', eeo: true, benefits: ['Dental'], location: 'Columbus, OH' });
    expect(personal.company).toBe('Mine'); // pure
    result.benefits!.push('changed');
    expect(policy.defaults.benefits).toEqual(['Dental']); // no shared arrays
  });

  it('never replaces the prototype and ignores keys that are not options (lockedFields: ["__proto__"])', () => {
    // As a policy or a parsed JSON file delivers it: "__proto__" as an own key.
    const defaults = JSON.parse('{"__proto__": {"company": "Injected"}, "constructor": "x", "company": "Acme"}') as TailorOptions;
    const result = applyOrganizationPolicy({ location: 'Columbus, OH' }, {
      defaults,
      lockedFields: ['__proto__', 'constructor', 'toString', 'company'],
    });
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(Object.keys(result).sort()).toEqual(['company', 'location']);
    expect(result).toEqual({ company: 'Acme', location: 'Columbus, OH' });
    expect(Object.hasOwn(result, 'constructor')).toBe(false);
  });

  it('a policy locking "__proto__" is reported and changes no prototype, in the parsed policy too', () => {
    const policy = parseManagedPolicy(
      JSON.parse('{"organizationDefaults": {"__proto__": {"company": "Injected"}}, "lockedFields": ["__proto__"], "organizationPresets": [{"id": "a", "name": "A", "options": {}}]}'),
    );
    expect(policy.lockedFields).toEqual([]);
    expect(policy.notices.join(' ')).toMatch(/"__proto__" is not a known option/);
    expect(Object.getPrototypeOf(policy.presets[0]!.options)).toBe(Object.prototype);
    expect((policy.presets[0]!.options as Record<string, unknown>).company).toBeUndefined();
  });

  it('keeps unlocked personal values and is idempotent (property)', () => {
    const optionArb = fc.record(
      { company: fc.string(), location: fc.string(), eeo: fc.boolean(), benefits: fc.array(fc.string()), payMin: fc.nat() },
      { requiredKeys: [] },
    );
    const keys = fc.subarray(['company', 'location', 'eeo', 'benefits', 'payMin'] as const);
    fc.assert(
      fc.property(optionArb, optionArb, keys, (options, defaults, locked) => {
        const p = { defaults: defaults as TailorOptions, lockedFields: [...locked] };
        const once = applyOrganizationPolicy(options as TailorOptions, p);
        expect(applyOrganizationPolicy(once, p)).toEqual(once);
        for (const key of Object.keys(options) as Array<keyof typeof options>) {
          const value = options[key];
          const blank = value === '' || (Array.isArray(value) && value.length === 0);
          if (!locked.includes(key) && !blank) expect(once[key]).toEqual(value);
        }
        for (const key of locked) {
          const value = defaults[key];
          const blank = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
          expect(once[key]).toEqual(blank ? undefined : value);
        }
      }),
    );
  });
});

describe('reading browser.storage.managed', () => {
  it('reads and validates the managed values', async () => {
    const area = areaWith(samplePolicy);
    expect((await readOrganizationPolicy(area)).presets.map((p) => p.id)).toEqual(['org:school', 'org:snf']);
    expect(area.get).toHaveBeenCalledWith(null);
  });

  it('uses browser.storage.managed by default (stubbed: fakeBrowser has no managed policy)', async () => {
    const get = vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue(samplePolicy as never);
    expect((await readOrganizationPolicy()).presets).toHaveLength(2);
    expect(get).toHaveBeenCalled();
  });

  it('no policy: a throwing area (Firefox: manifest not found), a rejecting one or undefined give no presets and log nothing', async () => {
    const errors = vi.spyOn(console, 'error');
    const warnings = vi.spyOn(console, 'warn');
    const throwing = {
      get: () => {
        throw new Error('Managed storage manifest not found');
      },
    };
    const rejecting = { get: async () => Promise.reject(new Error('Managed storage manifest not found')) };
    expect(await readOrganizationPolicy(throwing)).toEqual(EMPTY_ORGANIZATION_POLICY);
    expect(await readOrganizationPolicy(rejecting)).toEqual(EMPTY_ORGANIZATION_POLICY);
    expect(await readOrganizationPolicy(areaWith(undefined))).toEqual(EMPTY_ORGANIZATION_POLICY);
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
  });

  it('re-reads on managed changes only, and stops when asked', async () => {
    let current: unknown = {};
    const area = { get: async () => current };
    const listeners = new Set<(changes: Record<string, unknown>, areaName: string) => void>();
    const events: ManagedChangeEvents = { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) };
    const seen: string[][] = [];
    const stop = managedPolicySource(area, events).watch((policy) => seen.push(policy.presets.map((p) => p.id)));
    current = samplePolicy;
    for (const listener of listeners) listener({}, 'sync');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual([]);
    for (const listener of listeners) listener({ organizationPresets: {} }, 'managed');
    await vi.waitFor(() => expect(seen).toEqual([['org:school', 'org:snf']]));
    stop();
    expect(listeners.size).toBe(0);
  });
});
