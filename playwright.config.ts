import process from 'node:process'
import { defineConfig } from '@playwright/test'
import { launchOptions } from './tooling/browser.ts'
import { readCanvas } from './tooling/deck-summary.ts'

// One build and one export per run (tests/support/global-setup.ts), shared by the site and PDF
// tests. The fault tests build copies of the project themselves, so they run afterwards, one at a
// time, with both cores to themselves. DECK_REUSE_BUILD=1 skips the build when iterating locally.
export default defineConfig({
  testDir: 'tests',
  snapshotPathTemplate: '{testDir}/{testFileDir}/__snapshots__/{arg}{ext}',
  globalSetup: process.env.DECK_REUSE_BUILD ? undefined : './tests/support/global-setup.ts',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 60_000,
  reporter: 'list',
  expect: { toHaveScreenshot: { maxDiffPixelRatio: 0.01 }, toMatchSnapshot: { maxDiffPixelRatio: 0.01 } },
  use: { browserName: 'chromium', launchOptions: launchOptions(), viewport: readCanvas() },
  projects: [
    { name: 'site-and-pdf', testMatch: ['site/**/*.spec.ts', 'pdf/**/*.spec.ts', 'exports/**/*.spec.ts'] },
    { name: 'live', testMatch: ['live/**/*.spec.ts'], dependencies: ['site-and-pdf'] },
    { name: 'faults', testMatch: ['faults/**/*.spec.ts'], dependencies: ['live'], workers: 1 },
  ],
})
