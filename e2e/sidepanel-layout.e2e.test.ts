/**
 * The side panel as a workspace (issue 13), in real Chromium at the size of a docked panel (400×900):
 * the three choices and the preview's first heading on the first screen, the facts card's https source
 * links, the findings line that jumps to the findings, the sticky action bar, groups that stay open, and a
 * preview that keeps its scroll position while the user types.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchHarness, openSidePanelGroups, type Harness } from './harness';

const VIEWPORT = { width: 400, height: 900 };

let harness: Harness;
let tabId: number;

beforeAll(async () => {
  harness = await launchHarness();
  const fixture = await harness.openFixture('contenteditable');
  tabId = await harness.tabIdOf(fixture);
});
afterAll(async () => {
  await harness?.close();
});

async function openPanel(): Promise<Page> {
  const page = await harness.context.newPage();
  await page.setViewportSize(VIEWPORT);
  await page.goto(`chrome-extension://${harness.extensionId}/sidepanel.html?tab=${tabId}`);
  await page.getByRole('button', { name: 'Save as preset' }).waitFor({ timeout: 15_000 });
  return page;
}

async function box(locator: Locator): Promise<{ top: number; bottom: number; left: number; right: number }> {
  const rect = await locator.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
  return { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right };
}

/** Whether the element is wholly on the first screen and not hidden under the sticky action bar. */
async function onFirstScreen(page: Page, locator: Locator): Promise<string | true> {
  const rect = await box(locator);
  const bar = await box(page.locator('.actions'));
  const visible = rect.top >= 0 && rect.left >= 0 && rect.right <= VIEWPORT.width && rect.bottom <= Math.min(VIEWPORT.height, bar.top);
  return visible || `box ${JSON.stringify(rect)}, action bar from ${bar.top}`;
}

describe('side panel at 400×900', () => {
  it('shows Specialty, Setting, License state and the preview\'s first heading without scrolling', async () => {
    const page = await openPanel();
    await page.getByRole('combobox', { name: 'License state' }).fill('Texas');
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
    for (const label of ['Specialty', 'Setting', 'License state']) {
      expect(await onFirstScreen(page, page.getByLabel(label, { exact: true })), label).toBe(true);
    }
    const firstHeading = page.getByTestId('posting-preview').locator('h1, h2, h3').first();
    expect(await firstHeading.textContent()).toMatch(/Occupational Therapy Assistant/);
    expect(await onFirstScreen(page, firstHeading)).toBe(true);
    // The page is taller than the screen (so the test above means something), and the bar stays pinned.
    expect(await page.evaluate(() => document.scrollingElement!.scrollHeight)).toBeGreaterThan(VIEWPORT.height);
    await page.evaluate(() => window.scrollTo(0, document.scrollingElement!.scrollHeight / 2));
    const bar = await box(page.locator('.actions'));
    expect(bar.bottom).toBeLessThanOrEqual(VIEWPORT.height + 1);
    expect(bar.top).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: 'Copy', exact: true }).isVisible()).toBe(true);
    expect(harness.errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('the facts card links each source over https, opening in a new tab without an opener', async () => {
    const page = await openPanel();
    await page.getByRole('combobox', { name: 'License state' }).fill('Texas');
    const links = page.locator('.facts a');
    await expect.poll(() => links.count()).toBeGreaterThan(0);
    for (const link of await links.all()) {
      expect(await link.getAttribute('href')).toMatch(/^https:\/\//);
      expect(await link.getAttribute('target')).toBe('_blank');
      expect((await link.getAttribute('rel'))?.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
    }
    await page.close();
  });

  it('the findings line says how many problems there are and jumps to them', async () => {
    const page = await openPanel();
    await page.getByRole('combobox', { name: 'License state' }).fill('Colorado'); // pay range required, none given
    const summary = page.getByTestId('findings-summary').getByRole('link');
    await expect.poll(() => summary.textContent()).toMatch(/\d+ problems?/);
    expect(await onFirstScreen(page, summary)).toBe(true);
    const findings = page.locator('#findings');
    expect((await box(findings)).top).toBeGreaterThan(VIEWPORT.height); // below the fold before the jump
    await summary.click();
    await expect.poll(async () => (await box(findings)).top).toBeLessThan(VIEWPORT.height / 2);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('findings');
    await page.close();
  });

  it('keeps the preview where the reader scrolled it while they type', async () => {
    const page = await openPanel();
    await openSidePanelGroups(page);
    const preview = page.getByTestId('posting-preview');
    await preview.evaluate((el) => (el.scrollTop = 300));
    const before = await preview.evaluate((el) => el.scrollTop);
    expect(before).toBeGreaterThan(100);
    await page.getByRole('textbox', { name: 'Company name', exact: true }).pressSequentially('Lone Star Therapy', { delay: 20 });
    await expect.poll(() => preview.textContent()).toContain('Lone Star Therapy');
    expect(await preview.evaluate((el) => el.scrollTop)).toBe(before);
    await page.close();
  });

  it('groups start closed and stay the way the user left them', async () => {
    const page = await openPanel();
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByRole('button', { name: 'Save as preset' }).waitFor({ timeout: 15_000 });
    const pay = page.locator('details[data-group="pay"]');
    expect(await pay.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    expect(await page.getByLabel('Pay minimum').isVisible()).toBe(false);
    await pay.locator('summary').click();
    // The toggle event (which stores the state) fires after the click returns: wait for it, don't sample.
    await page.getByLabel('Pay minimum').waitFor({ state: 'visible', timeout: 5_000 });
    await expect.poll(() => page.evaluate(() => localStorage.getItem('sidepanel:open:pay'))).toBe('1');
    await page.reload();
    await page.getByRole('button', { name: 'Save as preset' }).waitFor({ timeout: 15_000 });
    await expect
      .poll(() => page.locator('details[data-group="pay"]').evaluate((el) => (el as HTMLDetailsElement).open))
      .toBe(true);
    expect(await page.locator('details[data-group="wording"]').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    await page.close();
  });
});
