/**
 * Test-only helper: finds the shared reference files (seed template). Locally they live at
 * /work/shared beside the repo; CI copies shared/ beside its clone, so both resolve to "../shared"
 * relative to the repo root. A copy inside the repo is accepted as a fallback.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export function readSharedFile(relative: string): string {
  const candidates = [
    ...(process.env.OTA_SHARED_DIR ? [path.resolve(process.env.OTA_SHARED_DIR, relative)] : []),
    path.resolve(HERE, '../../shared', relative),
    path.resolve(HERE, '../shared', relative),
  ];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      `Shared reference file "${relative}" not found. Looked in:\n  ${candidates.join('\n  ')}\n` +
        'Copy the shared/ folder beside the repository (or set OTA_SHARED_DIR).',
    );
  }
  return readFileSync(found, 'utf8');
}

/** The "* " bullets under a "## {heading}" of a markdown file, up to the next "## " heading. */
export function bulletsUnderHeading(markdown: string, heading: string): string[] {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  if (start === -1) throw new Error(`Heading "## ${heading}" not found`);
  const bullets: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('## ')) break;
    const match = /^\*\s+(.*\S)\s*$/.exec(line);
    if (match?.[1]) bullets.push(match[1]);
  }
  return bullets;
}

export const SEED_FILE = 'seed/occupational-therapist-assistant-job-description.md';
