import type { PresetChoice, PresetsSnapshot } from '../../presets/read-only';
import { TEMPLATE_CHOICE_ID } from '../../app/posting-source';
import { t } from '../../lib/i18n';

interface PresetPickerProps {
  snapshot: PresetsSnapshot;
  value: string;
  disabled?: boolean;
  onChange(id: string): void;
}

const label = (preset: PresetChoice, defaultId: string | null) =>
  preset.id === defaultId ? t('presetWithDefault', preset.name) : preset.name;

/**
 * Which posting Insert / Fill / Copy use. A native <select>: keyboard, screen readers and type-to-find
 * work as everywhere else. The default comes first; without a default preset that is the plain template.
 */
export function PresetPicker({ snapshot, value, disabled, onChange }: PresetPickerProps) {
  const { personal, organization, defaultId } = snapshot;
  const orgDefault = organization.find((p) => p.id === defaultId);
  const personalOptions = personal.map((p) => (
    <option key={p.id} value={p.id}>
      {label(p, defaultId)}
    </option>
  ));
  return (
    <div class="picker">
      <label for="preset-picker">{t('presetLabel')}</label>
      <select
        id="preset-picker"
        value={value}
        disabled={disabled}
        onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value)}
      >
        {defaultId === null && <option value={TEMPLATE_CHOICE_ID}>{t('defaultTemplateChoice')}</option>}
        {/* An organization default (the user has none of their own) still comes first. */}
        {orgDefault && <option value={orgDefault.id}>{label(orgDefault, defaultId)}</option>}
        {organization.length > 0 && personal.length > 0 ? <optgroup label={t('pickerYourPresets')}>{personalOptions}</optgroup> : personalOptions}
        {organization.length > 0 && (
          <optgroup label={t('pickerOrganization')}>
            {organization
              .filter((p) => p !== orgDefault)
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
          </optgroup>
        )}
      </select>
    </div>
  );
}
