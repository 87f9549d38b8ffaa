// The run's one build of the public site (with every export) and of the presenter edition, through
// the real commands: the `build` project, which the site, PDF, live and second-build tests depend
// on (playwright.config.ts). They only read what it wrote.
import { rmSync } from 'node:fs'
import { expect, test as setup } from '@playwright/test'
import { BASE, EXPORTS, PRESENTER_SITE, PUBLIC_SITE, ROOT, WORK } from './paths.ts'
import { buildBothEditions } from './sandbox.ts'

setup('the public site with every export, and the presenter edition', async () => {
  setup.setTimeout(300_000)
  rmSync(WORK, { recursive: true, force: true })
  const { site, presenter } = await buildBothEditions(ROOT, ['--base', BASE, '--out', PUBLIC_SITE, '--exports', EXPORTS], ['--base', BASE, '--out', PRESENTER_SITE], 290_000)
  for (const result of [site, presenter])
    expect(result.code, result.output).toBe(0)
})
