// Lighthouse on the built site, as phones and desktops load it: its default mobile run (a
// mid-range phone, slow 4G and a 4x slower CPU, simulated) and its desktop preset, performance
// only. Chromium is the deck's own (tooling/browser.ts), started headless with the flags that
// keep it off the network; the site is served on 127.0.0.1, so nothing leaves the machine.
// Used by `npm run bench`.
import type { Buffer } from 'node:buffer'
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import lighthouse, { desktopConfig } from 'lighthouse'
import { CHROMIUM_ARGS, findBrowser } from './browser.ts'

export type FormFactor = 'mobile' | 'desktop'

export interface LighthouseResult {
  score: number
  /** Milliseconds. */
  fcp: number
  lcp: number
  tbt: number
  cls: number
  /** The diagnostics that say where the time goes, as Lighthouse words them. */
  diagnostics: string[]
}

/** A headless Chromium with its DevTools port, for Lighthouse to drive. */
async function startChromium(): Promise<{ port: number, stop: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'deck-lighthouse-'))
  const child: ChildProcess = spawn(findBrowser().executablePath, [
    ...CHROMIUM_ARGS,
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    'about:blank',
  ], { stdio: ['ignore', 'ignore', 'pipe'] })
  const exited = new Promise(resolve => child.once('exit', resolve))
  /** Ends Chromium and removes its profile once it has stopped writing to it. */
  const stop = async () => {
    child.kill('SIGTERM')
    await exited
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 })
  }
  const port = await new Promise<number>((resolve, reject) => {
    let output = ''
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk
      const found = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output)
      if (found)
        resolve(Number(found[1]))
    })
    child.on('exit', code => reject(new Error(`Chromium exited (${code}) before opening its DevTools port:\n${output}`)))
  }).catch(async (error) => {
    await stop()
    throw error
  })
  return { port, stop }
}

export async function runLighthouse(url: string, formFactor: FormFactor): Promise<LighthouseResult> {
  const chromium = await startChromium()
  try {
    const result = await lighthouse(url, { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, formFactor === 'desktop' ? desktopConfig : undefined)
    if (!result)
      throw new Error(`Lighthouse returned nothing for ${url}`)
    const { lhr } = result
    if (lhr.runtimeError)
      throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
    const audit = (id: string) => lhr.audits[id]
    const value = (id: string) => audit(id)?.numericValue ?? Number.NaN
    const diagnostics = ['bootup-time', 'mainthread-work-breakdown', 'unused-javascript', 'render-blocking-insight', 'render-blocking-resources', 'largest-contentful-paint-element', 'lcp-breakdown-insight', 'cls-culprits-insight', 'layout-shifts', 'network-requests', 'total-byte-weight']
      .map(id => audit(id))
      .filter(a => a && a.score !== 1 && a.displayValue)
      .map(a => `${a!.title}: ${a!.displayValue}`)
    return {
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      diagnostics,
    }
  }
  finally {
    await chromium.stop()
  }
}
