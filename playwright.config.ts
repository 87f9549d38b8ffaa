import process from 'node:process'
import { defineConfig } from '@playwright/test'
import { launchOptions } from './tooling/browser.ts'
import { loadDeck } from './tooling/deck-summary.ts'

// One build and one export per run (tests/support/global-setup.ts), shared by the site and PDF
// tests and by the fault tests that can start from it. The fault tests build copies of the project
// themselves, one at a time, on one of the two workers from the start (the longest chain goes
// first); the other worker takes the site, PDF and live tests, and both share them once the faults
// are done. The projects do not depend on each other: a failing snapshot must not keep the live
// and fault suites from running and reporting. DECK_REUSE_BUILD=1 skips the build when iterating
// locally.
export default defineConfig({
  testDir: 'tests',
  snapshotPathTemplate: '{testDir}/{testFileDir}/__snapshots__/{arg}{ext}',
  globalSetup: process.env.DECK_REUSE_BUILD ? undefined : './tests/support/global-setup.ts',
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
    { name: 'faults', testMatch: ['faults/**/*.spec.ts'], workers: 1 },
    // One retry for the live windows' sync, in CI only: the presenter edition's sync test and the
    // phone remote's test each failed once in about ten full runs, passing on every repeat; the
    // cause is not found yet (a retried pass is reported as flaky, never hidden).
    { name: 'live', testMatch: ['live/**/*.spec.ts'], retries: process.env.CI ? 1 : 0 },
    { name: 'site-and-pdf', testMatch: ['site/**/*.spec.ts', 'pdf/**/*.spec.ts', 'exports/**/*.spec.ts'] },
  ],
})
