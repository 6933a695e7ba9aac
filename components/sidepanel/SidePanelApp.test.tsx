// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createPresetsStore, type PresetsStore } from '../../presets/store';
import { JURISDICTIONS, SPECIALTIES } from '../../template/index';
import { postingChecks } from '../../app/checks-adapter';
import type { InsertPort, PageCheckContext, PageCheckPort } from '../../app/ports';
import { presetsPortFrom } from '../common/presetsAdapter';
import { SidePanelApp } from './SidePanelApp';
import { byButton, byLabel, choose, click, settle, sidePanelMounting, typeInto } from '../common/testUtils';
import { createTailorStore } from '../../app/tailor-state';

const panel = sidePanelMounting();
let container: HTMLElement;
let presetsStore: PresetsStore;

async function mount(extra: { checks?: typeof postingChecks; inserter?: InsertPort; pageCheck?: PageCheckPort } = {}) {
  const mounted = await panel.mount(extra);
  ({ container, presetsStore } = mounted);
  return mounted.tailorStore;
}

const preview = () => container.querySelector<HTMLElement>('[data-testid="posting-preview"]')!;

describe('side panel', () => {
  it('Check the page hands the chosen license state on, for a page whose text names none', async () => {
    const seen: Array<PageCheckContext | undefined> = [];
    const pageCheck: PageCheckPort = {
      check: async (context) => (seen.push(context), { ok: false, message: 'nothing read' }),
      copy: async () => true,
    };
    const store = await mount({ pageCheck });
    await act(() => store.getState().patch({ state: 'CO' }));
    await settle();
    await click(byButton(container, 'Check the page'));
    await settle();
    expect(seen).toEqual([{ fallbackState: 'CO' }]);
  });

  it('labels every control the e2e tests drive by name', async () => {
    await mount();
    for (const label of ['Specialty', 'Setting', 'License state', 'Company name', 'Location', 'Pay minimum', 'Pay maximum', 'Pay unit', 'Benefits']) {
      expect(byLabel(container, label)).toBeTruthy();
    }
    for (const name of ['Copy', 'Save as preset', 'Update preset']) expect(byButton(container, name)).toBeTruthy();
  });

  it('changing Specialty updates the preview', async () => {
    await mount();
    const pediatrics = SPECIALTIES.find((s) => s.id === 'pediatrics')!;
    expect(preview().textContent).not.toContain(pediatrics.title);
    await choose(byLabel<HTMLSelectElement>(container, 'Specialty'), 'pediatrics');
    expect(preview().textContent).toContain(pediatrics.title);
    expect(preview().querySelector('h2, h3, p, li')).not.toBeNull();
  });

  it('Wording: Standard by default; "Original template" switches the preview to the template\'s words and back', async () => {
    await mount();
    expect(byLabel(container, 'Standard (occupational therapy assistant)').checked).toBe(true);
    expect(preview().textContent).toContain('Occupational Therapy Assistant');
    expect(preview().textContent).not.toMatch(/occupational therapist assistant/i);
    await click(byLabel(container, 'Original template'));
    expect(preview().textContent).toContain('Occupational Therapist Assistant');
    expect(preview().textContent).toContain('Associate’s degree in Occupational Therapy');
    expect(container.textContent).toMatch(/Word for word as published/);
    await click(byLabel(container, 'Standard (occupational therapy assistant)'));
    expect(preview().textContent).not.toMatch(/occupational therapist assistant/i);
  });

  it('shows a hostile company name as text, creating no element or attribute', async () => {
    await mount();
    const hostile = '<img src=x onerror=alert(1)>';
    await typeInto(byLabel(container, 'Company name'), hostile);
    expect(preview().textContent).toContain(hostile);
    expect(preview().querySelector('img, script, [onerror], [src]')).toBeNull();
    const attributes = [...preview().querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name));
    expect(attributes).toEqual([]);
  });

  it('says "verify with the board" for a non-H state and not for an H state', async () => {
    await mount();
    const high = JURISDICTIONS.find((j) => j.provenance.confidence === 'H')!;
    const lower = JURISDICTIONS.find((j) => j.provenance.confidence !== 'H')!;
    const facts = () => container.querySelector<HTMLElement>('.facts')!;

    await typeInto(byLabel(container, 'License state'), high.code);
    expect(facts().textContent).toContain(high.name);
    if (high.board) expect(facts().textContent).toContain(high.board);
    expect(facts().textContent).not.toMatch(/verify with the board/i);

    await typeInto(byLabel(container, 'License state'), lower.name);
    expect(facts().textContent).toContain(lower.name);
    expect(facts().textContent).toMatch(/verify with the board/i);
  });

  it('shows "Unsaved changes" after an edit and clears it after saving a preset', async () => {
    await mount();
    expect(container.textContent).not.toContain('Unsaved changes');
    await typeInto(byLabel(container, 'Company name'), 'Riverside Therapy');
    expect(container.textContent).toContain('Unsaved changes');
    expect(container.querySelector('h2')?.textContent).toContain('*');

    await click(byButton(container, 'Save as preset'));
    await typeInto(byLabel(container, 'New preset name'), 'Riverside outpatient');
    await click(byButton(container, 'Save'));
    await settle();
    expect(container.textContent).not.toContain('Unsaved changes');
    expect(container.textContent).toContain('Preset: Riverside outpatient');

    // It really reached storage, with the edited options.
    const stored = Object.values(await fakeBrowser.storage.sync.get(null)).filter(
      (value) => (value as { name?: string })?.name === 'Riverside outpatient',
    );
    expect(stored).toHaveLength(1);
    expect((stored[0] as { options: { company?: string } }).options.company).toBe('Riverside Therapy');

    // A further edit marks it dirty again, and Update preset clears it.
    await typeInto(byLabel(container, 'Location'), 'Denver, CO');
    expect(container.textContent).toContain('Unsaved changes');
    await click(byButton(container, 'Update preset'));
    await settle();
    expect(container.textContent).not.toContain('Unsaved changes');
  });

  it('shows a loading state and offers no save before presets are loaded', async () => {
    container = panel.container;
    const pending = createPresetsStore({ flushOnPageHide: false });
    // Not awaited: the store is still loading while the panel renders.
    await act(() => {
      render(<SidePanelApp store={createTailorStore()} presets={presetsPortFrom(pending)} />, container);
    });
    expect(pending.getState().hydrated).toBe(false);
    expect(container.textContent).toContain('Loading presets');
    expect(() => byButton(container, 'Save as preset')).toThrow();
    await pending.ready;
    await settle();
    expect(byButton(container, 'Save as preset')).toBeTruthy();
    pending.destroy();
  });

  it('lists check findings and applies a one-click fix to the options', async () => {
    const tailorStore = await mount({ checks: postingChecks });
    const fix = byButton(container, 'Use ADA-friendly wording');
    expect(container.querySelector('.findings')?.textContent).toMatch(/physical|lift|stand/i);
    await click(fix);
    expect(tailorStore.getState().options.physicalDemands).toBe('ada');
    expect(() => byButton(container, 'Use ADA-friendly wording')).toThrow();
    expect(container.textContent).toContain('Unsaved changes');
  });

  it('sends the whole posting or one section to the inserter and shows its answer', async () => {
    const calls: { title: string; section: string | undefined }[] = [];
    const inserter: InsertPort = {
      async insert(posting, section) {
        calls.push({ title: posting.title, section });
        return { ok: true, message: 'Inserted into “Job description”.' };
      },
      async fill() {
        return { ok: false, message: 'No posting form fields were found on this page.' };
      },
    };
    await mount({ inserter });
    await choose(byLabel<HTMLSelectElement>(container, 'Specialty'), 'geriatrics');
    await click(byButton(container, 'Insert'));
    await settle();
    expect(calls).toEqual([{ title: SPECIALTIES.find((s) => s.id === 'geriatrics')!.title, section: undefined }]);
    expect(container.textContent).toContain('Inserted into “Job description”.');

    await choose(byLabel<HTMLSelectElement>(container, 'Part to insert'), 'requirements');
    await click(byButton(container, 'Insert Requirements here'));
    await settle();
    expect(calls[1]?.section).toBe('requirements');

    await click(byButton(container, 'Fill form'));
    await settle();
    expect(container.querySelector('.actions .status.error')?.textContent).toContain('No posting form fields');
  });

  it('asks before a preset pick throws away unsaved edits', async () => {
    const tailorStore = await mount();
    const saved = presetsStore.getState().create('Home health Ohio', { setting: 'home-health', state: 'OH' });
    await settle();
    await typeInto(byLabel(container, 'Company name'), 'Unsaved Co');
    await choose(byLabel<HTMLSelectElement>(container, 'Preset'), saved.id);
    expect(tailorStore.getState().options.company).toBe('Unsaved Co');
    expect(container.textContent).toContain('Discard your unsaved changes and load Home health Ohio?');

    await click(byButton(container, 'Keep editing'));
    expect(tailorStore.getState().options.company).toBe('Unsaved Co');

    await choose(byLabel<HTMLSelectElement>(container, 'Preset'), saved.id);
    await click(byButton(container, 'Discard changes'));
    expect(tailorStore.getState().options).toEqual({ setting: 'home-health', state: 'OH' });
    expect(tailorStore.getState().presetId).toBe(saved.id);
    expect(container.textContent).not.toContain('Unsaved changes');
    expect((byLabel<HTMLSelectElement>(container, 'Setting')).value).toBe('home-health');
  });

  it('starts from the default preset once presets load', async () => {
    const seeded = createPresetsStore({ flushOnPageHide: false, storageOptions: { debounceMs: 0 } });
    await seeded.ready;
    const preset = seeded.getState().create('Default peds', { specialty: 'pediatrics', company: 'Kids OT' });
    seeded.getState().setDefault(preset.id);
    await seeded.getState().flush();
    seeded.destroy();

    const tailorStore = await mount();
    await settle();
    expect(tailorStore.getState().presetId).toBe(preset.id);
    expect(byLabel(container, 'Company name').value).toBe('Kids OT');
    expect(container.textContent).not.toContain('Unsaved changes');
  });

  it('drops a template bullet by id and leaves it out of the preview', async () => {
    const tailorStore = await mount();
    const details = container.querySelector('details')!;
    details.open = true;
    const firstRequirement = [...container.querySelectorAll('fieldset.template-lines')]
      .find((fs) => fs.querySelector('legend')?.textContent === 'Template requirements')!
      .querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    const lineText = container.querySelector(`label[for="${firstRequirement.id}"]`)!.textContent!;
    expect(preview().textContent).toContain(lineText);
    await click(firstRequirement);
    expect(tailorStore.getState().options.dropLines).toHaveLength(1);
    expect(preview().textContent).not.toContain(lineText);
    await click(firstRequirement);
    expect(tailorStore.getState().options.dropLines).toBeUndefined();
    expect(preview().textContent).toContain(lineText);
  });

  it('adds an extra requirement that shows in the preview, and switches a section off', async () => {
    const tailorStore = await mount();
    await typeInto(byLabel(container, 'New item for extra requirements'), 'Bilingual English/Spanish preferred');
    await click([...container.querySelectorAll('button')].filter((b) => b.textContent === 'Add')[1]!);
    expect(preview().textContent).toContain('Bilingual English/Spanish preferred');

    expect(preview().textContent).toContain('Job brief');
    await click(byLabel(container, 'Job brief'));
    expect(tailorStore.getState().options.sections).toEqual({ brief: false });
    expect(preview().textContent).not.toContain('Job brief');
  });

  it('survives a minimum pay above the maximum while typing: keeps the preview, blocks Copy, says why', async () => {
    await mount();
    await typeInto(byLabel(container, 'Pay minimum'), '30');
    await typeInto(byLabel(container, 'Pay maximum'), '38');
    const good = preview().textContent;
    expect(good).toMatch(/30/);
    await typeInto(byLabel(container, 'Pay maximum'), '3'); // on the way to "35"
    expect(preview().textContent).toBe(good);
    expect(container.textContent).toContain('The preview is paused');
    expect(byButton(container, 'Copy').disabled).toBe(true);
    await typeInto(byLabel(container, 'Pay maximum'), '35');
    expect(container.textContent).not.toContain('The preview is paused');
    expect(byButton(container, 'Copy').disabled).toBe(false);
    expect(preview().textContent).toMatch(/35/);
  });

  it('offers the ADA figures only with ADA wording, and refuses zero hours', async () => {
    const tailorStore = await mount();
    expect(() => byLabel(container, 'Hours on feet at a time')).toThrow();
    await click(byLabel(container, 'ADA essential-functions wording (with accommodation)'));
    expect(tailorStore.getState().options.physicalDemands).toBe('ada');
    await typeInto(byLabel(container, 'Hours on feet at a time'), '0');
    expect(container.textContent).toContain('Enter a number above zero');
    expect(tailorStore.getState().options.adaStandHours).toBeUndefined();
    await typeInto(byLabel(container, 'Hours on feet at a time'), '6');
    await typeInto(byLabel(container, 'Pounds moved with assists'), '35');
    expect(preview().textContent).toContain('up to 6 hours at a time');
    expect(preview().textContent).toContain('up to 35 lb');
  });

  it('asks before inserting twice, and inserts again with force only when confirmed', async () => {
    const calls: unknown[] = [];
    const inserter: InsertPort = {
      async insert(_posting, section, options) {
        calls.push({ section, options });
        return calls.length === 1
          ? { ok: false, message: 'Already inserted into Description', followUp: { kind: 'repeat', label: 'Description' } }
          : { ok: true, message: 'Inserted into Description' };
      },
      async fill() {
        return { ok: false, message: '' };
      },
    };
    await mount({ inserter });
    await click(byButton(container, 'Insert'));
    await settle();
    expect(container.textContent).toContain('This posting is already in Description.');
    await click(byButton(container, 'Insert it again'));
    await settle();
    expect(calls).toEqual([{ section: undefined, options: undefined }, { section: undefined, options: { force: true } }]);
    expect(container.textContent).not.toContain('This posting is already in');
    expect(container.textContent).toContain('Inserted into Description');
  });
});
