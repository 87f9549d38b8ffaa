// Runs the real commands once per test run: the public build (which also prints the PDF and the
// handout) and the presenter edition, side by side (the second is mostly waiting on the first's
// print step otherwise). Tests only read what these wrote.
import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import process from 'node:process'
import { BASE, EXPORTS, PRESENTER_SITE, PUBLIC_SITE, ROOT, WORK } from './paths.ts'

function deck(...args: string[]) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/deck.ts', ...args], { cwd: ROOT, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', code => code === 0 ? resolve() : reject(new Error(`scripts/deck.ts ${args.join(' ')} exited with ${code}`)))
  })
}

export default async function globalSetup() {
  rmSync(WORK, { recursive: true, force: true })
  await Promise.all([
    deck('build', '--base', BASE, '--out', PUBLIC_SITE, '--exports', EXPORTS),
    deck('presenter', '--base', BASE, '--out', PRESENTER_SITE),
  ])
}
