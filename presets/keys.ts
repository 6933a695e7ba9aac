/** Where presets live in `storage.sync` / `storage.local` (layout in presets/README.md). Shared by every reader and writer. */
export const PRESET_KEY_PREFIX = 'preset:';
export const META_KEY = 'presets:meta';

export const presetKey = (id: string): string => `${PRESET_KEY_PREFIX}${id}`;

export const presetIdOfKey = (key: string): string => key.slice(PRESET_KEY_PREFIX.length);

/** One of ours: a preset or the meta record (other keys in the same areas belong to other features). */
export const isPresetStorageKey = (key: string): boolean => key === META_KEY || key.startsWith(PRESET_KEY_PREFIX);
