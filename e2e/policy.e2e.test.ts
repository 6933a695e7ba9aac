/**
 * Organization presets through a real Chromium enterprise policy: a JSON file in
 * /etc/chromium/policies/managed/ with `3rdparty.extensions.<id>` values (docs/enterprise.md), read by
 * the extension through `chrome.storage.managed` and shown read-only under "Organization" in the side panel.
 *
 * Chromium reads policy files at startup, and the policy names the extension by id. An unpacked
 * extension's id comes from its path, so this file copies the build to a path of its own, computes the
 * id from it, writes the policy, and only then launches (fresh profile). The harness's own launcher picks
 * a new path per launch, which is why this file has its own small launcher. Needs root (CI runs as root);
 * the policy file is removed in a finally.
 */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createHash } from 'node:crypto';
import { accessSync, constants, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_DIR } from './build-fixtures';
import { EXTENSION_BUILD_DIR, assertExtensionBuilt, launchHarness, launchOptions, openSidePanelGroups, recordPageErrors, skipWelcomeIn } from './harness';

const POLICY_DIR = '/etc/chromium/policies/managed';
// One file per run: Chromium merges every file in the directory and watches it, so two runs side by side
// (a helper's full suite next to this file) must not delete each other's policy.
const POLICY_FILE = join(POLICY_DIR, `ota-e2e-policy-${process.pid}.json`);
/** Policy directories this run creates (deepest first), removed again when empty. */
const createdDirs: string[] = [];
for (let dir = POLICY_DIR; !existsSync(dir); dir = dirname(dir)) createdDirs.push(dir);

/** Chromium's id for an unpacked extension: SHA-256 of the absolute path, first 32 hex digits as a–p. */
export function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(resolve(path)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode('a'.charCodeAt(0) + Number.parseInt(digit, 16))).join('');
}

/** Why the policy test cannot run here, or null when it can (root, or a writable policy directory). */
function policyDirProblem(): string | null {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return null;
  } catch (error) {
    const user = process.getuid?.() === 0 ? 'root' : `uid ${process.getuid?.()}`;
    return `${POLICY_DIR} is not writable as ${user} (${(error as Error).message}); run as root, as CI does`;
  }
}

const skipReason = policyDirProblem();
if (skipReason && process.env.CI) throw new Error(`The policy e2e test must run on CI: ${skipReason}`);
if (skipReason) console.warn(`[policy e2e] skipped: ${skipReason}`);

const policyValues = {
  organizationPresets: [
    { id: 'school', name: 'Acme school OTA', options: { specialty: 'pediatrics', setting: 'school-district', state: 'OH' } },
    { id: 'bad', name: 'Has markup', options: { aboutUs: '<img src=x onerror=alert(1)>' } },
  ],
  organizationDefaults: { company: 'Acme Health Partners', benefits: ['Paid CEUs'], eeo: true },
  lockedFields: ['company', 'eeo'],
  defaultPresetId: 'school',
};

interface PolicyBrowser {
  context: BrowserContext;
  extensionId: string;
  errors: string[];
  close(): Promise<void>;
}

function writePolicy(extensionId: string, values: unknown): void {
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: values } } }, null, 2));
}

/** Copies the build to a fixed path (so the id is known in advance) and launches with a fresh profile. */
async function launchWithPolicy(): Promise<PolicyBrowser & { expectedId: string }> {
  assertExtensionBuilt();
  const extensionDir = join(E2E_DIR, '.build', 'policy-ext', String(process.pid));
  rmSync(extensionDir, { recursive: true, force: true });
  cpSync(EXTENSION_BUILD_DIR, extensionDir, { recursive: true });
  skipWelcomeIn(extensionDir);
  const expectedId = unpackedExtensionId(extensionDir);
  writePolicy(expectedId, policyValues);

  const userDataDir = mkdtempSync(join(tmpdir(), 'ota-e2e-policy-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, launchOptions(extensionDir));
  const errors: string[] = [];
  const watch = (page: Page) => recordPageErrors(page, errors);
  context.on('page', watch);
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return {
    context,
    expectedId,
    extensionId: new URL(worker.url()).host,
    errors,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
      rmSync(extensionDir, { recursive: true, force: true });
    },
  };
}

/** Removes the policy file, and the policy directories too when this test created them and they are empty. */
function removePolicy(): void {
  rmSync(POLICY_FILE, { force: true });
  for (const dir of createdDirs) {
    try {
      if (readdirSync(dir).length === 0) rmdirSync(dir);
    } catch {
      // Already gone or not empty: leave it.
    }
  }
}

async function openSidePanel(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await page.getByLabel('Preset', { exact: true }).waitFor({ timeout: 15_000 });
  await openSidePanelGroups(page);
  return page;
}

describe.skipIf(skipReason !== null)(`organization presets from a Chromium enterprise policy${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let browser: (PolicyBrowser & { expectedId: string }) | null = null;

  beforeAll(async () => {
    try {
      browser = await launchWithPolicy();
    } catch (error) {
      removePolicy();
      throw error;
    }
  });

  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      removePolicy();
    }
  });

  it('the unpacked extension id matches the one computed from its path (the policy names it)', () => {
    expect(browser!.extensionId).toBe(browser!.expectedId);
  });

  it('chrome.storage.managed returns the policy values', async () => {
    const page = await browser!.context.newPage();
    await page.goto(`chrome-extension://${browser!.extensionId}/sidepanel.html`);
    const managed = await page.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { managed: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome;
      return api.storage.managed.get(null);
    });
    expect(managed).toMatchObject({ lockedFields: ['company', 'eeo'], defaultPresetId: 'school' });
    await page.close();
  });

  it('the side panel lists the organization preset read-only under "Organization", starts from it and locks the company', async () => {
    const page = await openSidePanel(browser!.context, browser!.extensionId);
    const picker = page.getByLabel('Preset', { exact: true });
    const group = picker.locator('optgroup[label="Organization"]');
    await expect.poll(() => group.locator('option').allTextContents(), { timeout: 10_000 }).toEqual(['Acme school OTA (read-only)']);
    expect(await group.locator('option').getAttribute('value')).toBe('org:school');
    // The policy's defaultPresetId is where a user without a default of their own starts.
    await expect.poll(() => picker.inputValue()).toBe('org:school');
    expect(await page.getByRole('button', { name: 'Update preset' }).isDisabled()).toBe(true);
    await expect.poll(() => page.getByText('Organization presets are read-only').count()).toBe(1);

    const company = page.getByLabel('Company name', { exact: true });
    expect(await company.inputValue()).toBe('Acme Health Partners');
    expect(await company.isDisabled()).toBe(true);
    expect(await page.getByLabel('Include the EEO statement').isDisabled()).toBe(true);
    expect(await page.getByLabel('Location', { exact: true }).isDisabled()).toBe(false);
    expect(await page.getByText('Set by your organization').count()).toBe(2);

    const preview = page.getByTestId('posting-preview');
    await expect.poll(() => preview.textContent()).toContain('Acme Health Partners');
    expect(await preview.textContent()).toContain('Paid CEUs');

    // The invalid entry is skipped with a notice, not shown and not fatal.
    await expect.poll(() => page.getByText(/Organization preset "Has markup" was skipped/).count()).toBe(1);
    expect(await picker.locator('option', { hasText: 'Has markup' }).count()).toBe(0);
    expect(browser!.errors).toEqual([]);
    await page.close();
  });

  it('"Save as preset" turns the organization preset into an editable personal copy', async () => {
    const page = await openSidePanel(browser!.context, browser!.extensionId);
    const picker = page.getByLabel('Preset', { exact: true });
    await expect.poll(() => picker.inputValue(), { timeout: 10_000 }).toBe('org:school');
    await page.getByLabel('Location', { exact: true }).fill('Dayton, OH');
    await page.getByRole('button', { name: 'Save as preset' }).click();
    await page.getByLabel('New preset name').fill('My Dayton posting');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => picker.locator('option:checked').textContent()).toBe('My Dayton posting');
    expect(await picker.locator(':scope > option', { hasText: 'My Dayton posting' }).count()).toBe(1);
    await page.getByLabel('Location', { exact: true }).fill('Akron, OH');
    expect(await page.getByRole('button', { name: 'Update preset' }).isDisabled()).toBe(false);
    // Locked fields stay locked in personal presets too.
    expect(await page.getByLabel('Company name', { exact: true }).isDisabled()).toBe(true);
    expect(browser!.errors).toEqual([]);
    await page.close();
  });

  it('an open side panel follows a policy change (storage.onChanged for the managed area)', async () => {
    const page = await openSidePanel(browser!.context, browser!.extensionId);
    const options = page.locator('optgroup[label="Organization"] option');
    await expect.poll(() => options.allTextContents(), { timeout: 10_000 }).toEqual(['Acme school OTA (read-only)']);
    writePolicy(browser!.expectedId, {
      ...policyValues,
      organizationPresets: [...policyValues.organizationPresets, { id: 'home', name: 'Acme home health', options: { setting: 'home-health' } }],
      lockedFields: ['eeo'],
    });
    // Chromium notices the changed file after a settle delay of a few seconds, then the extension re-reads.
    await expect
      .poll(() => options.allTextContents(), { timeout: 45_000, interval: 500 })
      .toEqual(['Acme school OTA (read-only)', 'Acme home health (read-only)']);
    expect(await page.getByLabel('Company name', { exact: true }).isDisabled()).toBe(false);
    expect(browser!.errors).toEqual([]);
    await page.close();
  });
});

describe('without a policy', () => {
  it('the side panel shows no Organization group, no lock and logs no error', async () => {
    const harness = await launchHarness();
    try {
      const page = await openSidePanel(harness.context, harness.extensionId);
      // Presets have loaded once "Loading presets…" is gone and the picker is there.
      await expect.poll(() => page.getByLabel('Preset', { exact: true }).locator('option').count()).toBeGreaterThan(0);
      expect(await page.locator('optgroup[label="Organization"]').count()).toBe(0);
      expect(await page.getByLabel('Company name', { exact: true }).isDisabled()).toBe(false);
      expect(await page.getByText('Set by your organization').count()).toBe(0);
      expect(harness.errorsOf(page)).toEqual([]);
    } finally {
      await harness.close();
    }
  });
});
