import { useEffect, useState } from 'preact/hooks';
import { matchSiteProfile } from '../../insert/sites';
import { disableOnSite, enableOnSite, isEnabledOnSite } from '../../app/site-access';
import { t } from '../../lib/i18n';
import { errorMessage } from '../../lib/errors';

/** The grant per site (app/site-access.ts); tests hand in their own. */
export interface SiteAccess {
  isEnabledOnSite(url: string): Promise<boolean>;
  enableOnSite(url: string): Promise<boolean>;
  disableOnSite(url: string): Promise<void>;
}

const browserSiteAccess: SiteAccess = { isEnabledOnSite, enableOnSite, disableOnSite };

export interface SiteAccessToggleProps {
  /** The target tab's URL; nothing is shown for pages that are not http(s). */
  url: string;
  onMessage(message: string): void;
  access?: SiteAccess;
}

/**
 * "Enable on this site": lets the content script run on an in-house ATS without a toolbar click each visit.
 * A button (not a checkbox) because the browser asks for the permission: the state changes only on "Allow".
 * Its label says what a press does, so it needs no pressed state.
 */
export function SiteAccessToggle({ url, onMessage, access = browserSiteAccess }: SiteAccessToggleProps) {
  const [enabled, setEnabled] = useState<boolean | null>(null);
  let host = '';
  try {
    const parsed = new URL(url);
    // Job boards with a site profile have the content script declared already: nothing to enable.
    if ((parsed.protocol === 'https:' || parsed.protocol === 'http:') && !matchSiteProfile(url)) host = parsed.hostname;
  } catch {
    // Not a web address: no toggle.
  }

  useEffect(() => {
    if (!host) return;
    access
      .isEnabledOnSite(url)
      .then(setEnabled)
      .catch(() => setEnabled(null));
  }, [url, host, access]);

  if (!host || enabled === null) return null;

  const toggle = () => {
    // permissions.request runs first, synchronously inside enableOnSite: the click's user gesture is needed.
    const change = enabled ? access.disableOnSite(url).then(() => false) : access.enableOnSite(url);
    change
      .then((now) => {
        setEnabled(now);
        onMessage(t(now ? 'siteEnabled' : enabled ? 'siteDisabled' : 'siteNotEnabled', host));
      })
      .catch((error: unknown) => onMessage(t('siteAccessError', errorMessage(error))));
  };

  return (
    <button type="button" class="site-access" onClick={toggle}>
      {t(enabled ? 'siteDisableButton' : 'siteEnableButton', host)}
    </button>
  );
}
