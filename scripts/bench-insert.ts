/**
 * `npm run bench:insert` — per editor fixture, the median time from the click on the popup's Insert
 * button to the posting appearing in the editor's own model, next to a bare paste (or execCommand for
 * plain fields) dispatched by the benchmark itself in the same browser. Prints a table; asserts nothing.
 *
 * Env: BENCH_RUNS (default 10), BENCH_EDITORS (comma list of fixture names), CHROMIUM_PATH.
 * Needs `npm run build` (the Chrome build) first.
 */
import type { Page } from 'playwright-core';
import { buildFixtures } from '../e2e/build-fixtures';
import { launchHarness, waitForState, type Harness } from '../e2e/harness';
import { EDITOR_FIXTURES, bareInsert, clickAndType, type EditorFixture } from '../e2e/editors';
import { expectedPosting, squash } from '../e2e/expected';

const RUNS = Number(process.env.BENCH_RUNS) || 10;
const ONLY = process.env.BENCH_EDITORS?.split(',').map((s) => s.trim()).filter(Boolean);
const TIMEOUT_MS = 10_000;
const expected = expectedPosting();

/**
 * Installs a watcher in the fixture page that records the wall-clock time at which `__getState()`
 * first contains `needle`: checked on every DOM mutation (top document and same-origin iframes), on
 * input events, and every 4 ms as a fallback (textarea values change without mutations).
 */
async function armArrivalWatch(page: Page, needle: string): Promise<void> {
  await page.evaluate(
    ({ needle, timeoutMs }) => {
      type W = typeof window & { __getState(): { text: string }; __arrival?: Promise<number | null> };
      const w = window as W;
      const squash = (t: string) => t.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ');
      w.__arrival = new Promise<number | null>((resolve) => {
        const observers: MutationObserver[] = [];
        let timer = 0;
        let done = false;
        const finish = (value: number | null) => {
          if (done) return;
          done = true;
          observers.forEach((o) => o.disconnect());
          clearInterval(timer);
          document.removeEventListener('input', check, true);
          resolve(value);
        };
        let checking = false;
        function check() {
          // Reading some models mutates their DOM (TinyMCE's serializer): drop those records, or the
          // observer would call check() forever.
          if (checking || done) return;
          checking = true;
          const now = performance.timeOrigin + performance.now();
          if (squash(w.__getState().text).includes(needle)) finish(now);
          observers.forEach((o) => o.takeRecords());
          checking = false;
        }
        const docs: Document[] = [document];
        for (const frame of Array.from(document.querySelectorAll('iframe'))) {
          try {
            if (frame.contentDocument) docs.push(frame.contentDocument);
          } catch {
            /* cross-origin: polling covers it */
          }
        }
        for (const doc of docs) {
          const o = new MutationObserver(check);
          o.observe(doc, { childList: true, subtree: true, characterData: true });
          observers.push(o);
        }
        document.addEventListener('input', check, true);
        timer = window.setInterval(check, 4);
        setTimeout(() => finish(null), timeoutMs);
      });
    },
    { needle, timeoutMs: TIMEOUT_MS },
  );
}

async function arrival(page: Page): Promise<number | null> {
  return page.evaluate(() => (window as unknown as { __arrival: Promise<number | null> }).__arrival);
}

async function freshEditor(harness: Harness, fixture: EditorFixture): Promise<Page> {
  const page = await harness.openFixture(fixture.page);
  await clickAndType(page, fixture, '');
  return page;
}

async function timePopupInsert(harness: Harness, fixture: EditorFixture): Promise<number | null> {
  const page = await freshEditor(harness, fixture);
  const popup = await harness.openPopupFor(page);
  try {
    const button = popup.getByRole('button', { name: /^Insert/ }).first();
    await button.waitFor({ state: 'visible', timeout: 10_000 });
    await button.evaluate((el) => {
      el.addEventListener(
        'click',
        () => {
          (window as unknown as { __clickAt: number }).__clickAt = performance.timeOrigin + performance.now();
        },
        { capture: true, once: true },
      );
    });
    await armArrivalWatch(page, expected.uniqueLine);
    await button.click();
    const arrivedAt = await arrival(page);
    const clickedAt = await popup.evaluate(() => (window as unknown as { __clickAt?: number }).__clickAt ?? null);
    return arrivedAt !== null && clickedAt !== null ? arrivedAt - clickedAt : null;
  } finally {
    await popup.close();
    await page.close();
  }
}

async function timeBareInsert(harness: Harness, fixture: EditorFixture): Promise<number | null> {
  const page = await freshEditor(harness, fixture);
  try {
    await armArrivalWatch(page, expected.uniqueLine);
    const startedAt = await bareInsert(page, fixture, { html: expected.html, text: expected.text });
    const arrivedAt = await arrival(page);
    // A plain field gets the text render; make sure the bare path really arrived.
    if (arrivedAt === null) await waitForState(page, (s) => squash(s.text).includes(expected.uniqueLine), 1).catch(() => null);
    return arrivedAt === null ? null : arrivedAt - startedAt;
  } finally {
    await page.close();
  }
}

function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const fmt = (v: number | null) => (v === null ? '—' : v.toFixed(1));

async function main(): Promise<void> {
  await buildFixtures();
  const harness = await launchHarness();
  const rows: string[][] = [];
  try {
    for (const fixture of EDITOR_FIXTURES.filter((f) => !ONLY || ONLY.includes(f.name))) {
      const popupTimes: number[] = [];
      const bareTimes: number[] = [];
      let popupFailures = 0;
      let bareFailures = 0;
      for (let run = 0; run < RUNS; run++) {
        const viaPopup = await timePopupInsert(harness, fixture).catch((e: unknown) => (console.error(`  popup ${fixture.name}: ${String(e).slice(0, 300)}`), null));
        if (viaPopup === null) popupFailures++;
        else popupTimes.push(viaPopup);
        const bare = await timeBareInsert(harness, fixture).catch((e: unknown) => (console.error(`  bare ${fixture.name}: ${String(e).slice(0, 300)}`), null));
        if (bare === null) bareFailures++;
        else bareTimes.push(bare);
      }
      const row = [
        fixture.name,
        fmt(median(popupTimes)),
        `${popupTimes.length}/${RUNS}`,
        fmt(median(bareTimes)),
        `${bareTimes.length}/${RUNS}`,
        fixture.bareMethod,
      ];
      rows.push(row);
      console.error(`  ${row.join('  ')}${popupFailures || bareFailures ? `  (failed: popup ${popupFailures}, bare ${bareFailures})` : ''}`);
    }
  } finally {
    await harness.close();
  }
  const header = ['editor', 'popup Insert → model, median ms', 'ok', 'bare insert → model, median ms', 'ok', 'bare method'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(`\nInsertion latency, ${RUNS} runs per editor (posting: ${expected.text.length} chars of text)\n`);
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
  console.log('\n"—" = the posting never appeared in the model within 10 s (engine did not insert).');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
