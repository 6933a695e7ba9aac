/**
 * The insert shortcut as the browser has it: `commands.getAll()` knows what the user (or a conflict)
 * changed; where that API is missing or fails, the manifest's suggested key is the best we can say.
 */
import { INSERT_COMMAND } from '../../app/background/shortcut';

interface CommandLike {
  name?: string;
  shortcut?: string;
}

interface ManifestLike {
  commands?: Record<string, { suggested_key?: string | { default?: string; mac?: string } }>;
}

export interface ShortcutAnswer {
  /** The keys ("Ctrl+Shift+Y"), or null when the command has no shortcut (unset, or taken by another). */
  keys: string | null;
  /** True when the browser would not say and the manifest's suggestion is shown instead. */
  fromManifest: boolean;
}

export function manifestShortcut(manifest: ManifestLike, isMac: boolean): string | null {
  const suggested = manifest.commands?.[INSERT_COMMAND]?.suggested_key;
  if (typeof suggested === 'string') return suggested;
  return (isMac ? suggested?.mac : undefined) ?? suggested?.default ?? null;
}

export async function insertShortcut(
  loadCommands: (() => Promise<CommandLike[]>) | undefined,
  manifest: ManifestLike,
  isMac: boolean,
): Promise<ShortcutAnswer> {
  if (loadCommands) {
    try {
      const command = (await loadCommands()).find((c) => c.name === INSERT_COMMAND);
      if (command) return { keys: command.shortcut || null, fromManifest: false };
    } catch {
      // Fall through to the manifest.
    }
  }
  return { keys: manifestShortcut(manifest, isMac), fromManifest: true };
}
