/**
 * Benchmark: tailor() + render() for every specialty × setting × jurisdiction (6 × 9 × 54) in all three
 * formats. Prints median and p95 per posting (one tailor + one render) and totals. Goal: < 0.2 ms per
 * posting. Figures only, no assertions: timing depends on the machine.
 *   npm run bench:template
 */
import { performance } from 'node:perf_hooks';
import { FORMATS, SETTING_IDS, SPECIALTY_IDS, STATE_CODES, render, tailor, type Format, type TailorOptions } from '../template/index';

const GOAL_MS = 0.2;
const WARMUP_ROUNDS = 2;

interface Case {
  options: TailorOptions;
  format: Format;
}

const cases: Case[] = [];
for (const specialty of SPECIALTY_IDS) {
  for (const setting of SETTING_IDS) {
    for (const state of STATE_CODES) {
      for (const format of FORMATS) cases.push({ options: { specialty, setting, state }, format });
    }
  }
}

function percentile(sorted: number[], fraction: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

let sink = 0; // keeps the work observable so nothing is optimised away
for (let round = 0; round < WARMUP_ROUNDS; round += 1) {
  for (const { options, format } of cases) sink += render(tailor(options), format).length;
}

const perPosting: number[] = [];
const perFormat = new Map<Format, number[]>(FORMATS.map((format) => [format, []]));
const totalStart = performance.now();
for (const { options, format } of cases) {
  const start = performance.now();
  sink += render(tailor(options), format).length;
  const elapsed = performance.now() - start;
  perPosting.push(elapsed);
  perFormat.get(format)?.push(elapsed);
}
const totalMs = performance.now() - totalStart;

const sorted = [...perPosting].sort((a, b) => a - b);
const median = percentile(sorted, 0.5);
const p95 = percentile(sorted, 0.95);
const fmt = (ms: number) => `${ms.toFixed(4)} ms`;

console.log(`Template benchmark: ${SPECIALTY_IDS.length} specialties × ${SETTING_IDS.length} settings × ${STATE_CODES.length} jurisdictions × ${FORMATS.length} formats = ${cases.length} postings`);
console.log(`Per posting (tailor + render): median ${fmt(median)}, p95 ${fmt(p95)}, max ${fmt(sorted[sorted.length - 1] ?? 0)}`);
for (const [format, times] of perFormat) {
  const byFormat = [...times].sort((a, b) => a - b);
  console.log(`  ${format.padEnd(8)} median ${fmt(percentile(byFormat, 0.5))}, p95 ${fmt(percentile(byFormat, 0.95))}`);
}
console.log(`Total: ${totalMs.toFixed(1)} ms for ${cases.length} postings (${(cases.length / (totalMs / 1000)).toFixed(0)} postings/s); output ${sink} chars incl. warm-up`);
console.log(`Goal < ${GOAL_MS} ms per posting (median): ${median < GOAL_MS ? 'met' : 'NOT met'}`);
