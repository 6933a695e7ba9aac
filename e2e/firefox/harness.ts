/**
 * Firefox harness: Debian's Firefox ESR (or FIREFOX_PATH) driven by puppeteer-core over WebDriver BiDi,
 * with the unpacked Firefox build installed as a temporary add-on (`browser.installExtension`).
 *
 * - The test copy of the build (`e2e/.build/firefox-mv3-test/<pid>-<n>`) gets host permission for
 *   `http://127.0.0.1/*` (stands in for the toolbar click's activeTab grant, as in the Chromium harness)
 *   and makes the extension's pages web-accessible to the loopback host: BiDi refuses to navigate a tab
 *   to `moz-extension://` itself, but a loopback page may open one (`window.open`).
 * - The pref `extensions.webextensions.uuids` fixes the add-on's internal UUID, so the test knows its
 *   `moz-extension://<uuid>/` origin.
 * - The popup is opened in its own window (like the real toolbar popup, the fixture tab stays the active,
 *   unthrottled tab of its window) as `popup.html?tab=<id>`; the tab id comes from `browser.tabs.query`
 *   evaluated in an extension page the harness keeps open.
 * - Puppeteer's BiDi target URL stays `about:blank` for pages that navigated to moz-extension://, so
 *   extension pages are found as the page the `window.open` created, and awaited by their `location`.
 */
import puppeteer, { type Browser, type KeyInput, type Page, type Target } from 'puppeteer-core';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { E2E_DIR, REPO_DIR } from '../build-fixtures';
import type { EditorFixture } from '../editors';
import type { EditorState } from '../harness';
import { startFixtureServer, type FixtureServer } from '../server';

export const FIREFOX_BUILD_DIR = join(REPO_DIR, '.output', 'firefox-mv3');
const FIREFOX_TEST_DIR = join(E2E_DIR, '.build', 'firefox-mv3-test');
const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
/** Any fixed v4 UUID: the origin the tests open extension pages on. */
const EXTENSION_UUID = '3f0b8a52-6d1e-4c57-9a0e-2b7d4c1e9f60';

interface Manifest {
  host_permissions?: string[];
  web_accessible_resources?: unknown[];
  browser_specific_settings?: { gecko?: { id?: string } };
}

export function assertFirefoxReady(): void {
  if (!existsSync(join(FIREFOX_BUILD_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_BUILD_DIR}/manifest.json — run \`npm run build\` first.`);
  }
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`No Firefox at ${FIREFOX_PATH} — \`apt-get install firefox-esr\` (or set FIREFOX_PATH).`);
  }
}

let launchCount = 0;

/** Copies the Firefox build with the test-only manifest additions; returns the dir and the gecko id. */
function prepareFirefoxExtension(): { dir: string; geckoId: string } {
  assertFirefoxReady();
  launchCount += 1;
  const dir = join(FIREFOX_TEST_DIR, `${process.pid}-${launchCount}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(FIREFOX_BUILD_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error('The Firefox build has no browser_specific_settings.gecko.id');
  manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), 'http://127.0.0.1/*'])];
  manifest.web_accessible_resources = [
    ...(manifest.web_accessible_resources ?? []),
    { resources: ['*.html'], matches: ['http://127.0.0.1/*'] },
  ];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return { dir, geckoId };
}

export interface FirefoxHarness {
  browser: Browser;
  server: FixtureServer;
  origin: string;
  openFixture(name: string): Promise<Page>;
  /** An extension page (`popup.html?tab=1`, `options.html`, …) opened by a loopback page, in its own window. */
  openExtensionPage(path: string, opener?: Page): Promise<Page>;
  /** The browser's tab id of a fixture page (for `popup.html?tab=<id>`, `sidepanel.html?tab=<id>`). */
  tabIdOf(page: Page): Promise<number>;
  openPopupFor(page: Page): Promise<Page>;
  errorsOf(page: Page): string[];
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function launchFirefoxHarness(): Promise<FirefoxHarness> {
  const { dir, geckoId } = prepareFirefoxExtension();
  const server = await startFixtureServer();
  const userDataDir = mkdtempSync(join(tmpdir(), 'ota-e2e-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir,
    defaultViewport: { width: 1100, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      // Closed network: nothing phones home during tests.
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  await browser.installExtension(dir);
  const origin = `moz-extension://${EXTENSION_UUID}`;

  const errors = new WeakMap<Page, string[]>();
  const watch = (page: Page): void => {
    if (errors.has(page)) return;
    const list: string[] = [];
    errors.set(page, list);
    page.on('pageerror', (error) => list.push(`pageerror: ${(error as Error).message ?? String(error)}`));
    page.on('console', (message) => {
      if (message.type() === 'error') list.push(`console.error: ${message.text()}`);
    });
  };

  let opened = 0;
  const openFixture = async (name: string): Promise<Page> => {
    const page = await browser.newPage();
    watch(page);
    opened += 1;
    const url = server.url(name) + (name.includes('?') ? '&' : '?') + `run=${opened}`;
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __fixtureReady?: boolean }).__fixtureReady === true, { timeout: 20_000 });
    return page;
  };

  let openedExtensionPages = 0;
  const openExtensionPage = async (path: string, opener?: Page): Promise<Page> => {
    const from = opener ?? (await openFixture('no-target'));
    // A hash of our own tells this page from others opening meanwhile (the welcome tab on install).
    openedExtensionPages += 1;
    const token = `opened-${openedExtensionPages}`;
    const created: Page[] = [];
    const onCreated = (target: Target): void => {
      // Watched from the start, so errors while it loads are caught too.
      void target.page().then((page) => {
        if (!page) return;
        watch(page);
        created.push(page);
      });
    };
    browser.on('targetcreated', onCreated);
    try {
      await from.evaluate((url: string) => {
        window.open(url, '_blank', 'popup,width=420,height=700');
      }, `${origin}/${path}#${token}`);
      for (let attempt = 0; attempt < 200; attempt++) {
        for (const page of created) {
          const ready = await page
            .evaluate((hash: string) => location.hash === hash && document.readyState === 'complete', `#${token}`)
            .catch(() => false);
          if (ready) return page;
        }
        await sleep(50);
      }
    } finally {
      browser.off('targetcreated', onCreated);
    }
    throw new Error(`Extension page ${path} did not load`);
  };

  // One extension page stays open to answer tab-id questions (browser.tabs, not reachable from tests).
  const control = await openExtensionPage('options.html');
  const tabIdOf = async (page: Page): Promise<number> => {
    const url = page.url();
    for (let attempt = 0; attempt < 20; attempt++) {
      const id = await control.evaluate(async (target: string) => {
        const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).browser;
        return (await api.tabs.query({})).find((t) => t.url === target)?.id ?? null;
      }, url);
      if (id !== null) return id;
      await sleep(100);
    }
    throw new Error(`No tab found for ${url}`);
  };

  return {
    browser,
    server,
    origin,
    openFixture,
    openExtensionPage,
    tabIdOf,
    async openPopupFor(page) {
      const tabId = await tabIdOf(page);
      return openExtensionPage(`popup.html?tab=${tabId}`, page);
    },
    errorsOf: (page) => errors.get(page) ?? [],
    async close() {
      await browser.close().catch(() => undefined);
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Clicks the fixture's editable element like a user: a real mouse click at its centre, computed in the
 * page (through its frame and `>>>` open shadow roots). Firefox 140's BiDi cannot locate nodes inside
 * a frame, so no element handles there.
 */
export async function clickEditable(page: Page, fixture: EditorFixture): Promise<void> {
  const point = await page.evaluate(({ css, frame }: EditorFixture['locate']) => {
    let root: Document | ShadowRoot = document;
    let dx = 0;
    let dy = 0;
    if (frame) {
      const frameElement = document.querySelector(frame) as HTMLIFrameElement;
      const box = frameElement.getBoundingClientRect();
      dx = box.left + frameElement.clientLeft;
      dy = box.top + frameElement.clientTop;
      root = frameElement.contentDocument!;
    }
    let element: Element | null = null;
    for (const part of css.split('>>>')) {
      element = root.querySelector(part.trim());
      if (element?.shadowRoot) root = element.shadowRoot;
    }
    if (!element) return null;
    const box = element.getBoundingClientRect();
    return { x: dx + box.left + box.width / 2, y: dy + box.top + Math.min(box.height / 2, 40) };
  }, fixture.locate);
  if (!point) throw new Error(`No element ${fixture.locate.css}`);
  await page.mouse.click(point.x, point.y);
}

export async function pressCtrl(page: Page, key: KeyInput): Promise<void> {
  await page.keyboard.down('Control');
  await page.keyboard.press(key);
  await page.keyboard.up('Control');
}

/** Click into the editor, caret to the end, type; then the undo-merge pause (see ../harness.ts). */
export async function openAndTypeFirefox(harness: FirefoxHarness, fixture: EditorFixture, typed: string): Promise<Page> {
  const page = await harness.openFixture(fixture.page);
  await page.bringToFront();
  await clickEditable(page, fixture);
  await pressCtrl(page, 'End');
  if (typed) {
    await page.keyboard.type(typed, { delay: 5 });
    await waitForFirefoxState(page, (s) => s.text.includes(typed.trim()));
  }
  await sleep(1100);
  return page;
}

/** Polls `test` in the page (waitForFunction compiles with Function(), which extension CSP blocks). */
export async function pollInPage(page: Page, test: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(test).catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`Condition not met in ${timeoutMs} ms: ${String(test)}`);
    await sleep(50);
  }
}

export async function firefoxState(page: Page): Promise<EditorState> {
  return page.evaluate(() => (window as unknown as { __getState(): EditorState }).__getState());
}

export async function waitForFirefoxState(page: Page, predicate: (s: EditorState) => boolean, timeoutMs = 8_000): Promise<EditorState> {
  const deadline = Date.now() + timeoutMs;
  let last = await firefoxState(page);
  while (!predicate(last)) {
    if (Date.now() > deadline) {
      throw new Error(`Editor state did not reach the expected condition in ${timeoutMs} ms. Last text: ${JSON.stringify(last.text.slice(0, 400))}`);
    }
    await sleep(50);
    last = await firefoxState(page);
  }
  return last;
}

/** Clicks the first popup button whose text matches (`twice`: two synchronous clicks, a double click). */
export async function clickFirefoxButton(popup: Page, name: RegExp, twice = false): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const clicked = await popup.evaluate(
      (source: string, flags: string, double: boolean) => {
        const pattern = new RegExp(source, flags);
        const button = [...document.querySelectorAll('button')].find((b) => pattern.test((b.textContent ?? '').trim()) && !b.disabled);
        if (!button) return false;
        button.click();
        if (double) button.click();
        return true;
      },
      name.source,
      name.flags,
      twice,
    );
    if (clicked) return;
    if (Date.now() > deadline) throw new Error(`No popup button ${name}`);
    await sleep(50);
  }
}

/** The popup's status line once it reports a finished action. */
export async function waitForFirefoxStatus(popup: Page, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = (await popup.evaluate(() => document.querySelector('[role="status"]')?.textContent ?? '')).trim();
    if (text && !/^working/i.test(text)) return text;
    if (Date.now() > deadline) throw new Error(`Popup status stayed ${JSON.stringify(text)} for ${timeoutMs} ms`);
    await sleep(50);
  }
}

export async function runFirefoxPopupAction(
  harness: FirefoxHarness,
  page: Page,
  button: RegExp,
  options: { double?: boolean } = {},
): Promise<{ popup: Page; status: string }> {
  const popup = await harness.openPopupFor(page);
  await clickFirefoxButton(popup, button, options.double);
  return { popup, status: await waitForFirefoxStatus(popup) };
}
