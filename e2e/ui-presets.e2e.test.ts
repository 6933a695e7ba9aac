/**
 * The preset flow a recruiter follows (issue 4), in the real browser: tailor in the side panel
 * (Pediatrics, School district, Texas, company), Save as preset, see it in the options list and the
 * popup's picker, pick it there and Insert into a React-controlled textarea — the React state holds the
 * tailored title and the Texas board. Then the browser is closed and relaunched on the same profile
 * (same extension path, so the same extension id and storage): the preset is still there.
 *
 * The relaunch needs a profile that outlives one browser, which `launchHarness()` (fresh profile per
 * launch, deleted on close) does not offer; this file launches Chromium itself with the harness's pieces.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getJurisdiction, tailor } from '../template';
import { getState, launchOptions, openSidePanelGroups, prepareTestExtension, recordPageErrors, waitForPopupStatus, waitForState } from './harness';
import { startFixtureServer, type FixtureServer } from './server';
import { squash } from './expected';

const PRESET_NAME = 'Texas schools (pediatrics)';
const COMPANY = 'Lone Star Therapy Group';
const OPTIONS = { specialty: 'pediatrics', setting: 'school-district', state: 'TX', company: COMPANY } as const;
const EXPECTED_TITLE = tailor(OPTIONS).title;
const TEXAS_BOARD = getJurisdiction('TX')!.board;

interface Session {
  context: BrowserContext;
  extensionId: string;
  errors: Map<Page, string[]>;
}

let extensionDir: string;
let userDataDir: string;
let server: FixtureServer;
let session: Session;
let runCount = 0;

/**
 * `knownId`: on a relaunch the extension is already installed, so its service worker may stay asleep
 * until an event wakes it; the id (derived from the unchanged extension path) is known from the first launch.
 */
async function launch(knownId?: string): Promise<Session> {
  const context = await chromium.launchPersistentContext(userDataDir, launchOptions(extensionDir));
  const errors = new Map<Page, string[]>();
  const watch = (page: Page) => {
    const list: string[] = [];
    errors.set(page, list);
    recordPageErrors(page, list);
  };
  context.on('page', watch);
  if (knownId) return { context, extensionId: knownId, errors };
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return { context, extensionId: new URL(worker.url()).host, errors };
}

/** Asked from an extension page (it has `chrome.tabs` too), so a sleeping service worker does not matter. */
async function tabIdOf(page: Page): Promise<number> {
  const helper = await openExtensionPage('options.html');
  try {
    return await tabIdFrom(helper, page.url());
  } finally {
    await helper.close();
  }
}

async function tabIdFrom(helper: Page, pageUrl: string): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const id = await helper.evaluate(async (url: string) => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).chrome;
      return (await api.tabs.query({})).find((t) => t.url === url)?.id ?? null;
    }, pageUrl);
    if (id !== null) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No tab for ${pageUrl}`);
}

async function openFixture(name: string): Promise<Page> {
  const page = await session.context.newPage();
  runCount += 1;
  await page.goto(`${server.url(name)}?run=${runCount}`);
  await page.waitForFunction(() => (window as unknown as { __fixtureReady?: boolean }).__fixtureReady === true);
  return page;
}

async function openExtensionPage(path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  await page.waitForLoadState('domcontentloaded');
  return page;
}

function extensionErrors(): string[] {
  const out: string[] = [];
  for (const [page, list] of session.errors) {
    if (page.url().startsWith('chrome-extension://')) out.push(...list.map((e) => `${page.url()}: ${e}`));
  }
  return out;
}

async function presetChoices(page: Page): Promise<string[]> {
  return (await page.getByLabel('Preset', { exact: true }).locator('option').allTextContents()).map((t) => t.replace(/\s*\*$/, '').trim());
}

beforeAll(async () => {
  extensionDir = prepareTestExtension();
  userDataDir = mkdtempSync(join(tmpdir(), 'ota-e2e-presets-profile-'));
  server = await startFixtureServer();
  session = await launch();
});
afterAll(async () => {
  await session?.context.close().catch(() => undefined);
  await server?.close();
  rmSync(userDataDir, { recursive: true, force: true });
  rmSync(extensionDir, { recursive: true, force: true });
});

describe('presets: tailor, save, pick, insert, survive a restart', () => {
  let fixture: Page;
  let fixtureTabId: number;

  it('side panel: Pediatrics, School district, Texas and a company name, saved as a named preset', async () => {
    fixture = await openFixture('textarea-react');
    fixtureTabId = await tabIdOf(fixture);
    const panel = await openExtensionPage(`sidepanel.html?tab=${fixtureTabId}`);
    await panel.getByRole('button', { name: 'Save as preset' }).waitFor({ timeout: 15_000 });
    await panel.getByLabel('Specialty', { exact: true }).selectOption({ label: 'Pediatrics' });
    await panel.getByLabel('Setting', { exact: true }).selectOption({ label: 'School district' });
    await panel.getByLabel('License state', { exact: true }).fill('Texas');
    await openSidePanelGroups(panel);
    await panel.getByLabel('Company name', { exact: true }).fill(COMPANY);
    const preview = panel.getByRole('region', { name: 'Preview' });
    await expect.poll(async () => squash((await preview.textContent()) ?? '')).toContain(EXPECTED_TITLE);
    expect(squash((await preview.textContent()) ?? '')).toContain(TEXAS_BOARD);

    await panel.getByRole('button', { name: 'Save as preset' }).click();
    await panel.getByLabel('New preset name').fill(PRESET_NAME);
    await panel.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => presetChoices(panel)).toContain(PRESET_NAME);
    await expect.poll(async () => (await panel.getByLabel('Preset', { exact: true }).locator('option:checked').textContent())?.trim()).toBe(PRESET_NAME);
    await panel.waitForTimeout(800); // debounced storage write
    await panel.close();

    const options = await openExtensionPage('options.html');
    await expect.poll(async () => (await options.getByRole('region', { name: 'Presets' }).textContent()) ?? '', { timeout: 10_000 }).toContain(PRESET_NAME);
    await options.close();
    expect(extensionErrors()).toEqual([]);
  });

  it('popup: the preset is in its picker; picked, Insert puts the Pediatric title and the Texas board into React state', async () => {
    await fixture.locator('textarea').first().click();
    const popup = await openExtensionPage(`popup.html?tab=${fixtureTabId}`);
    const picker = popup.getByRole('combobox', { name: /preset/i });
    await picker.waitFor({ timeout: 10_000 });
    await expect.poll(async () => (await picker.locator('option').allTextContents()).map((t) => t.trim())).toContain(PRESET_NAME);
    await picker.selectOption({ label: PRESET_NAME });
    const insert = popup.getByRole('button', { name: /^Insert/ }).first();
    await insert.click({ timeout: 10_000 });
    await waitForPopupStatus(popup);
    const state = await waitForState(fixture, (s) => squash(s.text).includes(EXPECTED_TITLE), 10_000);
    expect(squash(state.text)).toContain(TEXAS_BOARD);
    expect(squash(state.text)).toContain(COMPANY);
    // The React model (not only the DOM) holds it: "Save draft" re-renders from state.
    await fixture.getByRole('button', { name: 'Save draft' }).click();
    expect(squash((await getState(fixture)).text)).toContain(EXPECTED_TITLE);
    await popup.close();
    expect(extensionErrors()).toEqual([]);
  });

  it('closing the browser and relaunching the same profile keeps the preset (options list and side panel picker)', async () => {
    const extensionId = session.extensionId;
    await session.context.close();
    session = await launch(extensionId);
    const options = await openExtensionPage('options.html');
    // A user reopening the browser expects the list promptly; "Loading presets…" for long is a failure too.
    await expect
      .poll(async () => (await options.locator('main').textContent()) ?? '', { timeout: 15_000, message: 'options page still "Loading presets…" 15 s after the browser was relaunched' })
      .not.toContain('Loading presets');
    expect((await options.getByRole('region', { name: 'Presets' }).textContent()) ?? '').toContain(PRESET_NAME);
    const page = await openFixture('contenteditable');
    const panel = await openExtensionPage(`sidepanel.html?tab=${await tabIdOf(page)}`);
    await expect.poll(() => presetChoices(panel), { timeout: 10_000 }).toContain(PRESET_NAME);
    await panel.getByLabel('Preset', { exact: true }).selectOption({ label: PRESET_NAME });
    await expect.poll(async () => squash((await panel.getByRole('region', { name: 'Preview' }).textContent()) ?? '')).toContain(TEXAS_BOARD);
    expect(await panel.getByLabel('Company name', { exact: true }).inputValue()).toBe(COMPANY);
    expect(extensionErrors()).toEqual([]);
  });
});
