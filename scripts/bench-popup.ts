/**
 * `npm run bench:popup` — how fast the popup says what it can do, measured inside the popup from its own
 * time origin (median over BENCH_RUNS opens, default 10):
 *   - on a page it cannot change (chrome://version, a file page without access): until the reason shows
 *     beside the disabled Insert (issue 13's goal: within 500 ms);
 *   - on a job form: until Insert is enabled, with the managed-storage read answering at once and made as
 *     slow as Chromium's first one after browser start (~1.4 s; the popup must not wait for it).
 * Prints a table; asserts nothing. Needs `npm run build` (the Chrome build) first.
 */
import { join } from 'node:path';
import { buildFixtures, E2E_DIR } from '../e2e/build-fixtures';
import { launchHarness, type Harness } from '../e2e/harness';
import { openRecordedPopup, popupRecord, type PopupRecord } from '../e2e/popup-recorder';

const RUNS = Number(process.env.BENCH_RUNS) || 10;
const TIMEOUT_MS = 10_000;

interface Scenario {
  name: string;
  /** Where the tab goes after the fixture opened (its id is read first: the extension may not see the URL). */
  url?: () => string;
  slowManaged?: boolean;
  pick: keyof Omit<PopupRecord, 'texts'>;
}

const SCENARIOS: Scenario[] = [
  { name: 'chrome://version → reason beside Insert', url: () => 'chrome://version/', pick: 'reasonAt' },
  { name: 'file page, no access → reason beside Insert', url: () => `file://${join(E2E_DIR, 'fixtures', 'no-target.html')}`, pick: 'reasonAt' },
  { name: 'job form → Insert enabled', pick: 'insertEnabledAt' },
  { name: 'job form, slow first managed read → Insert enabled', slowManaged: true, pick: 'insertEnabledAt' },
];

async function timeOnce(harness: Harness, scenario: Scenario): Promise<number | null> {
  const page = await harness.openFixture('textarea-react');
  try {
    const tabId = await harness.tabIdOf(page);
    if (scenario.url) await page.goto(scenario.url());
    const popup = await openRecordedPopup(harness, tabId, { slowManaged: scenario.slowManaged });
    try {
      const deadline = Date.now() + TIMEOUT_MS;
      for (;;) {
        const value = (await popupRecord(popup))[scenario.pick];
        if (value !== null) return value;
        if (Date.now() > deadline) return null;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    } finally {
      await popup.close();
    }
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

const fmt = (v: number | null) => (v === null ? '—' : v.toFixed(0));

/**
 * Chromium answers storage.managed only once its policy service is up, a second or more after the browser
 * starts; until then every read waits. Measure after it is up, so runs compare alike (the slow scenario
 * above stands for the start-up case).
 */
async function waitForPolicyService(harness: Harness): Promise<number> {
  const started = Date.now();
  const worker = await harness.serviceWorker();
  await worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { managed: { get(keys: null): Promise<unknown> } } } }).chrome.storage.managed.get(null));
  return Date.now() - started;
}

async function main(): Promise<void> {
  await buildFixtures();
  const harness = await launchHarness();
  const rows: string[][] = [];
  try {
    console.error(`  policy service answered ${await waitForPolicyService(harness)} ms after the harness was up`);
    for (const scenario of SCENARIOS) {
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const time = await timeOnce(harness, scenario).catch((e: unknown) => (console.error(`  ${scenario.name}: ${String(e).slice(0, 300)}`), null));
        if (time !== null) times.push(time);
      }
      const row = [scenario.name, fmt(median(times)), fmt(times.length ? Math.max(...times) : null), `${times.length}/${RUNS}`];
      rows.push(row);
      console.error(`  ${row.join('  ')}`);
    }
  } finally {
    await harness.close();
  }
  const header = ['popup opened on', 'median ms', 'max ms', 'ok'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(`\nPopup: time from opening to what it can do, ${RUNS} opens each (ms from the popup's time origin)\n`);
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
  console.log('\n"—" = never within 10 s.');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
