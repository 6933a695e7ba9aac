/**
 * `npm run screenshots:firefox`: the popup and the side panel (Firefox's sidebar page) in Debian's Firefox
 * ESR with the built Firefox extension (run `npm run build` first). Writes docs/popup-firefox.png and
 * docs/sidepanel-firefox.png (SCREENSHOT_DIR overrides docs/). Same job form as `npm run screenshots`:
 * the caret in its description field, so the popup offers Insert as a user would see it.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { buildFixtures, REPO_DIR } from '../e2e/build-fixtures';
import { editorFixture } from '../e2e/editors';
import { clickEditable, launchFirefoxHarness, pollInPage } from '../e2e/firefox/harness';

const OUT_DIR = process.env.SCREENSHOT_DIR ?? join(REPO_DIR, 'docs');

/** The page as opened (a 420×700 window: Firefox 140's BiDi cannot resize the viewport), trimmed to its content. */
async function shoot(page: Page, file: string, firstScreen = false): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const path = join(OUT_DIR, file) as `${string}.png`;
  // The side panel: its first screen (the window's height; the sticky bar sits at its bottom edge).
  const height = await page.evaluate(() => window.innerHeight);
  await page.screenshot(firstScreen ? { path, clip: { x: 0, y: 0, width: 400, height } } : { path, fullPage: true });
  console.log(`wrote ${join(OUT_DIR, file)}`);
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  await buildFixtures();
  const harness = await launchFirefoxHarness();
  try {
    const fixture = editorFixture('contenteditable');
    const page = await harness.openFixture(fixture.page);
    await clickEditable(page, fixture);
    const popup = await harness.openPopupFor(page);
    // Insert is enabled once the posting, the presets and the page's field have been looked at.
    await pollInPage(popup, () => [...document.querySelectorAll('button')].some((b) => b.textContent?.startsWith('Insert') && !b.disabled), 15_000);
    await shoot(popup, 'popup-firefox.png');

    const panel = await harness.openExtensionPage('sidepanel.html', page);
    await pollInPage(panel, () => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Save as preset'), 15_000);
    await shoot(panel, 'sidepanel-firefox.png', true);
  } finally {
    await harness.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
