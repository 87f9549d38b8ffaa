// Runs the real commands once per test run: the public build (which also prints the PDF and the
// handout) and the presenter edition. Tests only read what these wrote.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { BASE, EXPORTS, PRESENTER_SITE, PUBLIC_SITE, ROOT, WORK } from './paths.ts'

export default function globalSetup() {
  rmSync(WORK, { recursive: true, force: true })
  const deck = (...args: string[]) => execFileSync('node_modules/.bin/tsx', ['scripts/deck.ts', ...args], { cwd: ROOT, stdio: 'inherit' })
  deck('build', '--base', BASE, '--out', PUBLIC_SITE, '--exports', EXPORTS)
  deck('presenter', '--base', BASE, '--out', PRESENTER_SITE)
}
