// Runs the real commands once per test run: the public build (which also prints the PDF and the
// handout) and the presenter edition. Tests only read what these wrote. The presenter edition is
// built while the public build prints: not before, since two Slidev builds of one project at once
// both write Slidev's generated modules (node_modules/.slidev/virtual) and can read each other's
// half-written file.
import type { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import process from 'node:process'
import { BASE, EXPORTS, PRESENTER_SITE, PUBLIC_SITE, ROOT, WORK } from './paths.ts'

function deck(args: string[], onLine: (line: string) => void = () => {}) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/deck.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] })
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk)
      chunk.toString().split('\n').forEach(onLine)
    })
    child.on('error', reject)
    child.on('exit', code => code === 0 ? resolve() : reject(new Error(`scripts/deck.ts ${args.join(' ')} exited with ${code}`)))
  })
}

export default async function globalSetup() {
  rmSync(WORK, { recursive: true, force: true })
  // Settled to its error (if any), so that a failure while the public build still runs is not unhandled.
  let presenter: Promise<unknown> | undefined
  const startPresenter = () => presenter ??= deck(['presenter', '--base', BASE, '--out', PRESENTER_SITE]).catch((error: unknown) => error)
  await deck(['build', '--base', BASE, '--out', PUBLIC_SITE, '--exports', EXPORTS], (line) => {
    if (line.includes('Chromium: starting'))
      startPresenter()
  })
  const error = await startPresenter()
  if (error)
    throw error
}
