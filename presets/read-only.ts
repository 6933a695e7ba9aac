/**
 * A light, read-only view of the presets for the popup and the background. It reads the stored keys
 * directly instead of opening the store: the popup must open instantly (no zustand, no valibot, no
 * writer machinery), and neither context ever writes presets. The full checks happen where presets are
 * written (the store) and where they are used (`tailor()` validates every option it is given).
 *
 * Layout (see presets/README.md): `preset:<id>` and `presets:meta` in `storage.sync`, with over-quota
 * presets in `storage.local`; the newest `updatedAt` wins when both areas hold a key.
 */
import { browser } from 'wxt/browser';
import type { TailorOptions } from '../template/types';
import { applyOrganizationPolicy, hasMarkup } from './policy-rules';

// Same strings as presets/migrations.ts (that module pulls in valibot, so it is not imported here;
// read-only.test.ts checks they stay equal).
export const PRESET_KEY_PREFIX = 'preset:';
export const META_KEY = 'presets:meta';
/** Organization presets are named `org:<id>` so they never collide with personal ids (letters, digits, - and _). */
export const ORG_ID_PREFIX = 'org:';

export interface PresetChoice {
  id: string;
  name: string;
  options: TailorOptions;
  /** Organization presets come from the administrator's policy and cannot be edited. */
  group: 'personal' | 'organization';
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

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Does any text in the value (nested lists and objects included) look like markup or script? */
export function containsMarkup(value: unknown): boolean {
  if (typeof value === 'string') return hasMarkup(value);
  if (Array.isArray(value)) return value.some(containsMarkup);
  if (isRecord(value)) return Object.values(value).some(containsMarkup);
  return false;
}

export function isPresetStorageKey(key: string): boolean {
  return key === META_KEY || key.startsWith(PRESET_KEY_PREFIX);
}

interface StoredPreset extends PresetChoice {
  createdAt: number;
  updatedAt: number;
}

function readPreset(key: string, raw: unknown): StoredPreset | null {
  if (!isRecord(raw)) return null;
  const { id, name, options, createdAt, updatedAt } = raw;
  if (typeof id !== 'string' || `${PRESET_KEY_PREFIX}${id}` !== key) return null;
  if (typeof name !== 'string' || name.trim() === '' || !isRecord(options)) return null;
  // The store never writes markup; a value holding some did not come from it and is not used.
  if (containsMarkup(name) || containsMarkup(options)) return null;
  return {
    id,
    name: name.trim(),
    options: options as TailorOptions,
    group: 'personal',
    createdAt: typeof createdAt === 'number' ? createdAt : 0,
    updatedAt: typeof updatedAt === 'number' ? updatedAt : 0,
  };
}

interface StoredMeta {
  order: string[];
  defaultPresetId?: string;
  updatedAt: number;
}

function readMeta(raw: unknown): StoredMeta | null {
  if (!isRecord(raw) || !Array.isArray(raw.order)) return null;
  return {
    order: raw.order.filter((id): id is string => typeof id === 'string'),
    ...(typeof raw.defaultPresetId === 'string' ? { defaultPresetId: raw.defaultPresetId } : {}),
    updatedAt: typeof raw.updatedAt === 'number' ? raw.updatedAt : 0,
  };
}

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

export interface OrganizationRules {
  /** Filled in wherever the options leave a field empty. */
  defaults: Record<string, unknown>;
  /** Always take the organization's value (removed when it has none). */
  lockedFields: string[];
}

/** Options as the organization wants them: the rule the side panel applies too (presets/policy-rules.ts). */
export const applyOrganizationRules: (options: TailorOptions, rules: OrganizationRules) => TailorOptions = applyOrganizationPolicy;

/** `storage.managed` → organization presets (ids prefixed `org:`), the organization's default and rules. */
export function readOrganization(managed: Record<string, unknown>): {
  presets: PresetChoice[];
  defaultId: string | null;
  rules: OrganizationRules;
} {
  // Field by field, like the side panel: one default holding markup does not discard the others.
  const defaults = isRecord(managed.organizationDefaults)
    ? Object.fromEntries(Object.entries(managed.organizationDefaults).filter(([, value]) => !containsMarkup(value)))
    : {};
  const rules: OrganizationRules = {
    defaults,
    lockedFields: Array.isArray(managed.lockedFields) ? managed.lockedFields.filter((k): k is string => typeof k === 'string') : [],
  };
  const list = Array.isArray(managed.organizationPresets) ? managed.organizationPresets : [];
  const presets: PresetChoice[] = [];
  const seen = new Set<string>();
  for (const item of list) {
    if (!isRecord(item) || typeof item.id !== 'string' || !/^[A-Za-z0-9_-]+$/.test(item.id)) continue;
    if (typeof item.name !== 'string' || item.name.trim() === '' || seen.has(item.id)) continue;
    // Skipped, as the side panel skips it (presets/managed.ts): markup is never legitimate in a posting.
    if (containsMarkup(item.name) || containsMarkup(item.options)) continue;
    seen.add(item.id);
    presets.push({
      id: `${ORG_ID_PREFIX}${item.id}`,
      name: item.name.trim(),
      options: (isRecord(item.options) ? item.options : {}) as TailorOptions,
      group: 'organization',
    });
  }
  const named = typeof managed.defaultPresetId === 'string' ? managed.defaultPresetId : null;
  const wanted = named === null ? null : named.startsWith(ORG_ID_PREFIX) ? named : `${ORG_ID_PREFIX}${named}`;
  return { presets, defaultId: presets.some((p) => p.id === wanted) ? wanted : null, rules };
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
  const sync = syncRead === TIMED_OUT ? {} : syncRead;
  const local = localRead === TIMED_OUT ? {} : localRead;
  const managed = managedRead === TIMED_OUT ? {} : managedRead;
  const presets = new Map<string, StoredPreset>();
  const bad = new Set<string>();
  let meta: StoredMeta | null = null;
  for (const data of [sync, local]) {
    for (const [key, raw] of Object.entries(data)) {
      if (key === META_KEY) {
        const candidate = readMeta(raw);
        if (candidate && (!meta || candidate.updatedAt > meta.updatedAt)) meta = candidate;
        continue;
      }
      if (!key.startsWith(PRESET_KEY_PREFIX)) continue;
      const preset = readPreset(key, raw);
      if (!preset) {
        bad.add(key);
        continue;
      }
      const known = presets.get(key);
      if (!known || preset.updatedAt > known.updatedAt) presets.set(key, preset);
    }
  }
  // A valid copy in either area is enough; only keys with no readable copy are reported.
  const unreadable = [...bad].filter((key) => !presets.has(key)).map((key) => key.slice(PRESET_KEY_PREFIX.length));

  const byId = new Map([...presets.values()].map((p) => [p.id, p] as const));
  const listed = (meta?.order ?? []).filter((id, i, all) => byId.has(id) && all.indexOf(id) === i);
  const listedSet = new Set(listed);
  const unlisted = [...byId.values()]
    .filter((p) => !listedSet.has(p.id))
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
    .map((p) => p.id);
  const ordered = [...listed, ...unlisted].map((id) => byId.get(id)!);
  const personalDefault = meta?.defaultPresetId && byId.has(meta.defaultPresetId) ? meta.defaultPresetId : null;
  if (personalDefault) ordered.unshift(...ordered.splice(ordered.findIndex((p) => p.id === personalDefault), 1));
  const personal = ordered.map(({ id, name, options, group }) => ({ id, name, options, group }));

  const organization = readOrganization(managed);
  return {
    personal,
    organization: organization.presets,
    defaultId: personalDefault ?? organization.defaultId,
    unreadable,
    rules: organization.rules,
    ...(managedRead === TIMED_OUT ? { organizationLate: true as const } : {}),
  };
}

export function findPreset(snapshot: PresetsSnapshot, id: string): PresetChoice | undefined {
  return snapshot.personal.find((p) => p.id === id) ?? snapshot.organization.find((p) => p.id === id);
}
