/**
 * Size budgets for the built Chrome extension, checked in CI (a figure and a limit, not a timed test).
 * A page's JS is every script and module preload its HTML names, plus the chunks those import, each counted once.
 * Prints a table; exits 1 when a budget is blown or a bundle is missing.
 */
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve, dirname, posix } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, process.argv[2] ?? '.output/chrome-mv3');

export interface Budget {
  name: string;
  /** An HTML page (its scripts are followed) or a JS file. */
  entry: string;
  limitGzipBytes: number;
}

export const BUDGETS: Budget[] = [
  { name: 'content script', entry: 'content-scripts/content.js', limitGzipBytes: 20 * 1024 },
  { name: 'popup JS', entry: 'popup.html', limitGzipBytes: 40 * 1024 },
  { name: 'side panel JS', entry: 'sidepanel.html', limitGzipBytes: 90 * 1024 },
];

function scriptsOfHtml(htmlPath: string): string[] {
  const html = readFileSync(htmlPath, 'utf8');
  const refs = [
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => match[1]!);
  return refs.map((ref) => resolve(outDir, ref.replace(/^\//, '')));
}

/** Follows static `import … from "./x.js"` between chunks so shared chunks count for every page using them. */
function withStaticImports(files: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...files];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
      const spec = match[1]!;
      const target = spec.startsWith('/')
        ? resolve(outDir, spec.slice(1))
        : resolve(dirname(file), posix.normalize(spec));
      queue.push(target);
    }
  }
  return [...seen];
}

export function measure(budget: Budget): { files: string[]; gzipBytes: number } | undefined {
  const entryPath = resolve(outDir, budget.entry);
  if (!existsSync(entryPath)) return undefined;
  const files = withStaticImports(budget.entry.endsWith('.html') ? scriptsOfHtml(entryPath) : [entryPath]);
  const gzipBytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
  return { files, gzipBytes };
}

function main(): void {
  let failed = false;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`Size budgets (${outDir}):`);
  console.log('| bundle | gzip | budget | files |');
  console.log('| --- | --- | --- | --- |');
  for (const budget of BUDGETS) {
    const result = measure(budget);
    if (!result) {
      console.log(`| ${budget.name} | missing (${budget.entry}) | ${kb(budget.limitGzipBytes)} | 0 |`);
      failed = true;
      continue;
    }
    const over = result.gzipBytes > budget.limitGzipBytes;
    failed ||= over;
    console.log(
      `| ${budget.name} | ${kb(result.gzipBytes)}${over ? ' OVER' : ''} | ${kb(budget.limitGzipBytes)} | ${result.files.length} |`,
    );
  }
  if (failed) {
    console.error('Size budget check failed: a bundle is missing or over its budget.');
    process.exit(1);
  }
}

main();
