// `npm run bench`: measures this deck against a plain reference deck built by the same pipeline
// (same Slidev, headmatter and config; a few text-only slides), prints a table and writes it into
// docs/testing.md. Numbers, not pass/fail: the targets are in docs/testing.md.
// With Lighthouse (tooling/lighthouse.ts), mobile and desktop, on the deck's built site served
// as Netlify serves it (rewrites: deep links answer 200): the root and a deep link to the first
// diagram slide, once per run, medians in the table. `npm run bench -- --lighthouse-only --site
// dist` measures an existing build that way and nothing else (LIGHTHOUSE_RUNS, default 3).
import type { Buffer } from 'node:buffer'
import type { Canvas } from '../layout/geometry.ts'
import type { FormFactor, LighthouseResult } from '../tooling/lighthouse.ts'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join, relative, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-chromium'
import { scriptLaunchOptions } from '../tooling/browser.ts'
import { copyDeck, slidesWith } from '../tooling/deck-files.ts'
import { loadDeck, readCanvas } from '../tooling/deck-summary.ts'
import { runLighthouse } from '../tooling/lighthouse.ts'
import { serveStatic, startDevServer } from '../tooling/serve.ts'
import { DOM, routeAddress, slideSelector } from '../tooling/slidev/index.ts'

const root = resolve(import.meta.dirname, '..')
const RUNS = Number(process.env.BENCH_RUNS ?? 3)

interface Sample {
  milestoneJs: number
  /** The first diagram slide: Mermaid and its layout engine load with it. */
  diagramJs: number
  slide1Bytes: number
  slide1Gzip: number
  requests: number
  outside: number
  loadMs: number
  buildS: number
  pdfS: number
  pdfPerPage: number
  pdfStepPerSlide: number
  /** Seconds each export format took, after the shared Chromium start and print-route render. */
  pdfFormatS: number
  pngS: number
  pptxS: number
  stepsS: number
  /** The whole command: site build and every format. */
  totalS: number
}

/**
 * A copy of the deck (every file of DECK_FILES: setup, styles, global-top.vue, config, fonts)
 * whose slides are replaced by plain text slides: the difference measured is the content.
 */
function makeReference(slides: number) {
  const dir = mkdtempSync(join(tmpdir(), 'deck-bench-reference-'))
  copyDeck(root, dir)
  const body = Array.from({ length: slides }, (_, i) => `# Plain slide ${i + 1}\n\nA paragraph of text.\n\n- one\n- two\n\n<!--\nNotes for slide ${i + 1}.\n-->\n`)
  writeFileSync(join(dir, 'slides.md'), slidesWith(root, body))
  return dir
}

/** Seconds from the start of the command to the end, for `build` with only the PDF (the pipeline before other formats). */
function pdfOnly(dir: string) {
  const out = join(dir, '.bench-pdf')
  rmSync(out, { recursive: true, force: true })
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(dir, 'scripts/deck.ts'), 'build', '--format', 'pdf', '--out', join(out, 'site'), '--exports', join(out, 'exports')], { cwd: dir, encoding: 'utf8' })
  rmSync(out, { recursive: true, force: true })
  if (result.status !== 0)
    throw new Error(`PDF-only build failed in ${dir}:\n${result.stdout}\n${result.stderr}`)
  return Number(/\[\s*([\d.]+)s\] Done/.exec(result.stdout)?.[1])
}

async function measure(dir: string): Promise<Sample> {
  const site = join(dir, '.bench/site')
  const exports = join(dir, '.bench/exports')
  rmSync(join(dir, '.bench'), { recursive: true, force: true })
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(dir, 'scripts/deck.ts'), 'build', '--out', site, '--exports', exports], { cwd: dir, encoding: 'utf8' })
  if (result.status !== 0)
    throw new Error(`build failed in ${dir}:\n${result.stdout}\n${result.stderr}`)
  // deck.ts logs "[  4.8s] Chromium: starting" when the site is built, "pdf: done in 1.9 s" per
  // format, and "[  6.4s] Done" at the end.
  const buildS = Number(/\[\s*([\d.]+)s\] Chromium: starting/.exec(result.stdout)?.[1])
  const doneS = Number(/\[\s*([\d.]+)s\] Done/.exec(result.stdout)?.[1])
  const formatS = (format: string) => Number(new RegExp(`\\] ${format}: done in ([\\d.]+) s`).exec(result.stdout)?.[1])
  const pdf = readdirSync(exports).find(f => f.endsWith('.pdf') && !f.includes('handout') && !f.includes('steps'))!
  const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [join(exports, pdf)], { encoding: 'utf8' }).stdout)?.[1])
  const slide1 = await loadSlide1(site, readCanvas(dir))
  const deck = await loadDeck(dir)
  const milestoneJs = await slideJs(site, readCanvas(dir), deck.slides.find(s => s.content.includes('<MilestoneTimeline'))?.no)
  const diagramJs = await slideJs(site, readCanvas(dir), deck.slides.find(s => s.content.includes('```mermaid'))?.no)
  return {
    ...slide1,
    milestoneJs,
    diagramJs,
    buildS,
    pdfS: doneS - buildS,
    pdfPerPage: statSync(join(exports, pdf)).size / pages,
    pdfStepPerSlide: (doneS - buildS) / pages,
    pdfFormatS: formatS('pdf'),
    pngS: formatS('png'),
    pptxS: formatS('pptx'),
    stepsS: formatS('steps'),
    totalS: doneS,
  }
}

async function loadSlide1(site: string, canvas: Canvas) {
  const server = await serveStatic({ dir: site, base: '/' })
  const browser = await chromium.launch(scriptLaunchOptions())
  try {
    const page = await browser.newPage({ viewport: canvas })
    const bodies: Array<Promise<Buffer | undefined>> = []
    let requests = 0
    let outside = 0
    page.on('request', (request) => {
      requests++
      if (!request.url().startsWith(server.url) && !request.url().startsWith('data:'))
        outside++
    })
    page.on('response', response => bodies.push(response.body().catch(() => undefined)))
    await page.route(url => !url.href.startsWith(server.url), route => route.abort())
    await page.goto(`${server.url}1`, { waitUntil: 'networkidle' })
    const loadMs = await page.evaluate(() => {
      const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[]
      return nav ? nav.loadEventEnd - nav.startTime : Number.NaN
    })
    const all = (await Promise.all(bodies)).filter((b): b is Buffer => !!b)
    return {
      slide1Bytes: all.reduce((sum, b) => sum + b.length, 0),
      slide1Gzip: all.reduce((sum, b) => sum + gzipSync(b).length, 0),
      requests,
      outside,
      loadMs,
    }
  }
  finally {
    await browser.close()
    await server.close()
  }
}

/** JavaScript bytes (uncompressed) that a fresh load of slide `no` fetches: its chunks and the app's. */
async function slideJs(site: string, canvas: Canvas, no: number | undefined) {
  if (!no)
    return 0
  const server = await serveStatic({ dir: site, base: '/' })
  const browser = await chromium.launch(scriptLaunchOptions())
  try {
    const page = await browser.newPage({ viewport: canvas })
    const bodies: Array<Promise<number>> = []
    page.on('response', (response) => {
      if (response.url().endsWith('.js'))
        bodies.push(response.body().then(b => b.length, () => 0))
    })
    await page.goto(`${server.url}${no}`, { waitUntil: 'networkidle' })
    return (await Promise.all(bodies)).reduce((sum, n) => sum + n, 0)
  }
  finally {
    await browser.close()
    await server.close()
  }
}

/**
 * Presenting live (goal: each within 3 s). Times the presenter view with its notes from the
 * moment `npm run dev` prints its address, then an audience window's slide 1 from the moment it
 * is opened, as a presenter opens them one after the other; and the whole wait from the command.
 */
async function firstLoad() {
  const browser = await chromium.launch(scriptLaunchOptions())
  const started = performance.now()
  const dev = await startDevServer(root)
  const { url, printedAt: printed } = dev
  try {
    const page = await browser.newPage()
    await page.goto(`${url}${routeAddress('presenter', 1)}`, { timeout: 120_000 })
    await page.locator(DOM.note).first().waitFor({ timeout: 120_000 })
    const presenterMs = performance.now() - printed
    const commandMs = performance.now() - started
    const audience = await browser.newPage()
    const opened = performance.now()
    await audience.goto(url, { timeout: 120_000 })
    await audience.locator(`${slideSelector(1)} ${DOM.layout}`).first().waitFor({ timeout: 120_000 })
    return { presenterMs, audienceMs: performance.now() - opened, commandMs }
  }
  finally {
    await browser.close()
    dev.stop()
  }
}

type Page = 'root' | 'deep link'
type LighthouseSamples = Map<string, LighthouseResult[]>

/** One Lighthouse run per page and form factor on a built site, added to `samples`. */
async function lighthouseRun(site: string, diagramSlide: number, samples: LighthouseSamples) {
  const server = await serveStatic({ dir: site, base: '/', host: 'netlify', headers: true })
  try {
    for (const formFactor of ['mobile', 'desktop'] as FormFactor[]) {
      for (const [page, path] of [['root', ''], ['deep link', String(diagramSlide)]] as Array<[Page, string]>) {
        const key = `${formFactor}, ${page} (/${path})`
        const result = await runLighthouse(`${server.url}${path}`, formFactor)
        samples.set(key, [...(samples.get(key) ?? []), result])
        process.stderr.write(`  Lighthouse ${key}: ${result.score}\n`)
      }
    }
  }
  finally {
    await server.close()
  }
}

function lighthouseTable(samples: LighthouseSamples) {
  const ms = (n: number) => `${(n / 1000).toFixed(2)} s`
  const rows = [...samples].map(([key, results]) => {
    const m = (pick: (r: LighthouseResult) => number) => median(results.map(pick))
    return `| ${key} | ${m(r => r.score)} (${results.map(r => r.score).join(', ')}) | ${ms(m(r => r.fcp))} | ${ms(m(r => r.lcp))} | ${Math.round(m(r => r.tbt))} ms | ${m(r => r.cls).toFixed(3)} |`
  })
  const worst = [...samples].flatMap(([key, results]) => results.at(-1)!.diagnostics.map(d => `- ${key}: ${d}`))
  return [
    `Lighthouse ${lighthouseVersion()} (median of ${[...samples.values()][0]?.length ?? 0} runs; mobile: simulated slow 4G and 4x CPU slowdown):`,
    '',
    '| page | performance (runs) | FCP | LCP | TBT | CLS |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    ...(worst.length ? ['Where the time goes (last run, audits not passed):', ...worst] : []),
  ]
}

function lighthouseVersion() {
  return spawnSync(process.execPath, ['-p', 'require("lighthouse/package.json").version'], { cwd: root, encoding: 'utf8' }).stdout.trim()
}

async function diagramSlide(dir: string) {
  return (await loadDeck(dir)).slides.find(s => s.content.includes('```mermaid'))?.no ?? 1
}

function median(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}
const min = (xs: number[]) => Math.min(...xs)
const seconds = (ms: number[]) => `${(min(ms) / 1000).toFixed(1)} s / ${(median(ms) / 1000).toFixed(1)} s`

async function lighthouseOnly() {
  const { values } = parseArgs({ options: { 'site': { type: 'string', default: 'dist' }, 'lighthouse-only': { type: 'boolean' } } })
  const samples: LighthouseSamples = new Map()
  const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3)
  for (let run = 1; run <= runs; run++) {
    process.stderr.write(`run ${run}/${runs}:\n`)
    await lighthouseRun(resolve(values.site), await diagramSlide(root), samples)
  }
  console.log(lighthouseTable(samples).join('\n'))
}

async function main() {
  if (process.argv.includes('--lighthouse-only'))
    return lighthouseOnly()
  const slides = (await loadDeck(root)).slides.length
  const lighthouseSamples: LighthouseSamples = new Map()
  const reference = makeReference(slides)
  const samples: Record<'deck' | 'reference', Sample[]> = { deck: [], reference: [] }
  const pdfOnlyS: number[] = []
  const live: Array<Awaited<ReturnType<typeof firstLoad>>> = []
  try {
    for (let run = 1; run <= RUNS; run++) {
      process.stderr.write(`run ${run}/${RUNS}: npm run dev, first load… `)
      live.push(await firstLoad())
      process.stderr.write(`${(live.at(-1)!.commandMs / 1000).toFixed(1)} s\n`)
      for (const [name, dir] of [['deck', root], ['reference', reference]] as const) {
        process.stderr.write(`run ${run}/${RUNS}: ${name}… `)
        const sample = await measure(dir)
        samples[name].push(sample)
        process.stderr.write(`build ${sample.buildS.toFixed(1)} s, exports ${sample.pdfS.toFixed(1)} s\n`)
        if (name === 'deck')
          await lighthouseRun(join(dir, '.bench/site'), await diagramSlide(dir), lighthouseSamples)
      }
      process.stderr.write(`run ${run}/${RUNS}: deck, PDF only… `)
      pdfOnlyS.push(pdfOnly(root))
      process.stderr.write(`${pdfOnlyS.at(-1)!.toFixed(1)} s\n`)
    }
  }
  finally {
    rmSync(reference, { recursive: true, force: true })
    rmSync(join(root, '.bench'), { recursive: true, force: true })
  }

  const rows: Array<[string, keyof Sample, (n: number) => string]> = [
    ['Milestone slide: JavaScript loaded (uncompressed)', 'milestoneJs', n => `${Math.round(n / 1024)} KB`],
    ['First diagram slide: JavaScript loaded (uncompressed)', 'diagramJs', n => `${Math.round(n / 1024)} KB`],
    ['Slide 1: bytes (uncompressed)', 'slide1Bytes', n => `${Math.round(n / 1024)} KB`],
    ['Slide 1: bytes (gzip)', 'slide1Gzip', n => `${Math.round(n / 1024)} KB`],
    ['Slide 1: requests', 'requests', n => String(n)],
    ['Slide 1: requests to other hosts', 'outside', n => String(n)],
    ['Slide 1: load event', 'loadMs', n => `${Math.round(n)} ms`],
    ['Site build', 'buildS', n => `${n.toFixed(1)} s`],
    ['Export step (Chromium, every format)', 'pdfS', n => `${n.toFixed(1)} s`],
    ['Export step per slide', 'pdfStepPerSlide', n => `${n.toFixed(2)} s`],
    ['  pdf: PDF, handout, preview', 'pdfFormatS', n => `${n.toFixed(1)} s`],
    ['  png: an image per slide', 'pngS', n => `${n.toFixed(1)} s`],
    ['  pptx: PowerPoint', 'pptxS', n => `${n.toFixed(1)} s`],
    ['  steps: PDF per click step', 'stepsS', n => `${n.toFixed(1)} s`],
    ['PDF bytes per page', 'pdfPerPage', n => `${(n / 1024).toFixed(1)} KB`],
  ]
  const ratio = (a: number, b: number) => (b ? `${(a / b).toFixed(2)}x` : (a ? 'n/a' : '1.00x'))
  const lines = [
    `Benchmark, ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${RUNS} runs, ${slides} slides in each deck.`,
    '',
    '| measure | deck min | deck median | reference min | reference median | deck / reference (median) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(([label, key, format]) => {
      const d = samples.deck.map(s => s[key])
      const r = samples.reference.map(s => s[key])
      return `| ${label} | ${format(min(d))} | ${format(median(d))} | ${format(min(r))} | ${format(median(r))} | ${ratio(median(d), median(r))} |`
    }),
    '',
    `Site and every format from one command (median): ${median(samples.deck.map(s => s.totalS)).toFixed(1)} s; site and PDF only (\`--format pdf\`): ${median(pdfOnlyS).toFixed(1)} s (${(median(samples.deck.map(s => s.totalS)) / median(pdfOnlyS)).toFixed(2)}x).`,
    `First load (min / median): the presenter view with notes ${seconds(live.map(l => l.presenterMs))} after \`npm run dev\` prints its address, `
    + `then an audience window's slide 1 ${seconds(live.map(l => l.audienceMs))} after it is opened; `
    + `from typing \`npm run dev\` to the presenter view ${seconds(live.map(l => l.commandMs))}.`,
    '',
    ...lighthouseTable(lighthouseSamples),
  ]
  console.log(lines.join('\n'))
  writeIntoDocs(lines)
}

/** The table goes into docs/testing.md between its markers, replacing the last one written there. */
function writeIntoDocs(lines: string[]) {
  const file = join(root, 'docs/testing.md')
  const [start, end] = ['<!-- bench:start -->', '<!-- bench:end -->']
  const text = readFileSync(file, 'utf8')
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from < 0 || to < from)
    throw new Error(`${relative(root, file)}: no ${start} … ${end} markers to write the table between`)
  writeFileSync(file, `${text.slice(0, from + start.length)}\n${lines.join('\n')}\n${text.slice(to)}`)
  console.log(`\nWritten into ${relative(root, file)}.`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
