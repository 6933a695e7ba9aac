/**
 * Zero network (issue 6): while the main flows run — popup Insert, side panel tailor + Insert + Save as
 * preset, options Export + Import — every request made by the extension's pages, its service worker and
 * its content script is recorded, and anything that is not `chrome-extension://<this extension>`,
 * `data:`, `blob:` (or, from fixture pages only, the loopback fixture server the test itself loads) fails.
 *
 * Two recorders, so one blind spot cannot hide a request: Playwright's `context.on('request')` (pages,
 * frames, and the service worker in Chromium) and CDP `Network.requestWillBeSent` on every extension
 * target (each extension page, and the service worker through a browser-level CDP session).
 * The last test proves the recorders and the rule catch a request (a fetch to a closed loopback port).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { readFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { getState, launchHarness, openSidePanelGroups, waitForPopupStatus, waitForState, type Harness } from './harness';
import { expectedPosting } from './expected';

interface Recorded {
  url: string;
  /** Who made it: 'sw', 'extension-page', 'fixture-page' (incl. the content script), 'other'. */
  source: 'sw' | 'extension-page' | 'fixture-page' | 'other';
  via: 'playwright' | 'cdp';
}

let harness: Harness;
const recorded: Recorded[] = [];
let browserCdp: CDPSession | null = null;
const attachedWorkers = new Set<string>();

function sourceOfPageUrl(url: string): Recorded['source'] {
  if (url.startsWith(`chrome-extension://${harness.extensionId}/`)) return 'extension-page';
  if (url.startsWith(harness.server.origin)) return 'fixture-page';
  return 'other';
}

/** The rule: what the extension may touch, whoever asked. */
function violations(list: readonly Recorded[]): Recorded[] {
  const own = `chrome-extension://${harness.extensionId}/`;
  return list.filter((r) => {
    if (r.url.startsWith(own) || r.url.startsWith('data:') || r.url.startsWith('blob:')) return false;
    // The fixture server serves the test's own pages; only fixture pages may load from it.
    if (r.source === 'fixture-page' && r.url.startsWith(`${harness.server.origin}/`)) return false;
    return true;
  });
}

async function watchExtensionPage(page: Page): Promise<void> {
  const cdp = await harness.context.newCDPSession(page);
  cdp.on('Network.requestWillBeSent', (event: { request: { url: string } }) => {
    recorded.push({ url: event.request.url, source: 'extension-page', via: 'cdp' });
  });
  await cdp.send('Network.enable');
}

/** Service workers have no Page; attach from the browser session (non-flat) and enable Network there. */
async function watchServiceWorkers(): Promise<void> {
  if (!browserCdp) return;
  const { targetInfos } = (await browserCdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
  for (const target of targetInfos) {
    if (target.type !== 'service_worker' || !target.url.startsWith(`chrome-extension://${harness.extensionId}/`)) continue;
    if (attachedWorkers.has(target.targetId)) continue;
    attachedWorkers.add(target.targetId);
    const { sessionId } = (await browserCdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
    await browserCdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Network.enable' }) });
  }
}

async function openExtensionPage(path: string): Promise<Page> {
  const page = await harness.context.newPage();
  await watchExtensionPage(page); // before navigation, so the page's first requests are seen too
  await page.goto(`chrome-extension://${harness.extensionId}/${path}`);
  return page;
}

beforeAll(async () => {
  harness = await launchHarness();
  harness.context.on('request', (request) => {
    const worker = request.serviceWorker();
    const frame = worker ? null : request.frame();
    let pageUrl = frame ? frame.page().url() || frame.url() : '';
    // A tab the test opens is still about:blank while its first document loads: the document's own
    // URL says whose page it is (an extension page navigating elsewhere keeps its chrome-extension URL).
    if (request.isNavigationRequest() && (pageUrl === '' || pageUrl === 'about:blank')) pageUrl = request.url();
    recorded.push({ url: request.url(), source: worker ? 'sw' : sourceOfPageUrl(pageUrl), via: 'playwright' });
  });
  const browser = harness.context.browser();
  if (browser) {
    browserCdp = await browser.newBrowserCDPSession();
    browserCdp.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
      const message = JSON.parse(event.message) as { method?: string; params?: { request?: { url: string } } };
      if (message.method === 'Network.requestWillBeSent' && message.params?.request) {
        recorded.push({ url: message.params.request.url, source: 'sw', via: 'cdp' });
      }
    });
    await browserCdp.send('Target.setDiscoverTargets', { discover: true });
    // A restarted worker is a new target: attach to it as it appears.
    browserCdp.on('Target.targetCreated', () => void watchServiceWorkers().catch(() => undefined));
    await watchServiceWorkers();
  }
});
afterAll(async () => {
  await harness?.close();
});

function describeViolations(list: readonly Recorded[]): string {
  return list.map((r) => `${r.source} (${r.via}): ${r.url}`).join('\n');
}

describe('no request leaves the browser during the main flows', () => {
  it('the service worker is watched through CDP', () => {
    expect(browserCdp, 'persistent context exposes its browser for a CDP session').not.toBeNull();
    expect(attachedWorkers.size).toBeGreaterThan(0);
  });

  it('popup Insert into a React textarea', async () => {
    const start = recorded.length;
    const page = await harness.openFixture('textarea-react');
    await page.locator('textarea').first().click();
    const tabId = await harness.tabIdOf(page);
    const popup = await openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.getByRole('button', { name: /^Insert/ }).first().click({ timeout: 10_000 });
    await waitForPopupStatus(popup);
    await waitForState(page, (s) => s.text.includes(expectedPosting().posting.title));
    await popup.getByRole('button', { name: /^Copy/ }).click();
    await popup.waitForTimeout(300);
    const seen = recorded.slice(start);
    expect(seen.some((r) => r.source === 'extension-page'), 'the recorder saw the popup load').toBe(true);
    expect(violations(seen), describeViolations(violations(seen))).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('side panel: tailor, Insert, Save as preset', async () => {
    const start = recorded.length;
    const page = await harness.openFixture('contenteditable');
    await page.locator('#editor').click();
    const tabId = await harness.tabIdOf(page);
    const panel = await openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await panel.getByLabel('Specialty', { exact: true }).selectOption({ label: 'Pediatrics' });
    await panel.getByLabel('Setting', { exact: true }).selectOption({ label: 'School district' });
    await panel.getByLabel('License state', { exact: true }).fill('Texas');
    await openSidePanelGroups(panel);
    await panel.getByLabel('Company name', { exact: true }).fill('Network Test Clinic');
    await page.locator('#editor').click();
    await panel.getByRole('button', { name: 'Insert', exact: true }).click();
    await waitForState(page, (s) => s.text.includes('Network Test Clinic'), 15_000);
    await panel.getByRole('button', { name: 'Save as preset' }).click();
    await panel.getByLabel('New preset name').fill('Network preset');
    await panel.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => panel.getByLabel('Preset', { exact: true }).locator('option').allTextContents()).toContain('Network preset');
    await panel.waitForTimeout(800); // the debounced storage write
    const seen = recorded.slice(start);
    expect(violations(seen), describeViolations(violations(seen))).toEqual([]);
    expect((await getState(page)).text).toContain('Pediatric');
    await panel.close();
    await page.close();
  });

  it('options: Export then Import the exported file', async () => {
    const start = recorded.length;
    const options = await openExtensionPage('options.html');
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export presets' }).click(),
    ]);
    const file = await download.path();
    const json = readFileSync(file, 'utf8');
    expect(json).toContain('Network preset');
    await options.getByLabel('Import presets file').setInputFiles({ name: 'presets.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    // Same ids already exist: the page asks, and Import applies the (default) choices.
    await options.getByRole('button', { name: 'Import', exact: true }).click({ timeout: 10_000 });
    await expect.poll(async () => (await options.getByRole('region', { name: 'Import and export' }).getByRole('status').textContent()) ?? '').toMatch(/import/i);
    await options.waitForTimeout(800);
    const seen = recorded.slice(start);
    expect(violations(seen), describeViolations(violations(seen))).toEqual([]);
    await options.close();
  });

  it('the whole run: no request outside the extension and the loopback fixtures', async () => {
    await watchServiceWorkers();
    expect(recorded.length).toBeGreaterThan(10);
    expect(violations(recorded), describeViolations(violations(recorded))).toEqual([]);
  });
});

async function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('the recorders can fail', () => {
  it('a fetch from an extension page and from the service worker to a closed loopback port is caught', async () => {
    const port = await closedPort();
    const pageProbe = `http://127.0.0.1:${port}/from-extension-page`;
    const workerProbe = `http://127.0.0.1:${port}/from-service-worker`;
    const start = recorded.length;
    const options = await openExtensionPage('options.html');
    await options.evaluate((url) => fetch(url).then(() => 'ok', () => 'failed'), pageProbe);
    await watchServiceWorkers();
    const sw = await harness.serviceWorker();
    await sw.evaluate((url) => fetch(url).then(() => 'ok', () => 'failed'), workerProbe);
    await expect.poll(() => violations(recorded.slice(start)).map((r) => `${r.via}:${r.url}`)).toEqual(
      expect.arrayContaining([`cdp:${pageProbe}`, `playwright:${pageProbe}`, `cdp:${workerProbe}`, `playwright:${workerProbe}`]),
    );
    // And the fixture server is not a loophole for extension pages: the same origin from the popup fails.
    const fromExtension = `${harness.server.origin}/trap.html?from=extension`;
    const before = recorded.length;
    await options.evaluate((url) => fetch(url).then(() => 'ok', () => 'failed'), fromExtension);
    await expect.poll(() => violations(recorded.slice(before)).map((r) => r.url)).toContain(fromExtension);
    await options.close();
  });
});
