// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseManagedPolicy, type OrganizationPolicySource } from '../../presets/managed';
import type { PresetsStore } from '../../presets/store';
import { byButton, byLabel, choose, click, settle, sidePanelMounting, typeInto } from '../common/testUtils';

const policyValues = {
  organizationPresets: [
    { id: 'school', name: 'School OTA', options: { specialty: 'pediatrics', setting: 'school-district', location: 'Dayton, OH' } },
  ],
  organizationDefaults: { company: 'Acme Health', aboutUs: 'Acme runs 12 clinics.', eeo: true },
  lockedFields: ['company', 'eeo'],
};

const panel = sidePanelMounting();
let container: HTMLElement;
let presetsStore: PresetsStore;

async function mount(values: unknown = policyValues) {
  const organization: OrganizationPolicySource = { read: async () => parseManagedPolicy(values), watch: () => () => {} };
  const mounted = await panel.mount({ organization });
  ({ container, presetsStore } = mounted);
  await settle();
  return mounted.tailorStore;
}

const preview = () => container.querySelector<HTMLElement>('[data-testid="posting-preview"]')!;
const picker = () => byLabel<HTMLSelectElement>(container, 'Preset');
const isLocked = (control: HTMLElement) => control.closest('fieldset[disabled]') !== null;

describe('side panel with an organization policy', () => {
  it('lists organization presets read-only under an "Organization" group after personal presets', async () => {
    await mount();
    presetsStore.getState().create('Mine', {});
    await settle();
    const group = picker().querySelector('optgroup');
    expect(group?.getAttribute('label')).toBe('Organization');
    expect([...group!.querySelectorAll('option')].map((o) => [o.value, o.textContent])).toEqual([['org:school', 'School OTA (read-only)']]);
    const personal = [...picker().querySelectorAll(':scope > option')].map((o) => o.textContent);
    expect(personal).toEqual(['— New posting —', 'Mine']);
  });

  it('loads an organization preset, keeps Update disabled for it, and "Save as preset" makes a personal copy', async () => {
    const tailor = await mount();
    await choose(picker(), 'org:school');
    expect(tailor.getState().presetId).toBe('org:school');
    expect(byLabel(container, 'Location').value).toBe('Dayton, OH');
    expect(container.textContent).toContain('Organization presets are read-only');

    await typeInto(byLabel(container, 'Location'), 'Akron, OH');
    expect(byButton(container, 'Update preset').disabled).toBe(true);

    await click(byButton(container, 'Save as preset'));
    await typeInto(byLabel(container, 'New preset name'), 'My Akron copy');
    await click(byButton(container, 'Save'));
    await settle();
    const saved = Object.values(presetsStore.getState().presets);
    expect(saved.map((p) => [p.name, p.options.location])).toEqual([['My Akron copy', 'Akron, OH']]);
    expect(tailor.getState().presetId).toBe(saved[0]!.id);
    expect(byButton(container, 'Update preset').disabled).toBe(true); // nothing changed since the save
    await typeInto(byLabel(container, 'Location'), 'Kent, OH');
    expect(byButton(container, 'Update preset').disabled).toBe(false); // personal: editable
  });

  it('locks the organization fields with a note, shows their values and uses them in the preview', async () => {
    const tailor = await mount();
    const company = byLabel(container, 'Company name');
    expect(isLocked(company)).toBe(true);
    expect(company.value).toBe('Acme Health');
    expect(isLocked(byLabel(container, 'Include the EEO statement'))).toBe(true);
    expect(container.textContent).toContain('Set by your organization');
    expect(isLocked(byLabel(container, 'Location'))).toBe(false);
    expect(isLocked(byLabel(container, 'About us'))).toBe(false);
    expect(preview().textContent).toContain('Acme Health');
    expect(preview().textContent).toContain('Acme runs 12 clinics.'); // unlocked default fills a blank

    // Even a personal preset with its own company and EEO off cannot get past the lock.
    tailor.getState().load({ company: 'Rogue Clinic', eeo: false, aboutUs: 'Our own words.' }, null);
    await settle();
    expect(byLabel(container, 'Company name').value).toBe('Acme Health');
    expect(preview().textContent).not.toContain('Rogue Clinic');
    expect(preview().textContent).toContain('Our own words.');
    expect(preview().textContent).not.toContain('Acme runs 12 clinics.');
  });

  it('without a policy shows no Organization group, no lock and no note', async () => {
    await mount({});
    expect(picker().querySelector('optgroup')).toBeNull();
    expect(container.querySelector('fieldset[disabled]')).toBeNull();
    expect(container.textContent).not.toContain('Set by your organization');
  });

  it('reports skipped policy entries as a notice and still shows the valid ones', async () => {
    await mount({ organizationPresets: [...policyValues.organizationPresets, { id: 'x', name: 'Bad', options: { aboutUs: '<b>hi</b>' } }] });
    expect(container.textContent).toMatch(/Organization policy: Organization preset "Bad" was skipped/);
    expect(picker().querySelectorAll('optgroup option')).toHaveLength(1);
  });
});
