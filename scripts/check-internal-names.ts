/**
 * Scans the built extensions (`.output/chrome-mv3`, `.output/firefox-mv3`: JS, HTML, JSON, `_locales`) for
 * names of our internal documents ("fact sheet", "ota-domain-facts", our "§5b" section numbers, "seed
 * template"). What ships must cite public sources only. Exit 1 with every hit listed; run after a build.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findInternalNames, type InternalNameHit } from '../checks/internal-names';

const TEXT_FILE = /\.(?:js|mjs|html|json|css)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : TEXT_FILE.test(entry) ? [path] : [];
  });
}

/** Message texts of a messages.json (keys and descriptions are not shown to users). */
function localeTexts(json: string): string {
  const messages = JSON.parse(json) as Record<string, { message?: string }>;
  return Object.values(messages)
    .map((entry) => entry.message ?? '')
    .join('\n');
}

export function scanBuild(buildDir: string): Array<InternalNameHit & { file: string }> {
  const hits: Array<InternalNameHit & { file: string }> = [];
  for (const file of filesUnder(buildDir)) {
    const text = readFileSync(file, 'utf8');
    const rel = relative(buildDir, file);
    const isLocale = /(^|[\\/])_locales[\\/]/.test(rel) && rel.endsWith('messages.json');
    const found = isLocale ? findInternalNames(localeTexts(text), 'ui-text') : findInternalNames(text, 'code');
    hits.push(...found.map((hit) => ({ ...hit, file: rel })));
  }
  return hits;
}

function main(): number {
  const root = resolve(process.cwd(), '.output');
  const builds = ['chrome-mv3', 'firefox-mv3'].map((name) => join(root, name)).filter((dir) => existsSync(dir));
  if (builds.length === 0) {
    console.error('check:internal-names: no build in .output/ — run `npm run build` first.');
    return 1;
  }
  let total = 0;
  for (const dir of builds) {
    const hits = scanBuild(dir);
    total += hits.length;
    console.log(`${relative(process.cwd(), dir)}: ${hits.length === 0 ? 'no internal document names' : `${hits.length} hit(s)`}`);
    for (const hit of hits) console.log(`  ${hit.file}: ${hit.name}: "${hit.match}" … ${hit.context}`);
  }
  return total === 0 ? 0 : 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
