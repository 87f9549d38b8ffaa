// `npm run bench`: measures the deck against the targets in docs/testing.md, prints a table and
// writes it there between its markers. Numbers, not pass/fail. BENCH_RUNS runs (default 3).
import type { Buffer } from 'node:buffer'
import type { LighthouseResult } from '../tooling/lighthouse.ts'
import { spawn, spawnSync } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join, relative, resolve } from 'node:path'
import process from 'node:process'
import { stripVTControlCharacters } from 'node:util'
import { chromium } from 'playwright-chromium'
import { scriptLaunchOptions } from '../tooling/browser.ts'
import { loadDeck } from '../tooling/deck-summary.ts'
import { runLighthouse } from '../tooling/lighthouse.ts'
import { serveStatic } from '../tooling/serve.ts'
import { DEV_ADDRESS, DOM, routeAddress, slideSelector } from '../tooling/slidev/index.ts'

const root = resolve(import.meta.dirname, '..')
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const deck = await loadDeck(root)
const s = (n: number) => `${n.toFixed(1)} s`

/** Seconds of `scripts/deck.ts build` with `args`, by its own clock ("[ 14.2s] Done"): its log says each format's share. */
function build(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/deck.ts', 'build', ...args], { cwd: root, encoding: 'utf8' })
  if (result.status !== 0)
    throw new Error(`build ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`)
  return Number(/\[\s*([\d.]+)s\] Done/.exec(result.stdout)?.[1])
}

/** A build of the site and every format into .bench/site, and one of the site and the PDF only. */
function buildTimes(): Array<[string, number]> {
  return [
    ['Site and every format', build(['--out', join(root, '.bench/site'), '--exports', join(root, '.bench/exports')])],
    ['Site and PDF only (`--format pdf`)', build(['--format', 'pdf', '--out', join(root, '.bench/pdf/site'), '--exports', join(root, '.bench/pdf/exports')])],
  ]
}

/** `npm run dev` (on 3030 or the next free port), once it has printed its address, with the moment it did. */
function startDevServer() {
  const dev = spawn(join(root, 'node_modules/.bin/slidev'), [], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  return new Promise<{ url: string, printedAt: number, stop: () => void }>((resolve, reject) => {
    dev.stdout.on('data', (chunk: Buffer) => {
      output += stripVTControlCharacters(chunk.toString())
      const found = DEV_ADDRESS.exec(output)
      if (found)
        resolve({ url: found[1]!, printedAt: performance.now(), stop: () => dev.kill('SIGTERM') })
    })
    dev.on('exit', code => reject(new Error(`slidev exited (${code}) before printing its address:\n${output}`)))
  })
}

/**
 * Presenting live (goal: each within 3 s): the presenter view with its notes from `npm run dev`
 * printing its address, then an audience window's slide 1 from its opening.
 */
async function firstLoad(): Promise<Array<[string, number]>> {
  const browser = await chromium.launch(scriptLaunchOptions())
  const dev = await startDevServer()
  try {
    const page = await browser.newPage()
    await page.goto(`${dev.url}${routeAddress('presenter', 1)}`, { timeout: 120_000 })
    await page.locator(DOM.note).first().waitFor({ timeout: 120_000 })
    const presenter = performance.now() - dev.printedAt
    const audience = await browser.newPage()
    const opened = performance.now()
    await audience.goto(dev.url, { timeout: 120_000 })
    await audience.locator(`${slideSelector(1)} ${DOM.layout}`).first().waitFor({ timeout: 120_000 })
    return [
      ['`npm run dev` printing its address to the presenter view with notes', presenter / 1000],
      ['An audience window opened to its slide 1', (performance.now() - opened) / 1000],
    ]
  }
  finally {
    await browser.close()
    dev.stop()
  }
}

/** One Lighthouse run per page and form factor on a built site served as Netlify serves it, added to `samples`. */
async function lighthouseRun(site: string, samples: Map<string, LighthouseResult[]>) {
  const server = await serveStatic({ dir: site, host: 'netlify', headers: true })
  const diagram = deck.slides.find(slide => slide.content.includes('```mermaid'))?.no ?? 1
  try {
    for (const formFactor of ['mobile', 'desktop'] as const) {
      for (const [page, path] of [['root', ''], ['deep link', String(diagram)]]) {
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
    return `| ${key} | ${m(r => r.score)} (${results.map(r => r.score).join(', ')}) | ${ms(m(r => r.fcp))} | ${ms(m(r => r.lcp))} | ${Math.round(m(r => r.tbt))} ms | ${m(r => r.cls).toFixed(3)} | ${Math.round(m(r => r.bytes) / 1024)} KB | ${m(r => r.requests)} (${m(r => r.outside)}) |`
  })
  const worst = [...samples].flatMap(([key, results]) => results.at(-1)!.diagnostics.map(d => `- ${key}: ${d}`))
  const { version } = JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }
  return [
    `Lighthouse ${version} (median of ${[...samples.values()][0]?.length ?? 0} runs; mobile: simulated slow 4G and 4x CPU slowdown):`,
    '',
    '| page | performance (runs) | FCP | LCP | TBT | CLS | bytes transferred | requests (to other hosts) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    ...(worst.length ? ['Where the time goes (last run, audits not passed):', ...worst] : []),
  ]
}

function median(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}

async function main() {
  const lighthouse = new Map<string, LighthouseResult[]>()
  const samples: Array<Array<[string, number]>> = []
  try {
    for (let run = 1; run <= RUNS; run++) {
      process.stderr.write(`run ${run}/${RUNS}: npm run dev, first load, builds…\n`)
      samples.push([...await firstLoad(), ...buildTimes()])
      await lighthouseRun(join(root, '.bench/site'), lighthouse)
    }
  }
  finally {
    rmSync(join(root, '.bench'), { recursive: true, force: true })
  }

  const lines = [
    `Benchmark, ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${RUNS} runs, ${deck.slides.length} slides.`,
    '',
    '| seconds | min | median |',
    '| --- | --- | --- |',
    ...samples[0]!.map(([label], i) => {
      const xs = samples.map(rows => rows[i]![1])
      return `| ${label} | ${s(Math.min(...xs))} | ${s(median(xs))} |`
    }),
    '',
    ...lighthouseTable(lighthouse),
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

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
