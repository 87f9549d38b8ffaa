import process from 'node:process'
import { defineConfig } from '@playwright/test'
import { launchOptions } from './tooling/browser.ts'
import { loadDeck } from './tooling/deck-summary.ts'

// The projects and DECK_REUSE_BUILD: docs/testing.md. Playwright starts a project only when every
// project before it in the dependency order has finished: `faults` depends on none, so it runs
// beside the build. No project depends on a test project: a failing snapshot must not keep the
// live and fault suites from running and reporting.
const reuse = !!process.env.DECK_REUSE_BUILD
const afterBuild = reuse ? [] : ['build']

export default defineConfig({
  testDir: 'tests',
  snapshotPathTemplate: '{testDir}/{testFileDir}/__snapshots__/{arg}{ext}',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 60_000,
  reporter: 'list',
  // docs/testing.md, "Snapshots": past Playwright's default colour distance (0.2), 10 pixels allow a
  // stray anti-aliasing difference (measured: the same build renders 0 different pixels).
  expect: { toHaveScreenshot: { maxDiffPixels: 10 }, toMatchSnapshot: { maxDiffPixels: 10 } },
  // Reduced motion: docs/testing.md.
  use: { browserName: 'chromium', launchOptions: launchOptions(), viewport: (await loadDeck()).canvas, reducedMotion: 'reduce' },
  projects: [
    ...reuse ? [] : [{ name: 'build', testMatch: ['support/build.setup.ts'] }],
    { name: 'faults', testMatch: ['faults/**/*.spec.ts'], testIgnore: ['faults/redeploy.spec.ts', 'faults/geometry.spec.ts'] },
    // One worker, so that the second build (tests/support/second-build.ts) is made once for both files.
    { name: 'second-build', testMatch: ['faults/redeploy.spec.ts', 'faults/geometry.spec.ts'], dependencies: afterBuild, workers: 1 },
    // One retry for the live windows' sync, in CI only: the presenter edition's sync test and the
    // phone remote's test each failed once in about ten full runs, passing on every repeat; the
    // cause is not found yet (a retried pass is reported as flaky, never hidden).
    { name: 'live', testMatch: ['live/**/*.spec.ts'], dependencies: afterBuild, retries: process.env.CI ? 1 : 0 },
    // Test by test, not file by file, so that the two workers finish together: no site test shares
    // state with another (the PDF and export files each read their file once, in beforeAll).
    { name: 'site', testMatch: ['site/**/*.spec.ts'], dependencies: afterBuild, fullyParallel: true },
    { name: 'pdf-and-exports', testMatch: ['pdf/**/*.spec.ts', 'exports/**/*.spec.ts'], dependencies: afterBuild },
  ],
})
