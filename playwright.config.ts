import process from 'node:process'
import { defineConfig } from '@playwright/test'
import { launchOptions } from './tooling/browser.ts'
import { loadDeck } from './tooling/deck-summary.ts'

// The `build` project makes the run's one build and export (tests/support/build.setup.ts); the
// site, PDF, export and live tests, and the fault tests that read a second build, depend on it.
// Playwright starts a project only when every project before it in the dependency order has
// finished, so the other fault tests, which build copies of the project themselves, run beside the
// build and then on both workers; the rest follow. No project depends on a test project: a failing
// snapshot must not keep the live and fault suites from running and reporting.
// DECK_REUSE_BUILD=1 skips the build when iterating locally and reads the last one.
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
  // The same build in the same Chromium renders the same pixels (measured: 0 differ between runs).
  // A pixel counts as changed past Playwright's default colour distance (0.2); 10 changed pixels
  // allow for a stray anti-aliasing difference, while one changed letter at the smallest type
  // step (12.8 px, about 8 px in a 60 dpi PDF page) changes several dozen.
  expect: { toHaveScreenshot: { maxDiffPixels: 10 }, toMatchSnapshot: { maxDiffPixels: 10 } },
  // Slide transitions and click reveals off (styles/deck.css honours the setting): no test waits
  // on an animation. The tests about motion, and keys pressed during it, ask for motion.
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
