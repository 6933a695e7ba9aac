/**
 * Pages no extension may script: browser UI, other extensions, the stores, the built-in PDF viewer.
 * On these the popup says so and still offers Copy, instead of failing with an injection error.
 */
const RESTRICTED_SCHEMES = ['chrome:', 'chrome-extension:', 'chrome-search:', 'chrome-untrusted:', 'edge:', 'brave:',
  'opera:', 'vivaldi:', 'about:', 'moz-extension:', 'resource:', 'view-source:', 'devtools:', 'data:', 'javascript:'];

const RESTRICTED_HOSTS: [host: string, pathPrefix: string][] = [
  ['chromewebstore.google.com', '/'],
  ['chrome.google.com', '/webstore'],
  ['microsoftedge.microsoft.com', '/addons'],
  ['addons.mozilla.org', '/'],
  ['accounts-static.cdn.mozilla.net', '/'],
];

/** Which kind of protected page `url` is, so the user is told the reason; null when we may try. */
export type RestrictedKind = 'browser-page' | 'store' | 'pdf';

/** `url` undefined means we were not allowed to see it — not known to be restricted, so try. */
export function restrictedKind(url: string | undefined): RestrictedKind | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'browser-page';
  }
  if (RESTRICTED_SCHEMES.includes(parsed.protocol)) return 'browser-page';
  if (RESTRICTED_HOSTS.some(([host, path]) => parsed.hostname === host && parsed.pathname.startsWith(path))) return 'store';
  // The PDF viewer replaces the page: nothing to insert into.
  return /\.pdf$/i.test(parsed.pathname) ? 'pdf' : null;
}
