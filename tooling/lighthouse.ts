// Lighthouse's performance audit for `npm run bench`: its default mobile run or its desktop preset,
// in the deck's own Chromium started by chrome-launcher, whose default flags keep it off the network.
import { launch } from 'chrome-launcher'
import lighthouse, { desktopConfig } from 'lighthouse'
import { findBrowser } from './browser.ts'

/** The diagnostics that say where the time goes. */
const DIAGNOSTICS = ['bootup-time', 'mainthread-work-breakdown', 'unused-javascript', 'render-blocking-insight', 'render-blocking-resources', 'largest-contentful-paint-element', 'lcp-breakdown-insight', 'cls-culprits-insight', 'layout-shifts', 'network-requests', 'total-byte-weight']

export async function runLighthouse(url: string, formFactor: 'mobile' | 'desktop') {
  const chromium = await launch({ chromePath: findBrowser().executablePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] })
  try {
    const lhr = (await lighthouse(url, { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, formFactor === 'desktop' ? desktopConfig : undefined))?.lhr
    if (!lhr || lhr.runtimeError)
      throw new Error(`Lighthouse on ${url}: ${lhr ? `${lhr.runtimeError!.code} ${lhr.runtimeError!.message}` : 'no result'}`)
    const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN
    const items = (lhr.audits['network-requests']?.details as { items?: Array<{ url: string }> } | undefined)?.items ?? []
    const requests = items.filter(item => !item.url.startsWith('data:'))
    return {
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      /** Milliseconds. */
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      bytes: value('total-byte-weight'),
      requests: requests.length,
      outside: requests.filter(item => !item.url.startsWith(new URL(url).origin)).length,
      /** As Lighthouse words them, for the audits not passed. */
      diagnostics: DIAGNOSTICS.map(id => lhr.audits[id]).filter(a => a && a.score !== 1 && a.displayValue).map(a => `${a!.title}: ${a!.displayValue}`),
    }
  }
  finally {
    chromium.kill()
  }
}

export type LighthouseResult = Awaited<ReturnType<typeof runLighthouse>>
