import type { StateCode, TailorOptions } from '../../template/types';
import { ChoiceSelect } from './ChoiceSelect';
import { LicenseStateInput } from './LicenseStateInput';
import { OrganizationLock } from './OrganizationLock';
import { JURISDICTION_NAMES, SETTING_CHOICES, SPECIALTY_CHOICES } from './templateAdapter';
import { t } from '../../lib/i18n';

interface RoleChoicesProps {
  /** The posting's resolved specialty and setting (defaults filled in), so the selects never show blank. */
  specialty: TailorOptions['specialty'];
  setting: TailorOptions['setting'];
  /** What the user typed (or the locked value): an unset state stays unset here. */
  state: StateCode | undefined;
  locked: ReadonlySet<keyof TailorOptions>;
  onChange(change: Partial<TailorOptions>): void;
}

/** The three choices that shape the posting most; they sit at the top of the panel next to the preview. */
export function RoleChoices({ specialty, setting, state, locked, onChange }: RoleChoicesProps) {
  return (
    <fieldset class="role">
      <legend>{t('roleLegend')}</legend>
      <div class="role-choices">
        <OrganizationLock locked={locked.has('specialty')}>
          <ChoiceSelect label={t('specialtyLabel')} value={specialty} choices={SPECIALTY_CHOICES} onChange={(next) => onChange({ specialty: next })} />
        </OrganizationLock>
        <OrganizationLock locked={locked.has('setting')}>
          <ChoiceSelect label={t('settingLabel')} value={setting} choices={SETTING_CHOICES} onChange={(next) => onChange({ setting: next })} />
        </OrganizationLock>
        <OrganizationLock locked={locked.has('state')}>
          <LicenseStateInput value={state} jurisdictions={JURISDICTION_NAMES} onChange={(next) => onChange({ state: next })} />
        </OrganizationLock>
      </div>
    </fieldset>
  );
}
