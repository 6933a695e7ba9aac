import { describe, expect, it } from 'vitest';
import {
  checkBuild,
  checkCsp,
  checkDynamicCode,
  checkHostScope,
  checkPermissionsUsed,
  checkRemoteCode,
  type BuiltFile,
  type ManifestLike,
} from './check-manifest';
import { CONTENT_SCRIPT_MATCHES } from '../insert/sites';

const SITE = ['https://hire.lever.co/jobs/*', 'https://employers.indeed.com/*'];

const USES_EVERYTHING: BuiltFile[] = [
  {
    path: 'background.js',
    text: 'a.scripting.executeScript({});a.contextMenus.create({});a.storage.local.get();a.sidePanel.open();navigator.clipboard.writeText(x);a.tabs.sendMessage(1,{})',
  },
];

function cleanManifest(): ManifestLike {
  return {
    permissions: ['activeTab', 'scripting', 'clipboardWrite', 'contextMenus', 'storage', 'sidePanel'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    content_scripts: [{ matches: [...SITE], js: ['content-scripts/content.js'] }],
  };
}

const rules = (findings: { rule: string }[]) => findings.map((f) => f.rule);

describe('checkBuild', () => {
  it('passes a least-privilege manifest whose permissions are all used', () => {
    expect(checkBuild(cleanManifest(), USES_EVERYTHING, SITE)).toEqual([]);
  });

  it('passes the manifest shape the real config produces, with the real site-profile patterns', () => {
    const manifest = { ...cleanManifest(), content_scripts: [{ matches: [...CONTENT_SCRIPT_MATCHES] }] };
    expect(checkBuild(manifest, USES_EVERYTHING, CONTENT_SCRIPT_MATCHES)).toEqual([]);
  });
});

describe('checkBuild: what the extension exposes to web pages', () => {
  const rulesOf = (manifest: ManifestLike) => checkBuild(manifest, USES_EVERYTHING, SITE).map((finding) => finding.rule);

  it('fails on web_accessible_resources (MV3 list form and MV2 string form)', () => {
    expect(rulesOf({ ...cleanManifest(), web_accessible_resources: [{ resources: ['icon/16.png'], matches: ['<all_urls>'] }] })).toEqual([
      'page-exposure',
    ]);
    expect(rulesOf({ ...cleanManifest(), web_accessible_resources: ['inject.js'] })).toEqual(['page-exposure']);
  });

  it('fails on externally_connectable, whatever it allows', () => {
    expect(rulesOf({ ...cleanManifest(), externally_connectable: { matches: ['https://hire.lever.co/*'] } })).toEqual(['page-exposure']);
    expect(rulesOf({ ...cleanManifest(), externally_connectable: { ids: ['*'] } })).toEqual(['page-exposure']);
  });

  it('fails on a content script declared in the MAIN world, and accepts the isolated world', () => {
    const main = cleanManifest();
    main.content_scripts = [{ matches: [...SITE], js: ['content-scripts/content.js'], world: 'MAIN' }];
    expect(checkBuild(main, USES_EVERYTHING, SITE)).toEqual([
      { rule: 'page-exposure', message: expect.stringMatching(/content_scripts\[0\]\.world: "MAIN"/) },
    ]);
    const isolated = cleanManifest();
    isolated.content_scripts = [{ matches: [...SITE], js: ['content-scripts/content.js'], world: 'ISOLATED' }];
    expect(checkBuild(isolated, USES_EVERYTHING, SITE)).toEqual([]);
  });
});

describe('checkHostScope', () => {
  it.each(['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*', 'wss://*/*', '*://*/jobs/*'])(
    'rejects the broad pattern %s in host_permissions and content-script matches',
    (pattern) => {
      const manifest = cleanManifest();
      manifest.host_permissions = [pattern];
      manifest.content_scripts = [{ matches: [SITE[0]!, pattern] }];
      const findings = checkHostScope(manifest, SITE);
      expect(findings).toHaveLength(2);
      expect(findings.every((f) => f.message.includes('grants every site'))).toBe(true);
    },
  );

  it('rejects a host that no site profile declares', () => {
    const manifest = cleanManifest();
    manifest.host_permissions = ['https://*.example.com/*'];
    manifest.content_scripts = [{ matches: ['https://boards.example.org/new/*'] }];
    const findings = checkHostScope(manifest, SITE);
    expect(findings.map((f) => f.message)).toEqual([
      'host_permissions: "https://*.example.com/*" is not a site-profile pattern',
      'content_scripts[0].matches: "https://boards.example.org/new/*" is not a site-profile pattern',
    ]);
  });

  it('allows the "Enable on this site" wildcards only as optional host permissions', () => {
    expect(checkHostScope(cleanManifest(), SITE)).toEqual([]);
    const withAllUrls = { ...cleanManifest(), optional_host_permissions: ['<all_urls>'] };
    expect(rules(checkHostScope(withAllUrls, SITE))).toEqual(['host-scope']);
    const withOtherScheme = { ...cleanManifest(), optional_host_permissions: ['*://*/*'] };
    expect(rules(checkHostScope(withOtherScheme, SITE))).toEqual(['host-scope']);
  });

  it('rejects host patterns hidden in permissions', () => {
    const manifest = { ...cleanManifest(), permissions: ['storage', 'https://hire.lever.co/jobs/*'] };
    expect(checkHostScope(manifest, SITE).map((f) => f.message)).toEqual([
      'permissions: host pattern "https://hire.lever.co/jobs/*" belongs nowhere in permissions',
    ]);
  });
});

describe('checkCsp', () => {
  it('accepts no CSP (the MV3 default) and a CSP that only narrows it', () => {
    expect(checkCsp({})).toEqual([]);
    expect(checkCsp({ content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" } })).toEqual([]);
  });

  it.each([
    "script-src 'self' 'unsafe-eval'",
    "script-src 'self' 'unsafe-inline'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "script-src 'self' https://cdn.example.com",
    "script-src 'self' https:",
    "script-src 'self' *",
    "default-src 'self' data:",
  ])('rejects %s', (policy) => {
    const findings = checkCsp({ content_security_policy: { extension_pages: policy } });
    expect(rules(findings)).toEqual(['csp']);
  });

  it('checks the MV2 string form too', () => {
    expect(rules(checkCsp({ content_security_policy: "script-src 'self' 'unsafe-eval'" }))).toEqual(['csp']);
  });
});

describe('checkRemoteCode', () => {
  it('finds remote and protocol-relative scripts in HTML, and remote imports in JS', () => {
    const files: BuiltFile[] = [
      { path: 'popup.html', text: '<script type="module" src="https://cdn.example.com/x.js"></script>' },
      { path: 'options.html', text: "<script src='//cdn.example.com/y.js'></script>" },
      { path: 'sidepanel.html', text: '<link rel="modulepreload" href="http://cdn.example.com/z.js">' },
      { path: 'background.js', text: 'await import("https://cdn.example.com/m.js");importScripts(`//x.example/w.js`)' },
    ];
    expect(checkRemoteCode(files).map((f) => f.message)).toEqual([
      'popup.html: loads remote code from https://cdn.example.com/x.js',
      'options.html: loads remote code from //cdn.example.com/y.js',
      'sidepanel.html: loads remote code from http://cdn.example.com/z.js',
      'background.js: loads remote code from https://cdn.example.com/m.js',
      'background.js: loads remote code from //x.example/w.js',
    ]);
  });

  it('leaves packaged scripts and links in text alone', () => {
    const files: BuiltFile[] = [
      { path: 'popup.html', text: '<script type="module" crossorigin src="/chunks/popup-abc.js"></script><a href="https://example.org">x</a>' },
      { path: 'chunks/a.js', text: 'import("./b.js");const url="https://www.linkedin.com/hiring/*"' },
    ];
    expect(checkRemoteCode(files)).toEqual([]);
  });
});

describe('checkDynamicCode', () => {
  it('finds eval, new Function, Function("…") and string timers', () => {
    const files: BuiltFile[] = [
      { path: 'chunks/a.js', text: 'let x=eval("1");let f=new Function("a","return a");Function("return this")();setTimeout("go()",1)' },
    ];
    expect(checkDynamicCode(files, [])).toHaveLength(4);
  });

  it('ignores look-alikes (evaluate, .eval member of an editor API, Function as a type check)', () => {
    const files: BuiltFile[] = [
      { path: 'chunks/a.js', text: 'doc.evaluate(x);editor.eval(y);typeof f=="function";x instanceof Function;setTimeout(()=>1,5)' },
    ];
    expect(checkDynamicCode(files, [])).toEqual([]);
  });

  it('an allow-list entry covers exactly its own occurrence in its own file', () => {
    const text = 'lib();var g=Function("return this")();mine(eval(code))';
    const allow = [{ file: /^chunks\/lib-\w+\.js$/, snippet: 'Function("return this")', reason: 'globalThis fallback' }];
    const findings = checkDynamicCode([{ path: 'chunks/lib-abc.js', text }], allow);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('eval(');
    expect(checkDynamicCode([{ path: 'chunks/other.js', text }], allow)).toHaveLength(2);
  });
});

describe('checkPermissionsUsed', () => {
  it.each([
    ['scripting', 'scripting.executeScript'],
    ['contextMenus', 'contextMenus.create'],
    ['storage', 'storage.local'],
    ['sidePanel', 'sidePanel.open'],
    ['clipboardWrite', 'clipboard.writeText'],
  ])('reports %s when the built JS never uses it', (permission, call) => {
    const without = USES_EVERYTHING.map((file) => ({ ...file, text: file.text.replace(`.${call}`, '.other') }));
    const findings = checkPermissionsUsed(cleanManifest(), without);
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining(`permission "${permission}" is unused`)]);
  });

  it('counts activeTab as used through scripting.executeScript or tabs.sendMessage only', () => {
    const manifest = { permissions: ['activeTab'] };
    expect(checkPermissionsUsed(manifest, [{ path: 'a.js', text: 'b.tabs.sendMessage(1,{})' }])).toEqual([]);
    expect(rules(checkPermissionsUsed(manifest, [{ path: 'a.js', text: 'b.tabs.query({})' }]))).toEqual(['unused-permission']);
  });

  it('does not count a use that only appears in HTML', () => {
    const manifest = { permissions: ['contextMenus'] };
    expect(rules(checkPermissionsUsed(manifest, [{ path: 'p.html', text: 'x.contextMenus.create' }]))).toEqual([
      'unused-permission',
    ]);
  });

  it('refuses a permission without a usage rule', () => {
    const manifest = { permissions: ['tabs', 'storage'] };
    expect(checkPermissionsUsed(manifest, USES_EVERYTHING).map((f) => f.message)).toEqual([
      expect.stringContaining('permission "tabs" has no usage rule'),
    ]);
  });
});
