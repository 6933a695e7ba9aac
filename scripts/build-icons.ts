/**
 * Renders assets/icon.svg to the PNG sizes the stores and browsers want (16, 32, 48, 128) into public/icon/.
 * Uses the system Chromium through playwright-core, so no image library is needed; the PNGs are committed,
 * so building the extension does not depend on a browser being installed.
 */
import { chromium } from 'playwright-core';
import { readFile, mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';

const SIZES = [16, 32, 48, 128] as const;
const root = resolve(import.meta.dirname, '..');

async function main(): Promise<void> {
  const svg = await readFile(resolve(root, 'assets/icon.svg'), 'utf8');
  await mkdir(resolve(root, 'public/icon'), { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      await page.setContent(
        `<html><body style="margin:0;background:transparent"><img src="${dataUrl}" width="${size}" height="${size}"></body></html>`,
      );
      const out = resolve(root, `public/icon/${size}.png`);
      await page.screenshot({ path: out, omitBackground: true });
      await page.close();
      console.log(`wrote ${out}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
