import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { reservationApiPlugin } from './src/server/vite-plugin.js';
import { securityHeadersPlugin } from './src/server/security-headers-plugin.js';
import { domTestFiles } from './tests/support/dom-test-files.js';

const BROWSER = ['tests/e2e/**/*.test.ts'];
const SLOW = [
  'tests/cli/**/*.test.ts',
  'tests/server/**/*.test.ts',
  'tests/sync/**/*.test.ts',
  'tests/services/**/*.test.ts',
  'tests/evaluation/differential-full.test.ts',
  // Whole-pack runs: every rule case through json-rules-engine too, every report text of every
  // case in both languages, pack admission (all cases plus the ReDoS analysis per candidate),
  // the workbench running every case of edited packs.
  'tests/evaluation/engine-equivalence.test.ts',
  'tests/rules/user-facing-text.test.ts',
  'tests/workbench/pack-admission.test.ts',
  'tests/workbench/test-run.test.ts',
  // Whole screens in jsdom with storage, the rules and their checks (a component test of one
  // panel stays in the fast projects).
  'tests/ui/workbench/{workbench-page,test-flow}.test.ts',
  'tests/ui/cases/{case-list,case-list-a11y,backup-controls}.test.ts',
  'tests/ui/bulk/bulk-import-page.test.ts',
  'tests/ui/editor/{editor-page,editor-a11y}.test.ts',
  'tests/ui/reservations/{booking,calendar,reservation-list,reservations-a11y,real-sync-offline}.test.ts',
];
// Component tests (jsdom): each file in a fresh module graph and document.
const DOM = domTestFiles(fileURLToPath(new URL('.', import.meta.url)));

export default defineConfig(({ command }) => ({
  plugins: [
    // UI texts: src/i18n/messages/{ja,en}.json compiled to message functions (options in
    // src/i18n/project.inlang/paraglide.config.js, shared with `npm run i18n`).
    paraglideVitePlugin({
      project: './src/i18n/project.inlang',
      outdir: './src/i18n/paraglide',
    }),
    svelte(),
    // Content-Security-Policy, nosniff, Referrer-Policy on preview (and dev, relaxed): ADR 0016.
    securityHeadersPlugin(),
    // The reference reservation endpoint on /api of the dev and preview servers (same origin).
    reservationApiPlugin(),
    // svelteTesting() is for component tests only: in a build it would resolve Svelte's
    // server entry and the app could not mount (browser tests build the real app).
    ...(command === 'serve' && process.env.VITEST ? [svelteTesting()] : []),
    VitePWA({
      // The user decides when a new version takes over, so an open draft is never reloaded away.
      registerType: 'prompt',
      injectRegister: null,
      // Our own worker (src/sw.ts) around the same precache: it adds the reminders' periodic
      // background sync and notification clicks, which a generated worker cannot (ADR 0019).
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      includeAssets: ['icons/icon.svg'],
      manifest: {
        name: '在留プレチェック Zairyu Precheck',
        short_name: '在留プレチェック',
        description: '在留手続の申請前チェック / Check a residence application before filing',
        lang: 'ja',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#fafafa',
        theme_color: '#12355b',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      injectManifest: {
        // Icons come from the manifest; globbing them too would precache them twice.
        globPatterns: ['**/*.{js,mjs,css,html}'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      },
    }),
  ],
  // Module workers, so the check worker loads the pack admission (recheck) only when needed.
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false },
  test: {
    environment: 'node',
    testTimeout: 20000,
    // Transformed modules kept in node_modules/.experimental-vitest-cache between runs (keyed by
    // content): a second run of the unit project spends a third less CPU. `npx vitest --clearCache`
    // empties it.
    experimental: { fsModuleCache: true },
    // `npm run test:unit` runs the two fast projects (unit, components); `npm test` runs all four.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [...SLOW, ...BROWSER, ...DOM],
          // One module graph for all files (see tests/support/dom-test-files.ts).
          isolate: false,
        },
      },
      { extends: true, test: { name: 'components', include: DOM, exclude: [...SLOW, ...BROWSER] } },
      // Subprocesses, servers, worker threads with time limits, real network faults.
      { extends: true, test: { name: 'integration', include: SLOW } },
      {
        extends: true,
        test: {
          name: 'browser',
          include: BROWSER,
          // One production build for every browser test file of the run.
          globalSetup: ['tests/e2e/support/global-build.ts'],
          hookTimeout: 240_000,
        },
      },
    ],
  },
}));
