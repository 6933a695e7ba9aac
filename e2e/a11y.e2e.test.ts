/**
 * Accessibility (issues 4 and 13): axe-core on the popup, side panel, options and welcome pages, light and dark, in the
 * real browser with the real extension. Extension pages have `script-src 'self'`, so `addScriptTag`
 * (an inline script) is blocked; `page.evaluate(source)` runs axe through CDP, which CSP does not govern.
 * Zero violations; the failure message lists each rule, its impact and the offending nodes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { launchHarness, type Harness } from './harness';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

let harness: Harness;
let fixture: Page;
let fixtureTabId: number;

beforeAll(async () => {
  harness = await launchHarness();
  fixture = await harness.openFixture('contenteditable');
  await fixture.locator('#editor').click();
  fixtureTabId = await harness.tabIdOf(fixture);
});
afterAll(async () => {
  await harness?.close();
});

async function runAxe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `   ${JSON.stringify(n.target)} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`).join('\n')}`)
    .join('\n');
}

type PageKind = 'popup' | 'side panel' | 'side panel at 400×900' | 'options' | 'welcome';
const PAGES: Array<{ kind: PageKind; path: () => string; viewport?: { width: number; height: number }; ready: (page: Page) => Promise<unknown> }> = [
  {
    kind: 'popup',
    path: () => `popup.html?tab=${fixtureTabId}`,
    // A trial click waits until Insert is enabled: the posting (and its title line) has loaded.
    ready: (page) => page.getByRole('button', { name: /^Insert/ }).first().click({ trial: true, timeout: 10_000 }),
  },
  {
    kind: 'side panel',
    path: () => `sidepanel.html?tab=${fixtureTabId}`,
    ready: (page) => page.getByRole('button', { name: 'Save as preset' }).waitFor({ timeout: 15_000 }),
  },
  {
    // The docked size, where the layout is single-column and the action bar overlaps the content.
    kind: 'side panel at 400×900',
    path: () => `sidepanel.html?tab=${fixtureTabId}`,
    viewport: { width: 400, height: 900 },
    ready: (page) => page.getByRole('button', { name: 'Save as preset' }).waitFor({ timeout: 15_000 }),
  },
  {
    kind: 'welcome',
    path: () => 'welcome.html',
    // The shortcut line fills in from the commands API; the pictures are local files.
    ready: (page) => page.locator('kbd').waitFor({ timeout: 15_000 }),
  },
  {
    kind: 'options',
    path: () => 'options.html',
    ready: (page) => page.getByRole('heading', { name: 'Import and export' }).waitFor({ timeout: 15_000 }),
  },
];

describe.each(['light', 'dark'] as const)('axe: %s', (scheme) => {
  it.each(PAGES)('$kind has no violations', async ({ path, viewport, ready }) => {
    const page = await harness.context.newPage();
    if (viewport) await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${harness.extensionId}/${path()}`);
    await ready(page);
    await page.waitForTimeout(300); // the popup's probe status and the panel's checks settle
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(harness.errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('side panel with every disclosure open and a preset-name prompt still has no violations', async () => {
    const page = await harness.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${harness.extensionId}/sidepanel.html?tab=${fixtureTabId}`);
    await page.getByRole('button', { name: 'Save as preset' }).click({ timeout: 15_000 });
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await page.getByRole('combobox', { name: 'License state' }).fill('Nowhere');
    await page.waitForTimeout(200);
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.close();
  });
});
