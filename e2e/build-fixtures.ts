/**
 * Bundles the fixture pages (e2e/fixtures/*.js + *.html) into e2e/.build/fixtures/ with esbuild,
 * straight from the editor packages in node_modules: no CDN, no network. TinyMCE is not bundled;
 * the fixture server serves node_modules/tinymce at /vendor/tinymce (its self-hosted layout).
 */
import { build, type Plugin } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const E2E_DIR = dirname(fileURLToPath(import.meta.url));
export const REPO_DIR = resolve(E2E_DIR, '..');
export const FIXTURE_SRC_DIR = join(E2E_DIR, 'fixtures');
export const FIXTURE_OUT_DIR = join(E2E_DIR, '.build', 'fixtures');

/**
 * The root `lexical` (0.53) and the one @lexical/* depend on (0.52) differ; two copies of lexical in
 * one page break its `$` functions. Resolve every `lexical` import to the copy @lexical/* ships with.
 */
const singleLexical: Plugin = {
  name: 'single-lexical',
  setup(b) {
    const lexicalHome = join(REPO_DIR, 'node_modules', '@lexical', 'rich-text');
    b.onResolve({ filter: /^lexical$/ }, async (args) => {
      if (args.pluginData === 'single-lexical') return undefined;
      const result = await b.resolve('lexical', {
        kind: args.kind,
        resolveDir: lexicalHome,
        pluginData: 'single-lexical',
      });
      return result.errors.length ? undefined : { path: result.path };
    });
  },
};

/**
 * Builds into a private directory and swaps it in, so a run that is already serving the fixtures
 * (e.g. the bench next to a test run) never sees a half-written or missing page.
 */
export async function buildFixtures(): Promise<{ pages: string[]; ms: number }> {
  const started = Date.now();
  const outDir = `${FIXTURE_OUT_DIR}.tmp-${process.pid}`;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const files = readdirSync(FIXTURE_SRC_DIR);
  const entries = files.filter((f) => f.endsWith('.js')).map((f) => join(FIXTURE_SRC_DIR, f));
  await build({
    entryPoints: entries,
    outdir: outDir,
    bundle: true,
    format: 'esm',
    splitting: false,
    minify: false,
    sourcemap: false,
    target: 'chrome120',
    platform: 'browser',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    loader: { '.svg': 'dataurl', '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.png': 'dataurl', '.gif': 'dataurl' },
    plugins: [singleLexical],
  });
  const pages: string[] = [];
  for (const file of files) {
    if (file.endsWith('.html')) {
      cpSync(join(FIXTURE_SRC_DIR, file), join(outDir, file));
      pages.push(file.replace(/\.html$/, ''));
    }
  }
  cpSync(join(FIXTURE_SRC_DIR, 'shared'), join(outDir, 'shared'), { recursive: true });
  // Every page links <name>.css; pages without CSS imports get an empty one so nothing 404s.
  for (const page of pages) {
    const css = join(outDir, `${page}.css`);
    if (!existsSync(css)) writeFileSync(css, '');
  }
  const retired = `${FIXTURE_OUT_DIR}.old-${process.pid}`;
  if (existsSync(FIXTURE_OUT_DIR)) renameSync(FIXTURE_OUT_DIR, retired);
  renameSync(outDir, FIXTURE_OUT_DIR);
  rmSync(retired, { recursive: true, force: true });
  return { pages, ms: Date.now() - started };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildFixtures().then(
    ({ pages, ms }) => console.log(`built ${pages.length} fixture pages in ${ms} ms → ${FIXTURE_OUT_DIR}`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
