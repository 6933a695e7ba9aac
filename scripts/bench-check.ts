/**
 * Benchmark: checkText() on a 10,000-character posting written the way recruiters write them (the corpus
 * postings, concatenated and cut to length), in each format. Prints median and p95 per check. Goal: 5 ms
 * median. Figures only, no assertions: timing depends on the machine.
 *   npm run bench:check
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkText, type TextFormat } from '../checks/check-text';
import { CORPUS, TODAY } from '../checks/corpus/manifest';

const GOAL_MS = 5;
const LENGTH = 10_000;
const WARMUP = 30;
const RUNS = 300;
const FORMAT_BY_EXTENSION: Record<string, TextFormat> = { txt: 'text', md: 'markdown', html: 'html' };

function posting(format: TextFormat): string {
  const files = CORPUS.map((entry) => entry.file).filter((file) => FORMAT_BY_EXTENSION[file.split('.').pop() ?? ''] === format);
  let text = '';
  for (let index = 0; text.length < LENGTH; index += 1) {
    text += `${readFileSync(resolve(import.meta.dirname, '..', 'checks', 'corpus', files[index % files.length] ?? ''), 'utf8')}\n`;
  }
  // Cut at a line end so HTML stays tag-complete enough to read as an editor's output.
  return text.slice(0, text.lastIndexOf('\n', LENGTH));
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1))] as number;
}

let sink = 0; // keeps the work observable
const rows: string[] = [];
let worstMedian = 0;
for (const format of ['text', 'markdown', 'html'] as const) {
  const text = posting(format);
  for (let round = 0; round < WARMUP; round += 1) sink += checkText(text, { format, today: TODAY }).length;
  const times: number[] = [];
  for (let round = 0; round < RUNS; round += 1) {
    const start = performance.now();
    sink += checkText(text, { format, today: TODAY }).length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = percentile(times, 0.5);
  worstMedian = Math.max(worstMedian, median);
  rows.push(`${format.padEnd(9)} ${String(text.length).padStart(6)} chars  median ${median.toFixed(3)} ms  p95 ${percentile(times, 0.95).toFixed(3)} ms`);
}
console.log(`checkText() on a ${LENGTH.toLocaleString('en-US')}-character posting, ${RUNS} runs per format:`);
for (const row of rows) console.log(`  ${row}`);
console.log(`Goal: median ≤ ${GOAL_MS} ms — ${worstMedian <= GOAL_MS ? 'met' : 'NOT met'} (worst median ${worstMedian.toFixed(3)} ms). (${sink > 0 ? 'ok' : ''})`);

// Pathological pages: quotes and pay clauses once searched the whole text before each match (quadratic).
// Goal: well under a second each (they took 13 s and 1.35 s before the look-back windows were bounded).
const PATHOLOGICAL: readonly (readonly [string, string])[] = [
  ['59 KB without sentence breaks, then coded words', `${'a '.repeat(29_500)}.rockstar. ninja. young. must lift 50 lbs.`],
  ['15,000 dollar figures in one line', '$1; '.repeat(15_000)],
];
console.log('checkText() on pathological pages (text format, 3 runs, slowest shown):');
for (const [label, text] of PATHOLOGICAL) {
  let slowest = 0;
  for (let round = 0; round < 3; round += 1) {
    const start = performance.now();
    sink += checkText(text, { format: 'text', today: TODAY }).length;
    slowest = Math.max(slowest, performance.now() - start);
  }
  console.log(`  ${label.padEnd(48)} ${String(text.length).padStart(6)} chars  ${slowest.toFixed(1)} ms`);
}
