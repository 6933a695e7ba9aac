/**
 * package.json lists what ships in the extension under `dependencies` and build/test tooling under
 * `devDependencies`: a reviewer (and `npm ls --omit=dev`) should see exactly what the bundles contain.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** Folders whose non-test code is bundled into the extension. */
const SHIPPED_FOLDERS = ['entrypoints', 'components', 'presets', 'messaging', 'insert', 'template', 'checks', 'lib', 'app', 'build'];
/** The build framework: its `wxt/browser` and `wxt/utils/*` helpers are compiled in, the package itself is tooling. */
const BUILD_FRAMEWORK = 'wxt';

function sourceFiles(folder: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    const isTest = /\.test\.tsx?$|test-support\.ts$|testUtils\.tsx?$/.test(name);
    return /\.tsx?$/.test(name) && !isTest ? [path] : [];
  });
}

function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

function shippedPackages(): Set<string> {
  const used = new Set<string>();
  for (const file of SHIPPED_FOLDERS.flatMap((folder) => sourceFiles(join(root, folder)))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bfrom\s+['"]([^'"./][^'"]*)['"]|\bimport\s*\(\s*['"]([^'"./][^'"]*)['"]/g)) {
      const specifier = match[1] ?? match[2]!;
      if (!specifier.startsWith('node:')) used.add(packageOf(specifier));
    }
  }
  return used;
}

describe('package.json dependency lists', () => {
  const shipped = shippedPackages();

  it('lists every package the extension code imports under dependencies', () => {
    const missing = [...shipped].filter((name) => name !== BUILD_FRAMEWORK && !(name in pkg.dependencies));
    expect(missing).toEqual([]);
  });

  it('lists nothing under dependencies that the extension code does not import', () => {
    // Polyfill packages are wired in by WXT's configuration rather than imported by our code.
    const wiredByConfig = new Set(['webextension-polyfill', '@wxt-dev/webextension-polyfill']);
    const unused = Object.keys(pkg.dependencies).filter((name) => !shipped.has(name) && !wiredByConfig.has(name));
    expect(unused).toEqual([]);
  });
});
