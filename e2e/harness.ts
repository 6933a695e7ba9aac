/**
 * Real-browser harness: Debian Chromium (or CHROMIUM_PATH) + the built extension, driven with
 * playwright-core. Tests go through the popup the way a user does: focus a field on the fixture page,
 * open the popup for that tab, click Insert/Fill, read the editor's own model via `__getState()`.
 *
 * The popup is opened as `chrome-extension://ID/popup.html?tab=<tabId>` because headless tests cannot
 * click the toolbar icon; the test copy of the extension gets `http://127.0.0.1/*` host permission
 * instead of the activeTab grant that click would give.
 */
import { chromium, type BrowserContext, type Page, type Worker, type Locator } from 'playwright-core';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { E2E_DIR, REPO_DIR } from './build-fixtures';
import { clickAndType, type EditorFixture } from './editors';
import { startFixtureServer, type FixtureServer } from './server';

export const EXTENSION_BUILD_DIR = join(REPO_DIR, '.output', 'chrome-mv3');
export const EXTENSION_TEST_DIR = join(E2E_DIR, '.build', 'chrome-mv3-test');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** What every fixture's `window.__getState()` returns (see e2e/fixtures/shared/state.js). */
export interface EditorState {
  text: string;
  listItems: number;
  headings: number;
  raw: unknown;
  fields?: Record<string, string>;
}

export function assertExtensionBuilt(): void {
  if (!existsSync(join(EXTENSION_BUILD_DIR, 'manifest.json'))) {
    throw new Error(
      `No extension build at ${EXTENSION_BUILD_DIR}/manifest.json — run \`npm run build\` (or \`npx wxt build\`) first.`,
    );
  }
}

/** The manifest key that keeps the first-run welcome tab out of test browsers (app/background/welcome.ts). */
export const SKIP_WELCOME_KEY = 'x_ota_skip_welcome';

/**
 * Copies the Chrome build and grants loopback host permission (stands in for the toolbar click).
 * One copy per launch (`chrome-mv3-test/<pid>-<n>`), so runs in parallel (a bench next to a test run)
 * never swap files under each other's browser. The copy also carries SKIP_WELCOME_KEY, so no welcome tab
 * opens on install, unless `welcome: true` (the first-run test).
 */
export function prepareTestExtension(options: { welcome?: boolean } = {}): string {
  assertExtensionBuilt();
  launchCount += 1;
  const dir = join(EXTENSION_TEST_DIR, `${process.pid}-${launchCount}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(EXTENSION_BUILD_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), 'http://127.0.0.1/*'])];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  if (!options.welcome) skipWelcomeIn(dir);
  return dir;
}

/** Marks a test copy of the build so its install opens no welcome tab (for files that copy the build themselves). */
export function skipWelcomeIn(extensionDir: string): void {
  const manifestPath = join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest[SKIP_WELCOME_KEY] = true;
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
}

let launchCount = 0;

/** How every e2e browser starts: headless Chromium with only the given unpacked extension, nothing phoning home. */
export function launchOptions(extensionDir: string): Parameters<typeof chromium.launchPersistentContext>[1] {
  return {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1100, height: 900 },
    args: [
      '--no-sandbox',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  };
}

/** Appends the page's uncaught errors and `console.error` lines to `list`. */
export function recordPageErrors(page: Page, list: string[]): void {
  page.on('pageerror', (error) => list.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') list.push(`console.error: ${message.text()}`);
  });
}

export interface Harness {
  context: BrowserContext;
  server: FixtureServer;
  extensionId: string;
  /** A fresh handle each time: MV3 service workers restart and a stale handle hangs (playwright#39475). */
  serviceWorker(): Promise<Worker>;
  openFixture(name: string): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  openPopupFor(page: Page): Promise<Page>;
  /** `pageerror` + console errors seen on a page (fixture or popup) since it opened. */
  errorsOf(page: Page): string[];
  close(): Promise<void>;
}

let openedCount = 0;

/** The slice of `chrome.tabs` the harness calls inside the service worker. */
interface ChromeTabsApi {
  tabs: { query(query: object): Promise<Array<{ id?: number; url?: string; active?: boolean }>> };
}

export async function launchHarness(options: { welcome?: boolean } = {}): Promise<Harness> {
  const extensionDir = prepareTestExtension(options);
  const server = await startFixtureServer();
  const userDataDir = mkdtempSync(join(tmpdir(), 'ota-e2e-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, launchOptions(extensionDir));
  // tsx (used by the bench script) compiles with keepNames, which wraps functions passed to
  // page.evaluate in `__name(...)`; give pages a no-op `__name` so those functions run there.
  await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((fn) => fn);' });
  const errors = new WeakMap<Page, string[]>();
  const watch = (page: Page): void => {
    if (errors.has(page)) return;
    const list: string[] = [];
    errors.set(page, list);
    recordPageErrors(page, list);
  };
  context.on('page', watch);
  for (const page of context.pages()) watch(page);

  const serviceWorker = async (): Promise<Worker> => {
    const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return existing ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  };
  const extensionId = new URL((await serviceWorker()).url()).host;

  const tabIdOf = async (page: Page): Promise<number> => {
    const url = page.url();
    const sw = await serviceWorker();
    for (let attempt = 0; attempt < 20; attempt++) {
      const id = await sw.evaluate(async (target: string) => {
        const api = (globalThis as unknown as { chrome: ChromeTabsApi }).chrome;
        const tabs = await api.tabs.query({});
        return tabs.find((t) => t.url === target)?.id ?? null;
      }, url);
      if (id !== null) return id;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`No tab found for ${url}`);
  };

  return {
    context,
    server,
    extensionId,
    serviceWorker,
    tabIdOf,
    errorsOf: (page) => errors.get(page) ?? [],
    async openFixture(name) {
      const page = await context.newPage();
      watch(page);
      // A unique query per page so the service worker can tell two tabs of one fixture apart.
      openedCount += 1;
      const url = server.url(name) + (name.includes('?') ? '&' : '?') + `run=${openedCount}`;
      await page.goto(url);
      await page.waitForFunction(() => (window as unknown as { __fixtureReady?: boolean }).__fixtureReady === true, null, {
        timeout: 20_000,
      });
      return page;
    },
    async openPopupFor(page) {
      const tabId = await tabIdOf(page);
      const popup = await context.newPage();
      watch(popup);
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      await popup.waitForLoadState('domcontentloaded');
      return popup;
    },
    async close() {
      await context.close().catch(() => undefined);
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
      rmSync(extensionDir, { recursive: true, force: true });
    },
  };
}

export async function getState(page: Page): Promise<EditorState> {
  return page.evaluate(() => (window as unknown as { __getState(): EditorState }).__getState());
}

/** The popup's live status line (`role="status"`). */
export function popupStatus(popup: Page): Locator {
  return popup.getByRole('status');
}

export async function clickPopupButton(popup: Page, name: RegExp, options: { timeout?: number } = {}): Promise<void> {
  await popup.getByRole('button', { name }).first().click({ timeout: options.timeout ?? 10_000 });
}

/** Two synchronous clicks, as a double-click does, before the first insertion can finish. */
export async function doubleClickPopupButton(popup: Page, name: RegExp): Promise<void> {
  const button = popup.getByRole('button', { name }).first();
  await button.waitFor({ state: 'visible', timeout: 10_000 });
  await button.evaluate((el: HTMLElement) => {
    el.click();
    el.click();
  });
}

/**
 * Opens every collapsible group of the side panel (employer, pay, wording, sections, bullets), as a user
 * does before typing into those fields; the panel remembers them open for the rest of the profile.
 */
export async function openSidePanelGroups(panel: Page): Promise<void> {
  const closed = panel.locator('details.disclosure:not([open]) > summary');
  // One at a time, always the first still closed: opening one changes which the selector matches.
  for (let left = await closed.count(); left > 0; left--) await closed.first().click();
}

/** Polls `__getState()` until `predicate` holds (or throws with the last state). */
export async function waitForState(
  page: Page,
  predicate: (state: EditorState) => boolean,
  timeoutMs = 8_000,
): Promise<EditorState> {
  const deadline = Date.now() + timeoutMs;
  let last = await getState(page);
  while (!predicate(last)) {
    if (Date.now() > deadline) {
      throw new Error(`Editor state did not reach the expected condition in ${timeoutMs} ms. Last state text: ${JSON.stringify(last.text.slice(0, 400))}`);
    }
    await new Promise((r) => setTimeout(r, 50));
    last = await getState(page);
  }
  return last;
}

/** Waits until the popup reports a finished action (status neither empty nor "Working…"). */
export async function waitForPopupStatus(popup: Page, timeoutMs = 15_000): Promise<string> {
  const status = popupStatus(popup).first();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = ((await status.textContent({ timeout: timeoutMs }).catch(() => '')) ?? '').trim();
    if (text && !/^working/i.test(text)) return text;
    if (Date.now() > deadline) throw new Error(`Popup status stayed ${JSON.stringify(text)} for ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The user path: open the popup for `page`'s tab, press the button, wait for the status line.
 * `double` clicks twice synchronously (a double-click) before anything can finish.
 */
export async function runPopupAction(
  harness: Harness,
  page: Page,
  button: RegExp,
  options: { double?: boolean } = {},
): Promise<{ popup: Page; status: string }> {
  const popup = await harness.openPopupFor(page);
  if (options.double) await doubleClickPopupButton(popup, button);
  else await clickPopupButton(popup, button);
  const status = await waitForPopupStatus(popup);
  return { popup, status };
}

/** The note a user has typed into the editor before inserting, and the popup's Insert button(s). */
export const TYPED_NOTE = 'Existing note. ';
export const INSERT_BUTTON = /^Insert/;

/**
 * Opens the fixture, clicks into the editor and types `typed`, then pauses: editors merge edits closer
 * than ~0.5–1 s into one undo step, and a real user takes longer than that to open the popup and insert.
 */
export async function openAndType(harness: Harness, fixture: EditorFixture, typed = TYPED_NOTE): Promise<Page> {
  const page = await harness.openFixture(fixture.page);
  await clickAndType(page, fixture, typed);
  if (typed) await waitForState(page, (s) => s.text.includes(typed.trim()));
  await page.waitForTimeout(1100);
  return page;
}
