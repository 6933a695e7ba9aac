import { t } from '../lib/i18n';
import { applyOrganizationRules, browserSources, findPreset, readPresetsSnapshot, type PresetChoice, type PresetsSnapshot } from '../presets/read-only';
import { tailor, type Posting } from '../template';
import type { TailorOptions } from '../template/types';
import { errorMessage } from '../lib/errors';

/** How long a posting waits for `storage.managed` (slow only while the browser starts). */
export const POLICY_WAIT_MS = 10_000;

export const POLICY_NOT_LOADED = t('policyNotLoaded');

/** The picker's entry for the built-in template (not a storable preset id: those have no colon). */
export const TEMPLATE_CHOICE_ID = 'builtin:template';

/** A preset whose stored options `tailor()` refuses (e.g. minimum pay above maximum): said, never skipped. */
export class PresetUnusableError extends Error {
  constructor(
    readonly presetId: string,
    readonly presetName: string,
    reason: string,
  ) {
    super(t('presetUnusable', [presetName, reason]));
    this.name = 'PresetUnusableError';
  }
}

export class PresetMissingError extends Error {
  constructor(readonly presetId: string) {
    super(t('presetMissing'));
    this.name = 'PresetMissingError';
  }
}

export type PostingChoice =
  | { ok: true; posting: Posting; preset: PresetChoice | null }
  | { ok: false; error: PresetUnusableError | PresetMissingError };

const reasonOf = (error: unknown) => errorMessage(error).replace(/\.$/, '');

/**
 * The posting for a picker choice: the named preset, the default preset when none is named, the plain
 * template when there is no default. Pure over an already-read snapshot, so the popup recomputes it on
 * every pick without touching storage.
 */
export function choosePosting(snapshot: PresetsSnapshot, presetId?: string): PostingChoice {
  const id = presetId ?? snapshot.defaultId ?? TEMPLATE_CHOICE_ID;
  // The organization's defaults and locked fields hold for every posting, as in the side panel.
  const withRules = (options: TailorOptions) => applyOrganizationRules(options, snapshot.rules);
  if (id === TEMPLATE_CHOICE_ID) {
    try {
      return { ok: true, posting: tailor(withRules({})), preset: null };
    } catch (error) {
      return { ok: false, error: new PresetUnusableError(id, t('defaultTemplateChoice'), reasonOf(error)) };
    }
  }
  const preset = findPreset(snapshot, id);
  if (!preset) return { ok: false, error: new PresetMissingError(id) };
  try {
    return { ok: true, posting: tailor(withRules(preset.options)), preset };
  } catch (error) {
    return { ok: false, error: new PresetUnusableError(preset.id, preset.name, reasonOf(error)) };
  }
}

/**
 * Where Insert / Fill / Copy, the keyboard command and the context menu get their posting: the chosen
 * preset's options (or the default preset's, else the template) through `tailor()`. Throws
 * `PresetUnusableError` / `PresetMissingError` with a message fit for the user.
 */
export async function loadCurrentPosting(presetId?: string, snapshot?: PresetsSnapshot): Promise<Posting> {
  // Waits for the organization's policy even just after browser start: its locked fields must hold.
  const read = snapshot ?? (await readPresetsSnapshot(browserSources(), POLICY_WAIT_MS));
  // Without the policy its locked fields could be overridden: say so rather than insert something else.
  if (read.organizationLate) throw new Error(POLICY_NOT_LOADED);
  const choice = choosePosting(read, presetId);
  if (!choice.ok) throw choice.error;
  return choice.posting;
}
