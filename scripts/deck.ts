import type { Buffer } from 'node:buffer'
// The commands behind `npm run build`, `npm run export` and `npm run build:presenter`.
//
//   build      public site in dist/ (no notes, no presenter view) + the PDF and handout in exports/,
//              the PDF also copied into dist/ for the download button: one Slidev build, one print.
//   export     the same PDF and handout, from a throwaway build.
//   presenter  private edition in dist-presenter/: notes and presenter view, for private hosting.
//
// Options: --base /deck/ (or DECK_BASE) to host under a sub-path, --out DIR for the site.
// Every file is written to a temporary name and renamed when complete: a failed or interrupted
// run leaves no truncated PDF behind, and Ctrl-C stops the build, the browser and the server.
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { checkDeckData } from '../data/check.ts'
import { findBrowser } from '../tooling/browser.ts'
import { loadDeck } from '../tooling/deck-summary.ts'
import { printDeck } from '../tooling/pdf/print.ts'
import { writeRoutePages } from '../tooling/route-pages.ts'

const root = resolve(import.meta.dirname, '..')
const cleanups: Array<() => Promise<void> | void> = []
const started = Date.now()

function log(message: string) {
  const seconds = ((Date.now() - started) / 1000).toFixed(1).padStart(5)
  console.log(`[${seconds}s] ${message}`)
}

/** Set when Ctrl-C or SIGTERM arrives: the work in flight then fails, and that is not the error to report. */
let stoppedBy: { signal: NodeJS.Signals, code: number } | undefined

function fail(error: unknown): never {
  if (stoppedBy)
    process.exit(stoppedBy.code)
  const message = error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error)
  console.error(`\n✖ ${message}`)
  process.exit(1)
}

async function runCleanups() {
  for (const fn of cleanups.splice(0).reverse())
    await Promise.resolve(fn()).catch(() => {})
}

for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.on(signal, () => {
    if (stoppedBy)
      return
    stoppedBy = { signal, code }
    console.error(`\n✖ Stopped by ${signal}: nothing was written.`)
    void runCleanups().finally(() => process.exit(code))
  })
}

/** Writes a file under a temporary name first, so a reader never sees it half-written. */
function writeAtomic(path: string, bytes: Uint8Array) {
  mkdirSync(dirname(path), { recursive: true })
  const temp = `${path}.partial-${process.pid}`
  cleanups.push(() => rmSync(temp, { force: true }))
  writeFileSync(temp, bytes)
  renameSync(temp, path)
}

/** A sibling folder to build into; removed on failure or interrupt. */
function stagingDir(out: string) {
  const staging = `${out}.partial-${process.pid}`
  rmSync(staging, { recursive: true, force: true })
  cleanups.push(() => rmSync(staging, { recursive: true, force: true }))
  return staging
}

/** Puts a finished build in place of the old one. */
function replaceDir(staging: string, out: string) {
  rmSync(out, { recursive: true, force: true })
  renameSync(staging, out)
}

function normaliseBase(base: string) {
  const withSlashes = `/${base}/`.replace(/\/+/g, '/')
  if (!/^[\w\-./]+$/.test(withSlashes))
    fail(`--base must be a URL path such as /deck/, got "${base}"`)
  return withSlashes
}

function slidevBuild(outDir: string, base: string, edition: 'public' | 'presenter') {
  const args = ['build', '--out', outDir, '--base', base]
  if (edition === 'public')
    args.push('--without-notes')
  const env = { ...process.env, DECK_FEATURES: edition === 'public' ? 'print' : 'print,presenter' }
  return new Promise<void>((resolvePromise, reject) => {
    const child: ChildProcess = spawn(join(root, 'node_modules/.bin/slidev'), args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
    cleanups.push(() => {
      child.kill('SIGTERM')
    })
    let output = ''
    const collect = (chunk: Buffer) => {
      output += chunk
    }
    child.stdout?.on('data', collect)
    child.stderr?.on('data', collect)
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (code === 0)
        resolvePromise()
      else
        reject(new Error(`slidev build failed (${signal ?? `exit ${code}`}):\n${output.trim().split('\n').slice(-30).join('\n')}`))
    })
  })
}

function size(path: string) {
  const bytes = statSync(path).size
  return bytes > 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      base: { type: 'string', default: process.env.DECK_BASE ?? '/' },
      out: { type: 'string' },
      exports: { type: 'string', default: 'exports' },
    },
  })
  const command = positionals[0] ?? 'build'
  if (!['build', 'export', 'presenter'].includes(command))
    fail(`Unknown command "${command}": expected build, export or presenter.`)
  const base = normaliseBase(values.base)

  // Cheap checks first, so a mistake costs a second, not a build.
  checkDeckData(root)
  const deck = await loadDeck(root)
  if (command !== 'presenter')
    findBrowser()

  if (command === 'presenter') {
    const out = resolve(root, values.out ?? 'dist-presenter')
    const staging = stagingDir(out)
    log(`Building the presenter edition (notes, presenter view) for ${base}`)
    await slidevBuild(staging, base, 'presenter')
    writeRoutePages(staging, deck.slides.length)
    replaceDir(staging, out)
    log(`Done: ${relative(process.cwd(), out)}/ — host it privately; open ${base}presenter/ to present.`)
    return
  }

  // The site is built next to its destination and swapped in only when the PDF step has also
  // succeeded: a failed build leaves the previous dist/ (with its PDF) as it was.
  const temporary = command === 'export'
  const out = resolve(root, values.out ?? 'dist')
  const siteDir = temporary ? mkdtempSync(join(tmpdir(), 'deck-export-')) : stagingDir(out)
  if (temporary)
    cleanups.push(() => rmSync(siteDir, { recursive: true, force: true }))

  log(`Building the site for ${base} (${deck.slides.length} slides, public edition)`)
  await slidevBuild(siteDir, base, 'public')
  const { pdf, handout, ogImage } = await printDeck({ siteDir, base, deck, onStage: stage => log(`PDF: ${stage}`), onCleanup: fn => cleanups.push(fn) })

  const exportsDir = resolve(root, values.exports)
  const pdfPath = join(exportsDir, `${deck.exportFilename}.pdf`)
  const handoutPath = join(exportsDir, `${deck.exportFilename}-handout.pdf`)
  writeAtomic(pdfPath, pdf)
  writeAtomic(handoutPath, handout)
  const written = [pdfPath, handoutPath]
  if (!temporary) {
    writeFileSync(join(siteDir, `${deck.exportFilename}.pdf`), pdf)
    writeFileSync(join(siteDir, 'og-image.png'), ogImage)
    replaceDir(siteDir, out)
    written.unshift(join(out, 'index.html'), join(out, `${deck.exportFilename}.pdf`), join(out, 'og-image.png'))
  }
  await runCleanups()
  log('Done. Wrote:')
  for (const path of written)
    console.log(`  ${relative(process.cwd(), path).padEnd(48)} ${size(path)}`)
}

main().catch(async (error) => {
  await runCleanups()
  fail(error)
})
