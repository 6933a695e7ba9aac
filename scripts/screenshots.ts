/**
 * `npm run screenshots`: the popup, the side panel and the welcome page, light and dark, in real Chromium
 * with the built extension (run `npm run build` first). Writes docs/popup.png, docs/popup-dark.png,
 * docs/sidepanel.png, docs/sidepanel-dark.png (the panel's first screen at 400×900, as docked),
 * docs/welcome.png and docs/welcome-dark.png (SCREENSHOT_DIR overrides docs/).
 * The popup is shown on a fixture job form with the caret in its description field, so the Insert
 * action is offered as a user would see it.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildFixtures, REPO_DIR } from '../e2e/build-fixtures';
import { launchHarness, openSidePanelGroups } from '../e2e/harness';

const OUT_DIR = process.env.SCREENSHOT_DIR ?? join(REPO_DIR, 'docs');
const POPUP_WIDTH = 360;
/** A docked side panel: the shot is its first screen, what the layout promises to fit. */
const SIDE_PANEL = { width: 400, height: 900 };
/** The welcome page opens in a normal tab. */
const WELCOME = { width: 1000, height: 700 };

async function shoot(page: Page, file: string, fullPage: boolean): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT_DIR, file), fullPage, animations: 'disabled', caret: 'hide' });
  console.log(`wrote ${join(OUT_DIR, file)}`);
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  await buildFixtures();
  const harness = await launchHarness();
  try {
    const fixture = await harness.openFixture('contenteditable');
    await fixture.locator('#editor').click();
    const tabId = await harness.tabIdOf(fixture);
    for (const scheme of ['light', 'dark'] as const) {
      const suffix = scheme === 'dark' ? '-dark' : '';
      const popup = await harness.context.newPage();
      // Short viewport + full-page shot: the image is as tall as the popup's content, no empty canvas.
      await popup.setViewportSize({ width: POPUP_WIDTH, height: 120 });
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.goto(`chrome-extension://${harness.extensionId}/popup.html?tab=${tabId}`);
      // A trial click waits until the button is enabled: the posting and the presets have loaded.
      await popup.getByRole('button', { name: /^Insert/ }).first().click({ trial: true, timeout: 10_000 });
      await shoot(popup, `popup${suffix}.png`, true);
      await popup.close();

      const panel = await harness.context.newPage();
      await panel.setViewportSize(SIDE_PANEL);
      await panel.emulateMedia({ colorScheme: scheme });
      await panel.goto(`chrome-extension://${harness.extensionId}/sidepanel.html?tab=${tabId}`);
      await panel.getByRole('button', { name: 'Save as preset' }).waitFor({ timeout: 15_000 });
      await panel.getByLabel('Specialty', { exact: true }).selectOption({ label: 'Pediatrics' });
      await panel.getByLabel('Setting', { exact: true }).selectOption({ label: 'School district' });
      await panel.getByRole('combobox', { name: 'License state' }).fill('Texas');
      await openSidePanelGroups(panel);
      await panel.getByRole('textbox', { name: 'Company name' }).fill('Lone Star Therapy Group');
      await panel.getByRole('textbox', { name: 'Location' }).fill('Austin, TX');
      // Groups closed again, as a returning user sees the panel (their open state is remembered).
      const open = panel.locator('details.disclosure[open] > summary');
      for (let left = await open.count(); left > 0; left--) await open.first().click();
      await panel.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
        window.scrollTo(0, 0);
      });
      await shoot(panel, `sidepanel${suffix}.png`, false);
      await panel.close();

      const welcome = await harness.context.newPage();
      await welcome.setViewportSize(WELCOME);
      await welcome.emulateMedia({ colorScheme: scheme });
      await welcome.goto(`chrome-extension://${harness.extensionId}/welcome.html`);
      await welcome.locator('kbd').waitFor({ timeout: 10_000 });
      await welcome.waitForFunction(() => [...document.images].every((image) => image.complete && image.naturalWidth > 0));
      await shoot(welcome, `welcome${suffix}.png`, true);
      await welcome.close();
    }
  } finally {
    await harness.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
