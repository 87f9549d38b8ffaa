// Runs the real commands once per test run: the public build (which also prints the PDF and the
// handout) and the presenter edition. Tests only read what these wrote.
import { rmSync } from 'node:fs'
import process from 'node:process'
import { BASE, EXPORTS, PRESENTER_SITE, PUBLIC_SITE, ROOT, WORK } from './paths.ts'
import { buildBothEditions } from './sandbox.ts'

export default async function globalSetup() {
  rmSync(WORK, { recursive: true, force: true })
  const { site, presenter } = await buildBothEditions(ROOT, ['--base', BASE, '--out', PUBLIC_SITE, '--exports', EXPORTS], ['--base', BASE, '--out', PRESENTER_SITE], 300_000)
  for (const result of [site, presenter]) {
    process.stdout.write(result.output)
    if (result.code !== 0)
      throw new Error(`scripts/deck.ts exited with ${result.code ?? result.signal}`)
  }
}
