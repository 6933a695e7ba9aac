import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { PresetsSnapshot } from '../presets/read-only';
import { tailor } from '../template';
import { choosePosting, loadCurrentPosting, POLICY_NOT_LOADED, PresetMissingError, PresetUnusableError, TEMPLATE_CHOICE_ID } from './posting-source';

beforeEach(() => fakeBrowser.reset());

const snapshot = (over: Partial<PresetsSnapshot> = {}): PresetsSnapshot => ({
  personal: [
    { id: 'tx', name: 'Texas peds', options: { specialty: 'pediatrics', state: 'TX' }, group: 'personal' },
    { id: 'broken', name: 'Bad pay', options: { payMin: 40, payMax: 20, payUnit: 'hour' }, group: 'personal' },
  ],
  organization: [{ id: 'org:snf', name: 'SNF', options: { setting: 'skilled-nursing' }, group: 'organization' }],
  defaultId: 'tx',
  unreadable: [],
  rules: { defaults: {}, lockedFields: [] },
  ...over,
});

describe('choosePosting', () => {
  it('tailors the named preset, personal or organization', () => {
    const picked = choosePosting(snapshot(), 'org:snf');
    expect(picked.ok && picked.posting).toEqual(tailor({ setting: 'skilled-nursing' }));
    expect(picked.ok && picked.preset?.name).toBe('SNF');
  });

  it('uses the default preset when none is named, else the template', () => {
    const byDefault = choosePosting(snapshot());
    expect(byDefault.ok && byDefault.posting).toEqual(tailor({ specialty: 'pediatrics', state: 'TX' }));
    const noDefault = choosePosting(snapshot({ defaultId: null }));
    expect(noDefault.ok && noDefault.posting).toEqual(tailor({}));
    expect(noDefault.ok && noDefault.preset).toBeNull();
    const template = choosePosting(snapshot(), TEMPLATE_CHOICE_ID);
    expect(template.ok && template.posting).toEqual(tailor({}));
  });

  it('names a preset that no longer tailors and the reason, instead of falling back', () => {
    const result = choosePosting(snapshot(), 'broken');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(PresetUnusableError);
    expect(result.error.message).toMatch(/^The preset “Bad pay” can't be used: .*pay.*Fix it in the side panel/);
    // A broken default is reported too: the shortcut must not quietly insert the plain template.
    expect(choosePosting(snapshot({ defaultId: 'broken' })).ok).toBe(false);
  });

  it('applies the organization defaults and locked fields to every choice', () => {
    const rules = { defaults: { company: 'Acme Health', state: 'CA' }, lockedFields: ['company'] };
    const personal = choosePosting(snapshot({ rules }), 'tx');
    // Locked company wins; the preset's own state stays (a default only fills blanks).
    expect(personal.ok && personal.posting).toEqual(tailor({ specialty: 'pediatrics', state: 'TX', company: 'Acme Health' }));
    const template = choosePosting(snapshot({ rules }), TEMPLATE_CHOICE_ID);
    expect(template.ok && template.posting).toEqual(tailor({ company: 'Acme Health', state: 'CA' }));
  });

  it('says so when the picked preset is gone', () => {
    const result = choosePosting(snapshot(), 'deleted');
    expect(!result.ok && result.error).toBeInstanceOf(PresetMissingError);
  });
});

describe('loadCurrentPosting', () => {
  it('reads the presets from storage', async () => {
    await fakeBrowser.storage.sync.set({
      'preset:p1': { id: 'p1', name: 'Ohio', options: { state: 'OH' }, createdAt: 1, updatedAt: 1 },
      'presets:meta': { schemaVersion: 1, order: ['p1'], defaultPresetId: 'p1', updatedAt: 1 },
    });
    expect(await loadCurrentPosting()).toEqual(tailor({ state: 'OH' }));
    expect(await loadCurrentPosting(TEMPLATE_CHOICE_ID)).toEqual(tailor({}));
    await expect(loadCurrentPosting('nope')).rejects.toThrow(PresetMissingError);
  });

  it('refuses to build a posting while the organization policy has not loaded (its locked fields must hold)', async () => {
    await expect(loadCurrentPosting(undefined, snapshot({ organizationLate: true }))).rejects.toThrow(POLICY_NOT_LOADED);
    expect(await loadCurrentPosting(undefined, snapshot())).toEqual(tailor({ specialty: 'pediatrics', state: 'TX' }));
  });

  it('is the plain template with no presets at all', async () => {
    expect(await loadCurrentPosting()).toEqual(tailor({}));
  });
});
