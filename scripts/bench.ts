// `npm run bench`: measures this deck against a plain reference deck built by the same pipeline
// (same Slidev, headmatter and config; as many text-only slides), prints a table and writes it
// into docs/testing.md. Numbers, not pass/fail: the targets are in docs/testing.md.
// Lighthouse (tooling/lighthouse.ts), mobile and desktop, runs on the deck's built site served as
// Netlify serves it: the root and a deep link to the first diagram slide, medians in the table.
// `npm run bench -- --lighthouse-only --site dist` measures an existing build that way and nothing
// else (LIGHTHOUSE_RUNS, default 3).
import type { Buffer } from 'node:buffer'
import type { LighthouseResult } from '../tooling/lighthouse.ts'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
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
const { values: args } = parseArgs({ options: { 'site': { type: 'string', default: 'dist' }, 'lighthouse-only': { type: 'boolean' } } })
const slideWith = async (dir: string, text: string) => (await loadDeck(dir)).slides.find(s => s.content.includes(text))?.no

/** A copy of the deck (tooling/deck-files.ts) whose slides are plain text: the difference measured is the content. */
function makeReference(slides: number) {
  const dir = mkdtempSync(join(tmpdir(), 'deck-bench-reference-'))
  copyDeck(root, dir)
  const body = Array.from({ length: slides }, (_, i) => `# Plain slide ${i + 1}\n\nA paragraph of text.\n\n- one\n- two\n\n<!--\nNotes for slide ${i + 1}.\n-->\n`)
  writeFileSync(join(dir, 'slides.md'), slidesWith(root, body))
  return dir
}

/** `scripts/deck.ts build` in `dir`; reads from its log when a step began and how long a format took ("[  4.8s] Chromium: starting", "pdf: done in 1.9 s", "[  6.4s] Done"). */
function build(dir: string, args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(dir, 'scripts/deck.ts'), 'build', ...args], { cwd: dir, encoding: 'utf8' })
  if (result.status !== 0)
    throw new Error(`build ${args.join(' ')} failed in ${dir}:\n${result.stdout}\n${result.stderr}`)
  const read = (pattern: string) => Number(new RegExp(pattern).exec(result.stdout)?.[1])
  return {
    at: (step: string) => read(`\\[\\s*([\\d.]+)s\\] ${step}`),
    took: (format: string) => read(`\\] ${format}: done in ([\\d.]+) s`),
  }
}

const kb = (n: number) => `${Math.round(n / 1024)} KB`
const s = (digits: number) => (n: number) => `${n.toFixed(digits)} s`

/** The table's rows for a build of the deck in `dir` and loads of its site, and the whole command's seconds. */
async function measure(dir: string) {
  const [site, exports] = [join(dir, '.bench/site'), join(dir, '.bench/exports')]
  rmSync(join(dir, '.bench'), { recursive: true, force: true })
  const log = build(dir, ['--out', site, '--exports', exports])
  const [buildS, doneS] = [log.at('Chromium: starting'), log.at('Done')]
  const pdf = join(exports, `${(await loadDeck(dir)).exportFilename}.pdf`)
  const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1])
  const slide1 = await loadSlide(site, dir, 1)
  const js = async (text: string) => {
    const no = await slideWith(dir, text)
    return no ? (await loadSlide(site, dir, no)).js : 0
  }
  const rows: Array<[string, number, (n: number) => string]> = [
    ['Milestone slide: JavaScript loaded (uncompressed)', await js('<MilestoneTimeline'), kb],
    ['First diagram slide: JavaScript loaded (uncompressed)', await js('```mermaid'), kb],
    ['Slide 1: bytes (uncompressed)', slide1.bytes, kb],
    ['Slide 1: bytes (gzip)', slide1.gzip, kb],
    ['Slide 1: requests', slide1.requests, String],
    ['Slide 1: requests to other hosts', slide1.outside, String],
    ['Slide 1: load event', slide1.loadMs, n => `${Math.round(n)} ms`],
    ['Site build', buildS, s(1)],
    ['Export step (Chromium, every format)', doneS - buildS, s(1)],
    ['Export step per slide', (doneS - buildS) / pages, s(2)],
    ['  pdf: PDF, handout, preview', log.took('pdf'), s(1)],
    ['  png: an image per slide', log.took('png'), s(1)],
    ['  pptx: PowerPoint', log.took('pptx'), s(1)],
    ['  steps: PDF per click step', log.took('steps'), s(1)],
    ['PDF bytes per page', statSync(pdf).size / pages, n => `${(n / 1024).toFixed(1)} KB`],
  ]
  return { rows, totalS: doneS }
}

/** A fresh load of slide `no` from the built site, requests to other hosts blocked. */
async function loadSlide(site: string, dir: string, no: number) {
  const server = await serveStatic({ dir: site })
  const browser = await chromium.launch(scriptLaunchOptions())
  try {
    const page = await browser.newPage({ viewport: readCanvas(dir) })
    const bodies: Array<Promise<{ url: string, body: Buffer } | undefined>> = []
    let [requests, outside] = [0, 0]
    page.on('request', (request) => {
      requests++
      outside += Number(!request.url().startsWith(server.url) && !request.url().startsWith('data:'))
    })
    page.on('response', response => bodies.push(response.body().then(body => ({ url: response.url(), body }), () => undefined)))
    await page.route(url => !url.href.startsWith(server.url), route => route.abort())
    await page.goto(`${server.url}${no}`, { waitUntil: 'networkidle' })
    // A navigation's duration runs from its start to the end of the load event.
    const loadMs = await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.duration ?? Number.NaN)
    const all = (await Promise.all(bodies)).filter(b => !!b)
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
    return {
      bytes: sum(all.map(b => b.body.length)),
      gzip: sum(all.map(b => gzipSync(b.body).length)),
      js: sum(all.filter(b => b.url.endsWith('.js')).map(b => b.body.length)),
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

/**
 * Presenting live (goal: each within 3 s): the presenter view with its notes from `npm run dev`
 * printing its address, then an audience window's slide 1 from its opening; and the whole wait.
 */
async function firstLoad() {
  const browser = await chromium.launch(scriptLaunchOptions())
  const started = performance.now()
  const dev = await startDevServer(root)
  try {
    const page = await browser.newPage()
    await page.goto(`${dev.url}${routeAddress('presenter', 1)}`, { timeout: 120_000 })
    await page.locator(DOM.note).first().waitFor({ timeout: 120_000 })
    const [presenterMs, commandMs] = [performance.now() - dev.printedAt, performance.now() - started]
    const audience = await browser.newPage()
    const opened = performance.now()
    await audience.goto(dev.url, { timeout: 120_000 })
    await audience.locator(`${slideSelector(1)} ${DOM.layout}`).first().waitFor({ timeout: 120_000 })
    return { presenterMs, audienceMs: performance.now() - opened, commandMs }
  }
  finally {
    await browser.close()
    dev.stop()
  }
}

/** One Lighthouse run per page and form factor on a built site, added to `samples`. */
async function lighthouseRun(site: string, samples: Map<string, LighthouseResult[]>) {
  const server = await serveStatic({ dir: site, host: 'netlify', headers: true })
  try {
    for (const formFactor of ['mobile', 'desktop'] as const) {
      for (const [page, path] of [['root', ''], ['deep link', String(await slideWith(root, '```mermaid') ?? 1)]]) {
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

function lighthouseTable(samples: Map<string, LighthouseResult[]>) {
  const ms = (n: number) => `${(n / 1000).toFixed(2)} s`
  const rows = [...samples].map(([key, results]) => {
    const m = (pick: (r: LighthouseResult) => number) => median(results.map(pick))
    return `| ${key} | ${m(r => r.score)} (${results.map(r => r.score).join(', ')}) | ${ms(m(r => r.fcp))} | ${ms(m(r => r.lcp))} | ${Math.round(m(r => r.tbt))} ms | ${m(r => r.cls).toFixed(3)} |`
  })
  const worst = [...samples].flatMap(([key, results]) => results.at(-1)!.diagnostics.map(d => `- ${key}: ${d}`))
  const { version } = JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }
  return [
    `Lighthouse ${version} (median of ${[...samples.values()][0]?.length ?? 0} runs; mobile: simulated slow 4G and 4x CPU slowdown):`,
    '',
    '| page | performance (runs) | FCP | LCP | TBT | CLS |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    ...(worst.length ? ['Where the time goes (last run, audits not passed):', ...worst] : []),
  ]
}

function median(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}
const min = (xs: number[]) => Math.min(...xs)
const seconds = (ms: number[]) => `${(min(ms) / 1000).toFixed(1)} s / ${(median(ms) / 1000).toFixed(1)} s`

async function lighthouseOnly() {
  const samples = new Map<string, LighthouseResult[]>()
  const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3)
  for (let run = 1; run <= runs; run++) {
    process.stderr.write(`run ${run}/${runs}:\n`)
    await lighthouseRun(resolve(args.site), samples)
  }
  console.log(lighthouseTable(samples).join('\n'))
}

async function main() {
  const slides = (await loadDeck(root)).slides.length
  const lighthouseSamples = new Map<string, LighthouseResult[]>()
  const reference = makeReference(slides)
  const samples: Record<'deck' | 'reference', Array<Awaited<ReturnType<typeof measure>>>> = { deck: [], reference: [] }
  const pdfOnlyS: number[] = []
  const live: Array<Awaited<ReturnType<typeof firstLoad>>> = []
  try {
    for (let run = 1; run <= RUNS; run++) {
      process.stderr.write(`run ${run}/${RUNS}: npm run dev, first load… `)
      live.push(await firstLoad())
      process.stderr.write(`${(live.at(-1)!.commandMs / 1000).toFixed(1)} s\n`)
      for (const [name, dir] of [['deck', root], ['reference', reference]] as const) {
        process.stderr.write(`run ${run}/${RUNS}: ${name}… `)
        samples[name].push(await measure(dir))
        process.stderr.write(`site and every format ${samples[name].at(-1)!.totalS.toFixed(1)} s\n`)
        if (name === 'deck')
          await lighthouseRun(join(dir, '.bench/site'), lighthouseSamples)
      }
      // The pipeline before the other formats.
      process.stderr.write(`run ${run}/${RUNS}: deck, PDF only… `)
      pdfOnlyS.push(build(root, ['--format', 'pdf', '--out', join(root, '.bench/pdf/site'), '--exports', join(root, '.bench/pdf/exports')]).at('Done'))
      process.stderr.write(`${pdfOnlyS.at(-1)!.toFixed(1)} s\n`)
    }
  }
  finally {
    rmSync(reference, { recursive: true, force: true })
    rmSync(join(root, '.bench'), { recursive: true, force: true })
  }

  const ratio = (a: number, b: number) => (b ? `${(a / b).toFixed(2)}x` : (a ? 'n/a' : '1.00x'))
  const total = median(samples.deck.map(s => s.totalS))
  const lines = [
    `Benchmark, ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${RUNS} runs, ${slides} slides in each deck.`,
    '',
    '| measure | deck min | deck median | reference min | reference median | deck / reference (median) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...samples.deck[0]!.rows.map(([label, , format], i) => {
      const [d, r] = [samples.deck.map(s => s.rows[i]![1]), samples.reference.map(s => s.rows[i]![1])]
      return `| ${label} | ${format(min(d))} | ${format(median(d))} | ${format(min(r))} | ${format(median(r))} | ${ratio(median(d), median(r))} |`
    }),
    '',
    `Site and every format from one command (median): ${total.toFixed(1)} s; site and PDF only (\`--format pdf\`): ${median(pdfOnlyS).toFixed(1)} s (${(total / median(pdfOnlyS)).toFixed(2)}x).`,
    `First load (min / median): the presenter view with notes ${seconds(live.map(l => l.presenterMs))} after \`npm run dev\` prints its address, `
    + `then an audience window's slide 1 ${seconds(live.map(l => l.audienceMs))} after it is opened; `
    + `from typing \`npm run dev\` to the presenter view ${seconds(live.map(l => l.commandMs))}.`,
    '',
    ...lighthouseTable(lighthouseSamples),
  ]
  console.log(lines.join('\n'))
  // Into docs/testing.md between its markers, replacing the last table written there.
  const file = join(root, 'docs/testing.md')
  const text = readFileSync(file, 'utf8')
  const marked = /(?<=<!-- bench:start -->)[\s\S]*?(?=<!-- bench:end -->)/
  if (!marked.test(text))
    throw new Error(`${relative(root, file)}: no <!-- bench:start --> … <!-- bench:end --> markers to write the table between`)
  writeFileSync(file, text.replace(marked, () => `\n${lines.join('\n')}\n`))
  console.log(`\nWritten into ${relative(root, file)}.`)
}

(args['lighthouse-only'] ? lighthouseOnly() : main()).catch((error) => {
  console.error(error)
  process.exit(1)
})
