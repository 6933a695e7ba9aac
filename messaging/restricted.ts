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

/** `url` undefined means we were not allowed to see it — not known to be restricted, so try. */
export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (RESTRICTED_SCHEMES.includes(parsed.protocol)) return true;
  if (RESTRICTED_HOSTS.some(([host, path]) => parsed.hostname === host && parsed.pathname.startsWith(path))) return true;
  // The PDF viewer replaces the page: nothing to insert into.
  return /\.pdf$/i.test(parsed.pathname);
}
