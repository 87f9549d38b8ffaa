import type { Buffer } from 'node:buffer'
// The commands behind `npm run build`, `npm run export`, `npm run build:presenter` and `npm run check`.
//
//   build      public site in dist/ (no notes, no presenter view) + every export in exports/,
//              the PDF also copied into dist/ for the download button: one Slidev build, one browser.
//   export     the same exports, from a throwaway build.
//   presenter  private edition in dist-presenter/: notes and presenter view, for private hosting.
//   check      every content check, the slide check at every click step included, from a
//              throwaway build; writes nothing, exits 1 on a problem.
//
// Exports (--format, comma-separated, all by default): pdf (the PDF and its handout), pptx,
// png (one image per slide in exports/png/), steps (a PDF page per click step).
// Options: --base /deck/ (or DECK_BASE) to host under a sub-path, --out DIR for the site,
// --allow-warnings to write the files despite the content checks' problems (tooling/checks/),
// which are then printed at once, listed again at the end, and named in the PDFs' metadata.
// Every file is written to a temporary name and renamed when complete: a failed or interrupted
// run leaves no truncated PDF behind, and Ctrl-C stops the build, the browser and the server.
import type { ChildProcess } from 'node:child_process'
import type { Problem } from '../tooling/checks/problem.ts'
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { findBrowser } from '../tooling/browser.ts'
import { ALLOW_WARNINGS_FLAG, CheckError, count, formatProblem } from '../tooling/checks/problem.ts'
import { checkSources } from '../tooling/checks/sources.ts'
import { loadDeckData } from '../tooling/deck-data.ts'
import { screenshotSlides } from '../tooling/export/png.ts'
import { exportPptx } from '../tooling/export/pptx.ts'
import { printSteps } from '../tooling/export/steps.ts'
import { printDeck, startPrintSession } from '../tooling/pdf/print.ts'
import { writeReadingPages } from '../tooling/reading-pages.ts'
import { writeRoutePages } from '../tooling/route-pages.ts'
import { finishSite } from '../tooling/site-files.ts'
import { routeAddress } from '../tooling/slidev/index.ts'

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
  const message = error instanceof Error ? `${error.name === 'Error' || error instanceof CheckError ? '' : `${error.name}: `}${error.message}` : String(error)
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

/** Writes a folder of files next to `path` and swaps it in whole, replacing the previous one. */
function writeDirAtomic(path: string, files: Array<{ name: string, bytes: Uint8Array }>) {
  const staging = stagingDir(path)
  mkdirSync(staging, { recursive: true })
  for (const file of files)
    writeFileSync(join(staging, file.name), file.bytes)
  replaceDir(staging, path)
}

const FORMATS = ['pdf', 'pptx', 'png', 'steps'] as const
type Format = typeof FORMATS[number]

function parseFormats(value: string) {
  const asked = value.split(',').map(f => f.trim()).filter(Boolean)
  const unknown = asked.filter(f => !(FORMATS as readonly string[]).includes(f))
  if (unknown.length || !asked.length)
    fail(`--format: expected a comma-separated list of ${FORMATS.join(', ')}, got "${value}"`)
  return new Set(asked as Format[])
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
      'base': { type: 'string', default: process.env.DECK_BASE ?? '/' },
      'out': { type: 'string' },
      'exports': { type: 'string', default: 'exports' },
      'allow-warnings': { type: 'boolean', default: false },
      'format': { type: 'string', default: FORMATS.join(',') },
    },
  })
  const command = positionals[0] ?? 'build'
  if (!['build', 'export', 'presenter', 'check'].includes(command))
    fail(`Unknown command "${command}": expected build, export, presenter or check.`)
  const base = normaliseBase(values.base)
  const formats = parseFormats(values.format)

  // Cheap checks first, so a mistake costs a second, not a build.
  loadDeckData(root)
  const allowWarnings = values['allow-warnings'] && command !== 'check'
  const { deck, problems } = await checkSources(root)
  if (problems.length && !allowWarnings)
    throw new CheckError(problems, 'found before building')
  warn(problems)
  if (command !== 'presenter')
    findBrowser()

  if (command === 'presenter') {
    const out = resolve(root, values.out ?? 'dist-presenter')
    const staging = stagingDir(out)
    log(`Building the presenter edition (notes, presenter view) for ${base}`)
    await slidevBuild(staging, base, 'presenter')
    finishSite(root, staging, base)
    writeRoutePages(staging, deck.slides.length)
    replaceDir(staging, out)
    log(`Done: ${relative(process.cwd(), out)}/ — host it privately; open ${base}${routeAddress('presenter')}/ to present.`)
    listAgain(problems)
    return
  }

  // The site is built next to its destination and swapped in only when the PDF step has also
  // succeeded: a failed build leaves the previous dist/ (with its PDF) as it was.
  const temporary = command !== 'build'
  const out = resolve(root, values.out ?? 'dist')
  const siteDir = temporary ? mkdtempSync(join(tmpdir(), 'deck-export-')) : stagingDir(out)
  if (temporary)
    cleanups.push(() => rmSync(siteDir, { recursive: true, force: true }))

  if (command === 'build' && !formats.has('pdf')) {
    formats.add('pdf')
    log('The site links to the PDF: building it too')
  }

  log(`Building the site for ${base} (${deck.slides.length} slides, public edition)`)
  await slidevBuild(siteDir, base, 'public')

  // One browser and one rendered print route serve every format; each file is held in memory and
  // written only when every format has succeeded.
  log('Chromium: starting')
  const session = await startPrintSession({ siteDir, base, deck, onCleanup: fn => cleanups.push(fn) })
  const exportsDir = resolve(root, values.exports)
  const files: Array<{ path: string, bytes: Uint8Array }> = []
  let pngs: Array<{ name: string, bytes: Uint8Array }> | undefined
  let ogImage: Uint8Array | undefined
  const timed = async (format: Format, work: () => Promise<string>) => {
    const began = Date.now()
    const summary = await work()
    log(`${format}: done in ${((Date.now() - began) / 1000).toFixed(1)} s${summary ? ` (${summary})` : ''}`)
  }
  const warnings = [...problems]
  try {
    // The content checks that need the rendered deck, before any file is made.
    log(`Chromium: checking ${deck.slides.length} slides at every click step`)
    const found = await session.check()
    if (found.length && !allowWarnings)
      throw new CheckError(found, 'found in the print step')
    warn(found)
    warnings.push(...found)
    if (command === 'check') {
      log(`Done: no problems on ${deck.slides.length} slides at every click step.`)
      return
    }
    if (!temporary) {
      log('Chromium: writing the reading view\'s first screens')
      await writeReadingPages(siteDir, deck.slides.length, session.newSizedPage)
    }
    log(`Chromium: rendering ${deck.slides.length} slides`)
    const page = await session.openPrintRoute('true')
    if (formats.has('pdf')) {
      await timed('pdf', async () => {
        const printed = await printDeck(session, page, deck, stage => log(`pdf: ${stage}`), warnings)
        files.push({ path: join(exportsDir, `${deck.exportFilename}.pdf`), bytes: printed.pdf }, { path: join(exportsDir, `${deck.exportFilename}-handout.pdf`), bytes: printed.handout })
        ogImage = printed.ogImage
        return 'PDF and handout'
      })
    }
    if (formats.has('png')) {
      await timed('png', async () => {
        log(`png: ${deck.slides.length} images at twice the canvas size`)
        pngs = await screenshotSlides(page, deck)
        return `${pngs.length} images`
      })
    }
    // Last on this page: Slidev's exporter restyles and resizes the page it reads.
    if (formats.has('pptx')) {
      await timed('pptx', async () => {
        log('pptx: editable slides, titles, alt text and notes')
        files.push({ path: join(exportsDir, `${deck.exportFilename}.pptx`), bytes: await exportPptx(page, deck, fn => cleanups.push(fn)) })
        return `${deck.slides.length} slides`
      })
    }
    if (formats.has('steps')) {
      await timed('steps', async () => {
        log('steps: rendering every click step')
        const { pdf, steps } = await printSteps(await session.openPrintRoute('clicks'), deck)
        files.push({ path: join(exportsDir, `${deck.exportFilename}-steps.pdf`), bytes: pdf })
        return `${steps} pages`
      })
    }
  }
  finally {
    await session.close()
  }

  for (const file of files)
    writeAtomic(file.path, file.bytes)
  const written = files.map(file => ({ path: file.path, size: size(file.path) }))
  if (pngs) {
    writeDirAtomic(join(exportsDir, 'png'), pngs)
    written.push({ path: `${join(exportsDir, 'png')}/`, size: `${pngs.length} images` })
  }
  if (!temporary) {
    writeFileSync(join(siteDir, `${deck.exportFilename}.pdf`), files.find(file => file.path.endsWith(`${deck.exportFilename}.pdf`))!.bytes)
    writeFileSync(join(siteDir, 'og-image.png'), ogImage!)
    finishSite(root, siteDir, base)
    replaceDir(siteDir, out)
    written.unshift(...['index.html', `${deck.exportFilename}.pdf`, 'og-image.png'].map(name => ({ path: join(out, name), size: size(join(out, name)) })))
  }
  await runCleanups()
  log('Done. Wrote:')
  for (const file of written)
    console.log(`  ${relative(process.cwd(), file.path).padEnd(56)} ${file.size}`)
  listAgain(warnings, 'named in the PDFs\' metadata')
}

/** At the end, where the last lines of output are read: what was let through. */
function listAgain(warnings: Problem[], note = '') {
  if (!warnings.length)
    return
  console.warn(`\n⚠ Written with ${ALLOW_WARNINGS_FLAG} despite ${count(warnings)}${note ? `, ${note}` : ''}:`)
  warnings.forEach(problem => console.warn(`  - ${formatProblem(problem)}`))
}

/** Problems let through by --allow-warnings, said as soon as they are found. */
function warn(problems: Problem[]) {
  for (const problem of problems)
    console.warn(`⚠ ${formatProblem(problem)}`)
}

main().then(runCleanups).catch(async (error) => {
  await runCleanups()
  fail(error)
})
