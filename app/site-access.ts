import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_MATCHES } from '../insert/sites';
import { CONTENT_SCRIPT_FILE } from '../messaging/tab-client';

/**
 * "Enable on this site": the user grants one origin (an in-house ATS, a board without a site profile) through
 * the manifest's optional_host_permissions, and the content script is then registered for that origin only,
 * so it is ready on every visit without a toolbar click. Disabling unregisters it and gives the grant back.
 *
 * The grant is the source of truth: the background re-derives the registrations from permissions.getAll()
 * at startup and whenever a grant is added or removed (also from the browser's own site-access settings).
 */

/** Registered content-script ids carry this prefix, so other registrations are never touched. */
export const SITE_SCRIPT_ID_PREFIX = 'site-access:';

/** `https://ats.example.com` (or any URL on it) → `https://ats.example.com/*`. Only http(s) origins. */
export function originPattern(originOrUrl: string): string {
  let url: URL;
  try {
    url = new URL(originOrUrl);
  } catch {
    throw new Error(`Not a web address: "${originOrUrl}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`Only http and https sites can be enabled, not "${url.protocol}" (${originOrUrl})`);
  }
  // Match patterns carry no port: a grant for the host covers every port on it.
  return `${url.protocol}//${url.hostname}/*`;
}

function scriptIdFor(pattern: string): string {
  return `${SITE_SCRIPT_ID_PREFIX}${pattern}`;
}

/** Is the content script allowed on this origin by a user grant? (Declared job-board hosts are not grants.) */
export async function isEnabledOnSite(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(origin)] });
}

/**
 * Ask the browser for this origin and register the content script there. Call it straight from the click
 * handler: permissions.request needs the user gesture, so nothing may be awaited before it.
 * Resolves false when the user (or the browser) says no.
 */
export async function enableOnSite(origin: string): Promise<boolean> {
  const pattern = originPattern(origin);
  const granted = await browser.permissions.request({ origins: [pattern] });
  if (!granted) return false;
  // The background does the same from permissions.onAdded; doing it here too means the page works at once
  // even if the background is asleep. Registration is idempotent.
  await syncSiteContentScripts();
  return true;
}

/** Unregister the content script for this origin and give the grant back. */
export async function disableOnSite(origin: string): Promise<void> {
  const pattern = originPattern(origin);
  await unregister([scriptIdFor(pattern)]);
  await browser.permissions.remove({ origins: [pattern] });
}

/** The origin patterns granted at runtime: granted origins minus the wildcards themselves. */
async function grantedSitePatterns(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  // Chrome lists the manifest's content-script hosts among the granted origins: those already have the
  // declared script. Wildcard grants ("on all sites" in the browser's settings) go through activeTab instead.
  return origins.filter(
    (pattern) => /^https?:\/\/[^/*]+\/\*$/.test(pattern) && !CONTENT_SCRIPT_MATCHES.includes(pattern),
  );
}

async function unregister(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  try {
    await browser.scripting.unregisterContentScripts({ ids });
  } catch {
    // Unknown ids (already gone): one at a time so the others still go.
    for (const id of ids) await browser.scripting.unregisterContentScripts({ ids: [id] }).catch(() => undefined);
  }
}

/**
 * Make the registered content scripts equal the granted origins: register what is missing, drop what is
 * no longer granted. Safe to run any number of times, also concurrently (a duplicate id is skipped).
 */
export async function syncSiteContentScripts(): Promise<{ registered: string[]; unregistered: string[] }> {
  const patterns = await grantedSitePatterns();
  const wanted = new Map(patterns.map((pattern) => [scriptIdFor(pattern), pattern]));
  const existing = (await browser.scripting.getRegisteredContentScripts())
    .map((script) => script.id)
    .filter((id) => id.startsWith(SITE_SCRIPT_ID_PREFIX));
  const stale = existing.filter((id) => !wanted.has(id));
  await unregister(stale);
  const registered: string[] = [];
  for (const [id, pattern] of wanted) {
    if (existing.includes(id)) continue;
    try {
      await browser.scripting.registerContentScripts([
        {
          id,
          matches: [pattern],
          js: [CONTENT_SCRIPT_FILE.replace(/^\//, '')],
          allFrames: true,
          runAt: 'document_idle',
          persistAcrossSessions: true,
        },
      ]);
      registered.push(pattern);
    } catch {
      // Registered meanwhile by the other context (popup and background both sync), or the grant was
      // withdrawn in between: the next sync settles it.
    }
  }
  return { registered, unregistered: stale.map((id) => id.slice(SITE_SCRIPT_ID_PREFIX.length)) };
}

/**
 * Background wiring: keep the registrations in step with the grants at install, at browser start and on
 * every grant change (including ones made in the browser's extension settings).
 */
export function registerSiteAccessHandlers(): void {
  const sync = () => void syncSiteContentScripts().catch(() => undefined);
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
}
