/**
 * The layer rules in .dependency-cruiser.cjs must be able to fail: each case below builds a tiny
 * project in a temp folder with forbidden imports and runs depcruise on it with our config. (With its
 * default `err` output, which `npm run check:deps` uses, depcruise exits non-zero on any such violation.)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const BIN = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

/** Writes `files` (path → source) into a fresh temp project and cruises it with our config (one run: it is slow). */
function cruise(files: Record<string, string>): Violation[] {
  dir = mkdtempSync(join(tmpdir(), 'depcruise-rules-'));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'esnext', moduleResolution: 'bundler' } }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const folders = [...new Set(Object.keys(files).map((path) => path.split('/')[0]!))];
  const run = spawnSync(process.execPath, [BIN, '--config', CONFIG, '--output-type', 'json', ...folders], { cwd: dir, encoding: 'utf8' });
  const report = JSON.parse(run.stdout) as { summary: { violations: Violation[] } };
  return report.summary.violations;
}

const value = (name: string) => `export const ${name} = 1;`;

describe('dependency rules', () => {
  it('flag each upward import and a circle, and nothing that runs downward', { timeout: 120_000 }, () => {
    const violations = cruise({
      'template/t.ts': value('t'),
      'lib/l.ts': value('l'),
      'presets/p.ts': value('p'),
      'messaging/m.ts': "import { c } from '../components/c';\nexport const m = c;",
      'components/c.ts': value('c'),
      'insert/ok.ts': "import { t } from '../template/t';\nexport const ok = t;",
      'insert/up.ts': "import type { m } from '../messaging/m';\nexport type Up = typeof m;",
      'lib/up.ts': "import { p } from '../presets/p';\nexport const up = p;",
      'template/up.ts': "import { l } from '../lib/l';\nexport const up = l;",
      'app/up.ts': "import { c } from '../components/c';\nexport const up = c;",
      'app/a.ts': "import { b } from './b';\nexport const a = () => b;",
      'app/b.ts': "import { a } from './a';\nexport const b = () => a;",
    });
    const found = violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort();
    expect(found).toEqual(
      [
        'app-imports-only-downward: app/up.ts -> components/c.ts',
        'insert-imports-only-downward: insert/up.ts -> messaging/m.ts',
        'lib-imports-only-downward: lib/up.ts -> presets/p.ts',
        'messaging-imports-only-downward: messaging/m.ts -> components/c.ts',
        'no-circular: app/a.ts -> app/b.ts',
        'pure-core-imports-nothing-above: template/up.ts -> lib/l.ts',
      ].sort(),
    );
  });
});
