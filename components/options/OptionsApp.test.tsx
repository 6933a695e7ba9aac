// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { exportPresets } from '../../presets/import-export';
import { createPresetsStore, selectSortedPresets, type PresetsStore } from '../../presets/store';
import { ImportExportPanel } from './ImportExportPanel';
import { OptionsApp } from './OptionsApp';
import { importExportPortFrom, presetsPortFrom } from '../common/presetsAdapter';
import { byButton, byLabel, click, settle, typeInto } from '../common/testUtils';

let container: HTMLElement;
let store: PresetsStore;
let downloads: { json: string; fileName: string }[];

async function mount() {
  store = createPresetsStore({ flushOnPageHide: false, storageOptions: { debounceMs: 0 } });
  await store.ready;
  store.getState().create('Peds outpatient', { specialty: 'pediatrics', company: 'Sunrise Kids' });
  store.getState().create('SNF Denver', { setting: 'skilled-nursing', state: 'CO' });
  await store.getState().flush();
  await act(() => {
    render(
      <OptionsApp
        presets={presetsPortFrom(store)}
        importExport={<ImportExportPanel port={importExportPortFrom(store)} download={(json, fileName) => downloads.push({ json, fileName })} />}
        loadCommands={async () => [{ name: '_execute_action', shortcut: 'Alt+Shift+O' }]}
      />,
      container,
    );
  });
  await settle();
}

const names = () => selectSortedPresets(store.getState()).map((p) => p.name);
const storedSync = async () => JSON.stringify(await fakeBrowser.storage.sync.get(null));

async function chooseFile(text: string) {
  const input = byLabel(container, 'Import presets file');
  const file = new File([text], 'presets.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

beforeEach(() => {
  fakeBrowser.reset();
  downloads = [];
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(async () => {
  await act(() => render(null, container));
  store?.destroy();
  container.remove();
});

describe('options page', () => {
  it('lists presets and shows the shortcut with where to change it', async () => {
    await mount();
    expect(container.textContent).toContain('Peds outpatient');
    expect(container.textContent).toContain('SNF Denver');
    expect(container.textContent).toContain('Alt+Shift+O');
    expect(container.textContent).toMatch(/chrome:\/\/extensions\/shortcuts|about:addons/);
    expect(container.textContent).toMatch(/Nothing leaves your browser/);
  });

  it('renames, sets the default, deletes and undoes the delete', async () => {
    await mount();
    await click(byButton(container, 'Rename SNF Denver'));
    await typeInto(byLabel(container, 'New name for SNF Denver'), 'SNF Denver nights');
    await click(byButton(container, 'Save name'));
    await settle();
    expect(names()).toContain('SNF Denver nights');

    await click(byButton(container, 'Make SNF Denver nights the default'));
    await settle();
    expect(store.getState().presets[store.getState().defaultPresetId!]?.name).toBe('SNF Denver nights');
    expect(container.textContent).toContain('Default');

    await click(byButton(container, 'Delete Peds outpatient'));
    await settle();
    expect(names()).not.toContain('Peds outpatient');
    expect(await storedSync()).not.toContain('Peds outpatient');
    await click(byButton(container, 'Undo'));
    await settle();
    expect(names()).toContain('Peds outpatient');
    expect(await storedSync()).toContain('Peds outpatient');
  });

  it('duplicates a preset', async () => {
    await mount();
    await click(byButton(container, 'Duplicate Peds outpatient'));
    await settle();
    expect(names().filter((n) => n.startsWith('Peds outpatient'))).toHaveLength(2);
  });

  it('exports every preset as a JSON file', async () => {
    await mount();
    await click(byButton(container, 'Export presets'));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.fileName).toMatch(/^ota-presets-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(downloads[0]!.json) as { presets: { name: string }[] };
    expect(file.presets.map((p) => p.name).sort()).toEqual(['Peds outpatient', 'SNF Denver']);
    expect(container.textContent).toContain('Exported 2 presets');
  });

  it('shows an import error and leaves presets unchanged', async () => {
    await mount();
    const before = await storedSync();
    const namesBefore = names();
    await chooseFile('{"format": "something-else", "presets": []}');
    const alert = container.querySelector('[role="alert"]');
    expect(alert?.textContent).toMatch(/not an OTA Job Post Assistant presets file/);
    await chooseFile('{ not json');
    expect(container.querySelector('[role="alert"]')?.textContent).toMatch(/not valid JSON/);
    expect(names()).toEqual(namesBefore);
    expect(await storedSync()).toBe(before);
  });

  it('asks keep / replace / keep both for a conflicting preset and applies the choice', async () => {
    await mount();
    const existing = selectSortedPresets(store.getState()).find((p) => p.name === 'Peds outpatient')!;
    const incoming = { ...existing, name: 'Peds from file', options: { specialty: 'pediatrics' as const, company: 'Other Co' } };
    const fresh = { ...existing, id: 'fresh-id-1', name: 'Brand new' };
    await chooseFile(exportPresets([incoming, fresh]));
    expect(container.textContent).toContain('“Peds from file” has the same id as your “Peds outpatient”');
    expect(names()).not.toContain('Brand new'); // nothing written before the choice

    await click(byLabel(container, 'Keep both'));
    await click(byButton(container, 'Import'));
    await settle();
    expect(names()).toEqual(expect.arrayContaining(['Peds outpatient', 'Peds from file (imported)', 'Brand new']));
    expect(container.querySelector('[role="status"].status')?.textContent).toMatch(/Imported 2 new/);
  });

  it('replaces a conflicting preset when asked', async () => {
    await mount();
    const existing = selectSortedPresets(store.getState()).find((p) => p.name === 'Peds outpatient')!;
    await chooseFile(exportPresets([{ ...existing, name: 'Peds replaced', updatedAt: existing.updatedAt + 1 }]));
    await click(byLabel(container, 'Replace with the file’s'));
    await click(byButton(container, 'Import'));
    await settle();
    expect(names()).toContain('Peds replaced');
    expect(names()).not.toContain('Peds outpatient');
  });

  it('shows a storage notice for an unreadable stored preset and lets the user dismiss it', async () => {
    await fakeBrowser.storage.sync.set({ 'preset:broken': { id: 'broken', name: 42 } });
    await mount();
    const notice = [...container.querySelectorAll('.notice')].find((n) => /broken|could not|unreadable/i.test(n.textContent ?? ''));
    expect(notice).toBeTruthy();
    await click(byButton(notice as HTMLElement, 'Dismiss'));
    expect(container.querySelectorAll('.notice')).toHaveLength(0);
    expect(container.textContent).toContain('Peds outpatient'); // the readable presets are all there
  });

  it('opens the shortcut settings page in a new tab (Chrome)', async () => {
    await mount();
    await click(byButton(container, 'Open shortcut settings'));
    await settle();
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain('chrome://extensions/shortcuts');
  });
});
