/**
 * Least-privilege check of the built extension (Chrome and Firefox MV3). Reads each build's manifest.json,
 * HTML and JS and fails on:
 * - host scope: `<all_urls>`, `*://*\/*`, `http(s)://*\/*` or any host outside the site profiles in
 *   `host_permissions` or content-script `matches` (the wildcards are allowed in `optional_host_permissions`
 *   only: "Enable on this site" requests one origin at a time);
 * - remote code: an `http(s)://` (or protocol-relative) script in built HTML, a remote `import()` /
 *   `importScripts()`, a `content_security_policy` that loosens the MV3 default, `eval(` / `new Function(`
 *   in built JS unless explicitly allow-listed below with a reason;
 * - unused permissions: each permission must be used by the built JS through the API it unlocks;
 * - page exposure: `web_accessible_resources` (pages could load and fingerprint our files),
 *   `externally_connectable` (pages or other extensions could message us), or a content script declared in
 *   the page's MAIN world (it would share the page's JavaScript; our page-world step runs on demand only).
 * The checks are pure functions (tested in check-manifest.test.ts); `main()` runs them on the real builds.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface ContentScriptEntry {
  matches?: string[];
  js?: string[];
  /** `ISOLATED` (the default) or `MAIN`. */
  world?: string;
}

export interface ManifestLike {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: ContentScriptEntry[];
  content_security_policy?: unknown;
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
  [key: string]: unknown;
}

export interface BuiltFile {
  /** Path relative to the build folder. */
  path: string;
  text: string;
}

export interface Finding {
  rule: 'host-scope' | 'remote-code' | 'csp' | 'dynamic-code' | 'unused-permission' | 'unknown-permission' | 'page-exposure';
  message: string;
}

/** Patterns that grant every site. */
export const BROAD_HOST_PATTERNS: readonly string[] = ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*'];

/** "Enable on this site": the only wildcards allowed, and only as optional host permissions. */
export const OPTIONAL_SITE_ACCESS_PATTERNS: readonly string[] = ['https://*/*', 'http://*/*'];

function isBroad(pattern: string): boolean {
  if (BROAD_HOST_PATTERNS.includes(pattern)) return true;
  // Any scheme with a bare `*` host (e.g. `*://*/jobs/*`, `wss://*/*`) is every site too.
  return /^[a-z*-]+:\/\/\*\//i.test(pattern);
}

/**
 * Host permissions and content-script matches must be site-profile patterns; optional host permissions may
 * add the two "Enable on this site" wildcards and nothing else.
 */
export function checkHostScope(manifest: ManifestLike, siteMatches: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  const allowed = new Set(siteMatches);
  const requireSitePattern = (pattern: string, where: string) => {
    if (isBroad(pattern)) {
      findings.push({ rule: 'host-scope', message: `${where}: "${pattern}" grants every site` });
    } else if (!allowed.has(pattern)) {
      findings.push({ rule: 'host-scope', message: `${where}: "${pattern}" is not a site-profile pattern` });
    }
  };
  for (const pattern of manifest.host_permissions ?? []) requireSitePattern(pattern, 'host_permissions');
  (manifest.content_scripts ?? []).forEach((script, index) => {
    for (const pattern of script.matches ?? []) requireSitePattern(pattern, `content_scripts[${index}].matches`);
  });
  for (const pattern of manifest.optional_host_permissions ?? []) {
    if (OPTIONAL_SITE_ACCESS_PATTERNS.includes(pattern) || allowed.has(pattern)) continue;
    findings.push({
      rule: 'host-scope',
      message: `optional_host_permissions: "${pattern}" is neither a site-profile pattern nor ${OPTIONAL_SITE_ACCESS_PATTERNS.join(' / ')}`,
    });
  }
  // Permission strings that are really host patterns (MV2 style) are host scope too.
  for (const entry of [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])]) {
    if (entry.includes('://') || entry === '<all_urls>') {
      findings.push({ rule: 'host-scope', message: `permissions: host pattern "${entry}" belongs nowhere in permissions` });
    }
  }
  return findings;
}

/** Nothing of the extension is reachable from a web page: no exposed files, no external messaging, no MAIN-world script. */
export function checkPageExposure(manifest: ManifestLike): Finding[] {
  const findings: Finding[] = [];
  if (manifest.web_accessible_resources !== undefined) {
    findings.push({ rule: 'page-exposure', message: 'web_accessible_resources: web pages could load (and detect) these files' });
  }
  if (manifest.externally_connectable !== undefined) {
    findings.push({ rule: 'page-exposure', message: 'externally_connectable: web pages or other extensions could message the extension' });
  }
  (manifest.content_scripts ?? []).forEach((script, index) => {
    if (typeof script.world === 'string' && script.world.toUpperCase() === 'MAIN') {
      findings.push({
        rule: 'page-exposure',
        message: `content_scripts[${index}].world: "MAIN" runs in the page's own JavaScript world; content scripts stay isolated`,
      });
    }
  });
  return findings;
}

const LOOSE_CSP_SOURCES = /'unsafe-eval'|'unsafe-inline'|'wasm-unsafe-eval'|'unsafe-hashes'|(?:^|\s)(?:https?:|wss?:|data:|blob:|\*)(?=\s|;|$)|https?:\/\//i;

/** MV3's default CSP forbids remote and inline code; any declared policy must not add a source to it. */
export function checkCsp(manifest: ManifestLike): Finding[] {
  const csp = manifest.content_security_policy;
  if (csp === undefined) return [];
  const policies: Array<[string, unknown]> =
    typeof csp === 'string' ? [['content_security_policy', csp]] : Object.entries(csp as Record<string, unknown>);
  const findings: Finding[] = [];
  for (const [key, policy] of policies) {
    if (typeof policy !== 'string') {
      findings.push({ rule: 'csp', message: `content_security_policy.${key} is not a string` });
      continue;
    }
    for (const directive of policy.split(';')) {
      if (LOOSE_CSP_SOURCES.test(directive)) {
        findings.push({ rule: 'csp', message: `content_security_policy ${key}: "${directive.trim()}" loosens the default` });
      }
    }
  }
  return findings;
}

const REMOTE_HTML_REF =
  /<(?:script|link)\b[^>]*\s(?:src|href)\s*=\s*["']?((?:https?:)?\/\/[^"'\s>]+)/gi;
const REMOTE_JS_LOAD = /\b(?:import|importScripts)\s*\(\s*["'`]((?:https?:)?\/\/[^"'`]+)/g;

/** Every script an extension page runs must ship in the package. */
export function checkRemoteCode(files: readonly BuiltFile[]): Finding[] {
  const findings: Finding[] = [];
  for (const file of files) {
    const pattern = file.path.endsWith('.html') ? REMOTE_HTML_REF : file.path.endsWith('.js') ? REMOTE_JS_LOAD : null;
    if (!pattern) continue;
    for (const match of file.text.matchAll(pattern)) {
      findings.push({ rule: 'remote-code', message: `${file.path}: loads remote code from ${match[1]}` });
    }
  }
  return findings;
}

export interface DynamicCodeAllowance {
  /** The built file (relative path, RegExp because chunk names carry a hash). */
  file: RegExp;
  /** The exact occurrence allowed, with some context so a new occurrence is not hidden by it. */
  snippet: string;
  reason: string;
}

/**
 * Known library occurrences of eval / new Function. The builds have none today (Preact, Zustand, DOMPurify,
 * valibot and the polyfill use neither); an entry here must name the library and why it is unreachable.
 */
export const DYNAMIC_CODE_ALLOWLIST: readonly DynamicCodeAllowance[] = [];

const DYNAMIC_CODE = /(?<![\w$.])eval\s*\(|\bnew\s+Function\s*\(|(?<![\w$.])Function\s*\(\s*["'`]|\bset(?:Timeout|Interval)\s*\(\s*["'`]/g;

export function checkDynamicCode(
  files: readonly BuiltFile[],
  allowlist: readonly DynamicCodeAllowance[] = DYNAMIC_CODE_ALLOWLIST,
): Finding[] {
  const findings: Finding[] = [];
  for (const file of files) {
    if (!file.path.endsWith('.js')) continue;
    for (const match of file.text.matchAll(DYNAMIC_CODE)) {
      const at = match.index;
      const allowed = allowlist.some((entry) => {
        if (!entry.file.test(file.path)) return false;
        const start = file.text.indexOf(entry.snippet, Math.max(0, at - entry.snippet.length));
        return start !== -1 && start <= at && at < start + entry.snippet.length;
      });
      if (!allowed) {
        const context = file.text.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, ' ');
        findings.push({ rule: 'dynamic-code', message: `${file.path}: "${match[0]}" in …${context}…` });
      }
    }
  }
  return findings;
}

/**
 * What each permission unlocks, and the trace that use leaves in the built JS. Minified code keeps property
 * names, so `browser.contextMenus.create` still reads `.contextMenus.`.
 */
export const PERMISSION_USES: Readonly<Record<string, { pattern: RegExp; why: string }>> = {
  scripting: { pattern: /\.scripting\.(?:executeScript|registerContentScripts)\b/, why: 'scripting.executeScript / registerContentScripts' },
  contextMenus: { pattern: /\.contextMenus\./, why: 'contextMenus.*' },
  storage: { pattern: /\.storage\.(?:local|sync|session|managed|onChanged)\b/, why: 'storage.local / sync / managed' },
  sidePanel: { pattern: /\.sidePanel\./, why: 'sidePanel.open / setPanelBehavior' },
  clipboardWrite: { pattern: /navigator\.clipboard\b|execCommand\(\s*["'`]copy["'`]/, why: 'navigator.clipboard / execCommand("copy")' },
  // activeTab unlocks no namespace: it grants the current tab's host for scripting.executeScript and
  // tabs.sendMessage after a user gesture (toolbar click, shortcut, context menu). Both must be used.
  activeTab: { pattern: /\.scripting\.executeScript\b|\.tabs\.sendMessage\b/, why: 'scripting.executeScript / tabs.sendMessage on the clicked tab' },
};

export function checkPermissionsUsed(
  manifest: ManifestLike,
  files: readonly BuiltFile[],
  uses: Readonly<Record<string, { pattern: RegExp; why: string }>> = PERMISSION_USES,
): Finding[] {
  const js = files.filter((file) => file.path.endsWith('.js'));
  const findings: Finding[] = [];
  for (const permission of [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])]) {
    if (permission.includes('://') || permission === '<all_urls>') continue; // host scope is checked elsewhere
    const use = uses[permission];
    if (!use) {
      findings.push({
        rule: 'unknown-permission',
        message: `permission "${permission}" has no usage rule in PERMISSION_USES: add one (and its justification) or drop it`,
      });
      continue;
    }
    if (!js.some((file) => use.pattern.test(file.text))) {
      findings.push({ rule: 'unused-permission', message: `permission "${permission}" is unused: no ${use.why} in the built JS` });
    }
  }
  return findings;
}

export function checkBuild(manifest: ManifestLike, files: readonly BuiltFile[], siteMatches: readonly string[]): Finding[] {
  return [
    ...checkHostScope(manifest, siteMatches),
    ...checkPageExposure(manifest),
    ...checkCsp(manifest),
    ...checkRemoteCode(files),
    ...checkDynamicCode(files),
    ...checkPermissionsUsed(manifest, files),
  ];
}

function readBuild(dir: string): BuiltFile[] {
  const files: BuiltFile[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(?:js|html)$/.test(name)) files.push({ path: relative(dir, path), text: readFileSync(path, 'utf8') });
    }
  };
  walk(dir);
  return files;
}

async function main(): Promise<void> {
  const root = resolve(import.meta.dirname, '..');
  const { CONTENT_SCRIPT_MATCHES } = await import('../insert/sites');
  const builds = process.argv.length > 2 ? process.argv.slice(2) : ['.output/chrome-mv3', '.output/firefox-mv3'];
  let failed = false;
  for (const build of builds) {
    const dir = resolve(root, build);
    const manifestPath = join(dir, 'manifest.json');
    if (!existsSync(manifestPath)) {
      console.error(`${build}: no manifest.json — run \`npm run build\` first.`);
      failed = true;
      continue;
    }
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as ManifestLike;
    const files = readBuild(dir);
    const findings = checkBuild(manifest, files, CONTENT_SCRIPT_MATCHES);
    const permissions = (manifest.permissions ?? []).join(', ');
    if (findings.length === 0) {
      console.log(`${build}: OK — permissions [${permissions}], ${files.length} HTML/JS files scanned`);
    } else {
      failed = true;
      console.error(`${build}: ${findings.length} problem(s)`);
      for (const finding of findings) console.error(`  [${finding.rule}] ${finding.message}`);
    }
  }
  if (failed) process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
