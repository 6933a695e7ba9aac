import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * An exported name in template/ or checks/ that nothing uses (no other file, and not even its own file
 * beyond the declaration) is dead code: it looks like API, so people keep it in step with the data for
 * nothing. Build output and dependencies are not searched.
 */
const ROOT = resolve(__dirname, '..');
const SKIPPED_DIRS = new Set(['node_modules', '.output', '.git', '.wxt', '.build', 'dist', 'coverage']);
const OWN_DIRS = ['template', 'checks'];

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (SKIPPED_DIRS.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (/\.(?:ts|tsx|mts|js|mjs)$/.test(name)) out.push(path);
  }
  return out;
}

describe('no dead exports in template/ and checks/', () => {
  it('every exported name is used somewhere', () => {
    const files = sourceFiles(ROOT);
    const texts = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));
    const own = files.filter((file) => OWN_DIRS.some((dir) => relative(ROOT, file).startsWith(`${dir}/`)) && !/\.test\.tsx?$/.test(file));
    expect(own.length).toBeGreaterThan(20);
    const dead: string[] = [];
    for (const file of own) {
      const text = texts.get(file)!;
      for (const match of text.matchAll(/export\s+(?:const|let|function|class|type|interface|enum)\s+([A-Za-z_$][\w$]*)/g)) {
        const name = match[1]!;
        const word = new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
        const usedInOwnFile = (text.match(word) ?? []).length > 1;
        const usedElsewhere = files.some((other) => other !== file && new RegExp(word.source).test(texts.get(other)!));
        if (!usedInOwnFile && !usedElsewhere) dead.push(`${relative(ROOT, file)}: ${name}`);
      }
    }
    expect(dead).toEqual([]);
  });
});
