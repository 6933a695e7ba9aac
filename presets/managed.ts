/**
 * Organization presets and defaults pushed by an administrator through enterprise policy
 * (`browser.storage.managed`, shape in `public/managed_schema.json`, how-to in `docs/enterprise.md`).
 *
 * Light on purpose: the popup imports this file, so it uses only `wxt/browser` and the preset schema's
 * validators (≈3.5 KB gzip), never the zustand store or `storage.ts`.
 *
 * Policy values are checked with the same rules as personal presets (limits, no markup): an admin's typo
 * skips that one entry with a notice, it never breaks the extension.
 */
import { browser } from 'wxt/browser';
import { t } from '../lib/i18n';
import type { TailorOptions } from '../template/types';
import { PresetIdSchema, validateName, validateOptions } from './schema';
import { isOptionKey, type TailorOptionKey } from './option-keys';
import * as v from 'valibot';
import { applyOrganizationPolicy } from './policy-rules';

// Re-exported: the side panel applies the same rule the policy parser uses.
export { applyOrganizationPolicy };

/** Prefix of every organization preset id. Personal ids cannot contain ":", so the two never collide. */
export const ORG_ID_PREFIX = 'org:';
/** More than any organization needs; keeps a runaway policy from flooding the picker. */
export const ORG_PRESETS_MAX = 200;

export type { TailorOptionKey };

export interface OrgPreset {
  /** `org:<id as written in the policy>`. */
  id: `${typeof ORG_ID_PREFIX}${string}`;
  name: string;
  /** The policy's options with the organization defaults and locked fields already applied. */
  options: TailorOptions;
  readOnly: true;
}

export interface OrganizationPolicy {
  presets: OrgPreset[];
  /** Filled in wherever a preset or the form leaves a field empty. */
  defaults: TailorOptions;
  /** Fields users cannot change: they always take the value in `defaults` (or stay empty without one). */
  lockedFields: TailorOptionKey[];
  /** `org:<id>` of the preset to start from when the user has no default of their own. */
  defaultPresetId?: string;
  /** Why parts of the policy were ignored, for the UI (empty when everything was usable). */
  notices: string[];
}

export const EMPTY_ORGANIZATION_POLICY: OrganizationPolicy = Object.freeze({
  presets: [],
  defaults: {},
  lockedFields: [],
  notices: [],
}) as OrganizationPolicy;

export const isOrganizationPresetId = (id: string | null | undefined): boolean => !!id?.startsWith(ORG_ID_PREFIX);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Field-by-field, so one bad default (say, markup in `aboutUs`) does not discard the company name. */
function parseDefaults(raw: unknown, notices: string[]): TailorOptions {
  if (raw === undefined) return {};
  if (!isRecord(raw)) {
    notices.push(t('policyDefaultsNotObject'));
    return {};
  }
  const defaults: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const checked = validateOptions({ [key]: value }, 'organizationDefaults');
    if (checked.ok) Object.assign(defaults, checked.value);
    else notices.push(t('policyDefaultIgnored', checked.error));
  }
  return defaults as TailorOptions;
}

function parseLockedFields(raw: unknown, notices: string[]): TailorOptionKey[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    notices.push(t('policyLockedNotList'));
    return [];
  }
  const locked = new Set<TailorOptionKey>();
  for (const key of raw) {
    if (typeof key === 'string' && isOptionKey(key)) locked.add(key);
    else notices.push(t('policyLockedUnknown', JSON.stringify(key)));
  }
  return [...locked];
}

function parsePresets(raw: unknown, policy: Pick<OrganizationPolicy, 'defaults' | 'lockedFields'>, notices: string[]): OrgPreset[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    notices.push(t('policyPresetsNotList'));
    return [];
  }
  if (raw.length > ORG_PRESETS_MAX) notices.push(t('policyTooManyPresets', [String(ORG_PRESETS_MAX), String(raw.length)]));
  const presets: OrgPreset[] = [];
  const seen = new Set<string>();
  raw.slice(0, ORG_PRESETS_MAX).forEach((entry, index) => {
    const label = isRecord(entry) && typeof entry.name === 'string' ? `"${entry.name.slice(0, 80)}"` : t('policyPresetNumber', String(index + 1));
    const skip = (why: string) => notices.push(t('policyPresetSkipped', [label, why]));
    if (!isRecord(entry)) return skip(t('policyPresetNotObject'));
    const id = v.safeParse(PresetIdSchema, entry.id);
    if (!id.success) return skip(t('policyPresetBadId', id.issues[0]?.message ?? ''));
    if (seen.has(id.output)) return skip(t('policyPresetDuplicateId', id.output));
    const name = validateName(entry.name);
    if (!name.ok) return skip(t('policyPresetInvalid', name.error));
    const options = validateOptions(entry.options ?? {});
    if (!options.ok) return skip(t('policyPresetInvalid', options.error));
    const extra = Object.keys(entry).filter((key) => !['id', 'name', 'options'].includes(key));
    if (extra.length) return skip(t('policyPresetUnknownFields', extra.map((key) => JSON.stringify(key)).join(', ')));
    seen.add(id.output);
    presets.push({
      id: `${ORG_ID_PREFIX}${id.output}`,
      name: name.value,
      options: applyOrganizationPolicy(options.value, policy),
      readOnly: true,
    });
  });
  return presets;
}

/** The managed values as a policy. Pure: never throws, whatever the administrator wrote. */
export function parseManagedPolicy(raw: unknown): OrganizationPolicy {
  if (!isRecord(raw) || Object.keys(raw).length === 0) return EMPTY_ORGANIZATION_POLICY;
  const notices: string[] = [];
  const defaults = parseDefaults(raw.organizationDefaults, notices);
  const lockedFields = parseLockedFields(raw.lockedFields, notices);
  const presets = parsePresets(raw.organizationPresets, { defaults, lockedFields }, notices);
  let defaultPresetId: string | undefined;
  if (raw.defaultPresetId !== undefined) {
    const wanted = typeof raw.defaultPresetId === 'string' ? raw.defaultPresetId : '';
    const prefixed = wanted.startsWith(ORG_ID_PREFIX) ? wanted : `${ORG_ID_PREFIX}${wanted}`;
    if (presets.some((preset) => preset.id === prefixed)) defaultPresetId = prefixed;
    else notices.push(t('policyDefaultPresetMissing', JSON.stringify(raw.defaultPresetId)));
  }
  return { presets, defaults, lockedFields, ...(defaultPresetId ? { defaultPresetId } : {}), notices };
}

export interface ManagedAreaLike {
  get(keys?: null): Promise<unknown>;
}

function browserManagedArea(): ManagedAreaLike | undefined {
  try {
    return (browser as unknown as { storage?: { managed?: ManagedAreaLike } }).storage?.managed;
  } catch {
    return undefined;
  }
}

/**
 * The raw managed values, `{}` without a policy. Firefox throws "Managed storage manifest not found" and
 * Chrome can leave the area out or fail without a schema: all of these mean "no organization", silently.
 */
export async function readManagedValues(area: ManagedAreaLike | undefined = browserManagedArea()): Promise<Record<string, unknown>> {
  if (!area || typeof area.get !== 'function') return {};
  try {
    const values = await area.get(null);
    return isRecord(values) ? values : {};
  } catch {
    return {};
  }
}

export async function readOrganizationPolicy(area?: ManagedAreaLike): Promise<OrganizationPolicy> {
  return parseManagedPolicy(await readManagedValues(area ?? browserManagedArea()));
}

type ChangeListener = (changes: Record<string, unknown>, areaName: string) => void;
export interface ManagedChangeEvents {
  addListener(listener: ChangeListener): void;
  removeListener(listener: ChangeListener): void;
}

export interface OrganizationPolicySource {
  read(): Promise<OrganizationPolicy>;
  /** Calls `onChange` with the re-read policy whenever the administrator's values change; returns "stop". */
  watch(onChange: (policy: OrganizationPolicy) => void): () => void;
}

/** The policy in the browser's managed storage, re-read on every `storage.onChanged` for the managed area. */
export function managedPolicySource(
  area?: ManagedAreaLike,
  events: ManagedChangeEvents | undefined = (browser as unknown as { storage?: { onChanged?: ManagedChangeEvents } }).storage
    ?.onChanged,
): OrganizationPolicySource {
  const read = () => readOrganizationPolicy(area);
  return {
    read,
    watch(onChange) {
      if (!events) return () => {};
      let latest = 0;
      const listener: ChangeListener = (_changes, areaName) => {
        if (areaName !== 'managed') return;
        const call = ++latest;
        // Only the newest re-read is delivered, so two quick policy pushes cannot arrive out of order.
        void read().then((policy) => {
          if (call === latest) onChange(policy);
        });
      };
      events.addListener(listener);
      return () => events.removeListener(listener);
    },
  };
}
