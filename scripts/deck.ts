// The commands behind `npm run build`, `export`, `build:presenter` and `check`, their options and
// why every file is written under a temporary name: docs/exports.md, docs/hosting.md.
import type { Problem } from '../tooling/checks/problem.ts'
import { execFile } from 'node:child_process'
import { cpSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs, promisify } from 'node:util'
import { findBrowser } from '../tooling/browser.ts'
import { ALLOW_WARNINGS_FLAG, CheckError, count, formatProblem } from '../tooling/checks/problem.ts'
import { checkSources } from '../tooling/checks/sources.ts'
import { loadDeckData } from '../tooling/deck-data.ts'
import { exportPptx } from '../tooling/export/pptx.ts'
import { printSteps } from '../tooling/export/steps.ts'
import { formatHeaders, rulesForSite } from '../tooling/headers.ts'
import { printDeck, screenshotSlides, startPrintSession } from '../tooling/pdf/print.ts'
import { writeReadingPages } from '../tooling/reading-pages.ts'
import { stampServiceWorker } from '../tooling/service-worker.ts'
import { routeAddress } from '../tooling/slidev/index.ts'

const root = resolve(import.meta.dirname, '..')
const FORMATS = ['pdf', 'pptx', 'png', 'steps']
const cleanups: Array<() => unknown> = []
const started = Date.now()
const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1)
const log = (message: string) => console.log(`[${seconds(started).padStart(5)}s] ${message}`)

/** Set when Ctrl-C or SIGTERM arrives: the work in flight then fails, and that is not the error to report. */
let stoppedWith: number | undefined

function fail(error: unknown): never {
  if (stoppedWith)
    process.exit(stoppedWith)
  const message = error instanceof Error ? `${error.name === 'Error' || error instanceof CheckError ? '' : `${error.name}: `}${error.message}` : String(error)
  console.error(`\n✖ ${message}`)
  process.exit(1)
}

async function runCleanups() {
  for (const fn of cleanups.splice(0).reverse())
    await Promise.resolve().then(fn).catch(() => {})
}

for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.on(signal, () => {
    if (stoppedWith)
      return
    stoppedWith = code
    console.error(`\n✖ Stopped by ${signal}: nothing was written.`)
    void runCleanups().finally(() => process.exit(code))
  })
}

/** A sibling of `path` to write into; removed on failure or interrupt. */
function staging(path: string) {
  const temp = `${path}.partial-${process.pid}`
  rmSync(temp, { recursive: true, force: true })
  cleanups.push(() => rmSync(temp, { recursive: true, force: true }))
  mkdirSync(dirname(path), { recursive: true })
  return temp
}

function swapIn(temp: string, path: string) {
  rmSync(path, { recursive: true, force: true })
  renameSync(temp, path)
}

function writeAtomic(path: string, write: (temp: string) => void) {
  const temp = staging(path)
  write(temp)
  swapIn(temp, path)
}

async function slidevBuild(outDir: string, base: string, edition: 'public' | 'presenter') {
  const args = ['build', '--out', outDir, '--base', base, ...edition === 'public' ? ['--without-notes'] : []]
  const env = { ...process.env, DECK_FEATURES: edition === 'public' ? 'print' : 'print,presenter' }
  const build = promisify(execFile)(join(root, 'node_modules/.bin/slidev'), args, { cwd: root, env, maxBuffer: 1 << 28 })
  cleanups.push(() => build.child.kill('SIGTERM'))
  await build.catch((error: { code?: number, signal?: string, stdout: string, stderr: string }) => {
    throw new Error(`slidev build failed (${error.signal ?? `exit ${error.code}`}):\n${`${error.stdout}${error.stderr}`.trim().split('\n').slice(-30).join('\n')}`)
  })
}

function finishSite(siteDir: string, base: string) {
  writeFileSync(join(siteDir, '_headers'), formatHeaders(rulesForSite(root, siteDir, base)))
  stampServiceWorker(siteDir)
}

async function main() {
  const { values, positionals: [command = 'build'] } = parseArgs({
    allowPositionals: true,
    options: {
      'base': { type: 'string', default: process.env.DECK_BASE ?? '/' },
      'out': { type: 'string' },
      'exports': { type: 'string', default: 'exports' },
      'allow-warnings': { type: 'boolean', default: false },
      'format': { type: 'string', default: FORMATS.join(',') },
    },
  })
  if (!['build', 'export', 'presenter', 'check'].includes(command))
    fail(`Unknown command "${command}": expected build, export, presenter or check.`)
  const base = `/${values.base}/`.replace(/\/+/g, '/')
  if (!/^[\w\-./]+$/.test(base))
    fail(`--base must be a URL path such as /deck/, got "${values.base}"`)
  const formats = new Set(values.format.split(',').map(f => f.trim()).filter(Boolean))
  if (!formats.size || [...formats].some(f => !FORMATS.includes(f)))
    fail(`--format: expected a comma-separated list of ${FORMATS.join(', ')}, got "${values.format}"`)

  // Cheap checks first, so a mistake costs a second, not a build.
  loadDeckData(root)
  const { deck, problems } = await checkSources(root)
  const slides = deck.slides.length
  const warnings: Problem[] = []
  /** Refuses on problems; with --allow-warnings, says each at once and keeps it for the end and the PDFs' metadata. */
  const allow = (found: Problem[], stage: string) => {
    if (found.length && (!values['allow-warnings'] || command === 'check'))
      throw new CheckError(found, stage)
    found.forEach(problem => console.warn(`⚠ ${formatProblem(problem)}`))
    warnings.push(...found)
  }
  allow(problems, 'found before building')

  // Next to its destination, swapped in once every export has succeeded (docs/exports.md).
  const [building, presenter] = [command === 'build', command === 'presenter']
  const out = resolve(root, values.out ?? (presenter ? 'dist-presenter' : 'dist'))
  const site = staging(building || presenter ? out : join(tmpdir(), 'deck-export'))
  if (presenter) {
    log(`Building the presenter edition (notes, presenter view) for ${base}`)
    await slidevBuild(site, base, 'presenter')
    finishSite(site, base)
    // Hosts answer every address with index.html (Slidev routes in the browser); a plain file
    // server on a venue laptop answers 404 for /presenter/5. A copy per address serves each.
    const numbers = Array.from({ length: slides }, (_, i) => String(i + 1))
    for (const path of [...(['presenter', 'overview', 'notes', 'entry'] as const).map(route => routeAddress(route)), ...numbers, ...numbers.map(no => routeAddress('presenter', no))])
      cpSync(join(site, 'index.html'), join(site, path, 'index.html'))
    swapIn(site, out)
    log(`Done: ${relative(process.cwd(), out)}/ — host it privately; open ${base}${routeAddress('presenter')}/ to present.`)
    return listAgain(warnings)
  }

  findBrowser()
  if (building && !formats.has('pdf')) {
    formats.add('pdf')
    log('The site links to the PDF: building it too')
  }
  log(`Building the site for ${base} (${slides} slides, public edition)`)
  await slidevBuild(site, base, 'public')

  log('Chromium: starting')
  const session = await startPrintSession(site, base, deck, fn => cleanups.push(fn))
  const name = deck.exportFilename
  const files = new Map<string, Uint8Array>()
  let pngs = new Map<string, Uint8Array>()
  const step = async (format: string, doing: string, work: () => Promise<string>) => {
    if (!formats.has(format))
      return
    const began = Date.now()
    log(`${format}: ${doing}`)
    const summary = await work()
    log(`${format}: done in ${seconds(began)} s (${summary})`)
  }
  try {
    log(`Chromium: checking ${slides} slides at every click step`)
    allow(await session.check(), 'found in the print step')
    if (command === 'check')
      return log(`Done: no problems on ${slides} slides at every click step.`)
    if (building) {
      log('Chromium: writing the reading view\'s first screens')
      await writeReadingPages(site, slides, session.newSizedPage)
    }
    log(`Chromium: rendering ${slides} slides`)
    const page = await session.openPrintRoute('true')
    await step('pdf', 'printing the PDF (tagged, with outline) and its handout', async () => {
      const printed = await printDeck(page, deck, warnings)
      files.set(`${name}.pdf`, printed.pdf).set(`${name}-handout.pdf`, printed.handout)
      // The site's download button and social preview (a throwaway site's, for `export`).
      writeFileSync(join(site, `${name}.pdf`), printed.pdf)
      writeFileSync(join(site, 'og-image.png'), printed.ogImage)
      return 'PDF and handout'
    })
    await step('png', `${slides} images at twice the canvas size`, async () => {
      pngs = await screenshotSlides(page, deck)
      return `${pngs.size} images`
    })
    // Last on this page: Slidev's exporter restyles and resizes the page it reads.
    await step('pptx', 'editable slides, titles, alt text and notes', async () => {
      files.set(`${name}.pptx`, await exportPptx(page, deck, fn => cleanups.push(fn)))
      return `${slides} slides`
    })
    await step('steps', 'rendering every click step', async () => {
      const printed = await printSteps(await session.openPrintRoute('clicks'), deck)
      files.set(`${name}-steps.pdf`, printed.pdf)
      return `${printed.steps} pages`
    })
  }
  finally {
    await session.close()
  }

  const exportsDir = resolve(root, values.exports)
  const written = [...files.keys()].map(file => join(exportsDir, file))
  for (const [file, bytes] of files)
    writeAtomic(join(exportsDir, file), temp => writeFileSync(temp, bytes))
  if (pngs.size) {
    writeAtomic(join(exportsDir, 'png'), (temp) => {
      mkdirSync(temp)
      pngs.forEach((bytes, file) => writeFileSync(join(temp, file), bytes))
    })
  }
  if (building) {
    finishSite(site, base)
    swapIn(site, out)
    written.unshift(...['index.html', `${name}.pdf`, 'og-image.png'].map(file => join(out, file)))
  }
  await runCleanups()
  log('Done. Wrote:')
  for (const path of written)
    console.log(`  ${relative(process.cwd(), path).padEnd(56)} ${Math.ceil(statSync(path).size / 1024)} KB`)
  if (pngs.size)
    console.log(`  ${`${relative(process.cwd(), join(exportsDir, 'png'))}/`.padEnd(56)} ${pngs.size} images`)
  listAgain(warnings, ', named in the PDFs\' metadata')
}

/** At the end, where the last lines of output are read: what was let through. */
function listAgain(warnings: Problem[], note = '') {
  if (warnings.length)
    console.warn(`\n⚠ Written with ${ALLOW_WARNINGS_FLAG} despite ${count(warnings)}${note}:\n${warnings.map(problem => `  - ${formatProblem(problem)}`).join('\n')}`)
}

main().then(runCleanups).catch(async (error) => {
  await runCleanups()
  fail(error)
})
