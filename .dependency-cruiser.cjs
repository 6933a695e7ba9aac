/**
 * Imports run downward only (README "Layout"). From the bottom up:
 *   template/, checks/  →  lib/  →  insert/  →  presets/  →  messaging/  →  app/  →  components/  →  entrypoints/
 * Each rule below forbids one upward arrow; `npm run check:deps` fails on any of them and on any circle.
 * scripts/, e2e/ and build/ sit beside the layers (CLIs, browser tests, bundle stand-ins) and may use any of them.
 */
const OURS_ABOVE = {
  lib: '^(insert|presets|messaging|app|components|entrypoints|scripts|e2e|build)/',
  insert: '^(presets|messaging|app|components|entrypoints|scripts|e2e|build)/',
  presets: '^(messaging|app|components|entrypoints|scripts|e2e|build)/',
  messaging: '^(app|components|entrypoints|scripts|e2e|build)/',
  app: '^(components|entrypoints|scripts|e2e|build)/',
  components: '^(entrypoints|scripts|e2e|build)/',
};

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A circle means two modules must change together; break it by moving the shared part down.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'pure-core-imports-nothing-above',
      severity: 'error',
      comment: 'template/ and checks/ are pure: they import only each other.',
      from: {
        path: '^(template|checks)/',
        // The CLI test drives scripts/template-cli.ts (--check) end to end; it is a test, not the core.
        pathNot: '^checks/cli-check\\.test\\.ts$',
      },
      to: { path: '^(lib|insert|presets|messaging|app|components|entrypoints|scripts|e2e|build)/' },
    },
    ...Object.entries(OURS_ABOVE).map(([layer, above]) => ({
      name: `${layer}-imports-only-downward`,
      severity: 'error',
      comment: `${layer}/ must not import a layer above it.`,
      from: { path: `^${layer}/` },
      to: { path: above },
    })),
  ],
  options: {
    doNotFollow: { path: '^node_modules' },
    exclude: { path: '^(node_modules|\\.output|\\.wxt|e2e/\\.build|e2e/fixtures)' },
    // Type-only imports count: a type from a layer above is still a dependency on it.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.json'] },
  },
};
