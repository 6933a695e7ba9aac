import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { t } from '../../lib/i18n';

interface OrganizationLockProps {
  locked: boolean;
  children: ComponentChildren;
}

/**
 * Wraps fields the organization's policy locks. A disabled fieldset disables every control inside it
 * natively (inputs, selects, radios, buttons), so field components need no "disabled" prop of their own.
 */
export function OrganizationLock({ locked, children }: OrganizationLockProps) {
  const id = useId();
  if (!locked) return <>{children}</>;
  return (
    <fieldset class="organization-lock" disabled aria-describedby={`${id}-note`} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
      {children}
      <p class="hint" id={`${id}-note`}>
        {t('setByOrganization')}
      </p>
    </fieldset>
  );
}
