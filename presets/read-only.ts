/**
 * A read-only snapshot of the presets for the popup, the context menu and the keyboard shortcut. It opens
 * no store (no zustand, no writer machinery, no change listeners) and never writes, but it reads through
 * the same core as the store: keys, strict parsing, newest-copy merge and order from reading.ts, the
 * organization's policy from `parseManagedPolicy` (managed.ts). What the side panel skips, this skips too.
 */
import { browser } from 'wxt/browser';
import type { TailorOptions } from '../template/types';
import { parseManagedPolicy, type OrganizationPolicy } from './managed';
import { applyOrganizationPolicy } from './policy-rules';
import { collectStoredPresets, sortPresets } from './reading';
import { presetIdOfKey } from './keys';

export { META_KEY, PRESET_KEY_PREFIX, isPresetStorageKey } from './keys';

export interface PresetChoice {
  id: string;
  name: string;
  options: TailorOptions;
  /** Organization presets come from the administrator's policy and cannot be edited. */
  group: 'personal' | 'organization';
}

export interface OrganizationRules {
  /** Filled in wherever the options leave a field empty (checked `TailorOptions` values). */
  defaults: Record<string, unknown>;
  /** Always take the organization's value (removed when it has none). */
  lockedFields: string[];
}

export interface PresetsSnapshot {
  /** Personal presets in display order, the default first. */
  personal: PresetChoice[];
  /** Read-only presets from `storage.managed` (empty when there is no policy). */
  organization: PresetChoice[];
  /** The preset used when none is picked: the personal default, else the organization's, else null (template). */
  defaultId: string | null;
  /** Stored values that could not be read, named so the user can fix them in the side panel. */
  unreadable: string[];
  /** The organization's defaults and locked fields, applied to every posting (empty without a policy). */
  rules: OrganizationRules;
  /** `storage.managed` had not answered in time (browser just started): read again shortly. */
  organizationLate?: true;
}

interface AreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
}

export interface SnapshotSources {
  sync?: AreaLike;
  local?: AreaLike;
  managed?: AreaLike;
}

/** Options as the organization wants them: the rule the side panel applies too (presets/policy-rules.ts). */
export const applyOrganizationRules: (options: TailorOptions, rules: OrganizationRules) => TailorOptions = applyOrganizationPolicy;

const TIMED_OUT = Symbol('timed out');

async function getAll(area: AreaLike | undefined, timeoutMs?: number): Promise<Record<string, unknown> | typeof TIMED_OUT> {
  if (!area) return {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const read = area.get(null);
    if (timeoutMs === undefined) return await read;
    return await Promise.race([read, new Promise<typeof TIMED_OUT>((resolve) => (timer = setTimeout(() => resolve(TIMED_OUT), timeoutMs)))]);
  } catch {
    // Firefox throws for storage.managed without a policy; a missing area simply holds nothing.
    return {};
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Chrome answers `storage.managed` only once its policy service is up — seconds after the browser starts.
 * Personal presets must not wait for that: past this delay the snapshot goes without the organization's
 * part and says so (`organizationLate`), and the caller reads again later.
 */
export const MANAGED_READ_TIMEOUT_MS = 1_500;

/** The organization's part of a snapshot, from the policy as the store holds it. */
export function organizationChoices(policy: OrganizationPolicy): {
  presets: PresetChoice[];
  defaultId: string | null;
  rules: OrganizationRules;
} {
  return {
    presets: policy.presets.map(({ id, name, options }) => ({ id, name, options, group: 'organization' as const })),
    defaultId: policy.defaultPresetId ?? null,
    rules: { defaults: policy.defaults as Record<string, unknown>, lockedFields: [...policy.lockedFields] },
  };
}

export function browserSources(): SnapshotSources {
  const storage = (browser as { storage?: Partial<Record<'sync' | 'local' | 'managed', AreaLike>> }).storage;
  return { sync: storage?.sync, local: storage?.local, managed: storage?.managed };
}

/** Reads every preset once. Never throws: unreadable values are listed in `unreadable`. */
export async function readPresetsSnapshot(
  sources: SnapshotSources = browserSources(),
  managedTimeoutMs = MANAGED_READ_TIMEOUT_MS,
): Promise<PresetsSnapshot> {
  const [syncRead, localRead, managedRead] = await Promise.all([
    getAll(sources.sync),
    getAll(sources.local),
    getAll(sources.managed, managedTimeoutMs),
  ]);
  const stored = collectStoredPresets([
    ['sync', syncRead === TIMED_OUT ? {} : syncRead],
    ['local', localRead === TIMED_OUT ? {} : localRead],
  ]);
  const byId = new Map(stored.presets.map((preset) => [preset.id, preset] as const));
  const personalDefault =
    stored.meta?.defaultPresetId && byId.has(stored.meta.defaultPresetId) ? stored.meta.defaultPresetId : null;
  const personal = sortPresets(byId, stored.meta?.order ?? [], personalDefault ?? undefined).map(
    ({ id, name, options }): PresetChoice => ({ id, name, options, group: 'personal' }),
  );
  const organization = organizationChoices(parseManagedPolicy(managedRead === TIMED_OUT ? {} : managedRead));
  return {
    personal,
    organization: organization.presets,
    defaultId: personalDefault ?? organization.defaultId,
    unreadable: stored.unreadableKeys.map(presetIdOfKey),
    rules: organization.rules,
    ...(managedRead === TIMED_OUT ? { organizationLate: true as const } : {}),
  };
}

export function findPreset(snapshot: PresetsSnapshot, id: string): PresetChoice | undefined {
  return snapshot.personal.find((p) => p.id === id) ?? snapshot.organization.find((p) => p.id === id);
}
