// The PDF step: prints Slidev's own /print route of a built site with Chromium, tagged and with an
// outline (Slidev's export asks for an untagged PDF), then writes the metadata and a handout.
import type { Buffer } from 'node:buffer'
import type { Browser, Page } from 'playwright-chromium'
import type { DeckSummary } from '../deck-summary.ts'
import { chromium } from 'playwright-chromium'
import { scriptLaunchOptions } from '../browser.ts'
import { serveStatic } from '../serve.ts'
import { printHandout } from './handout.ts'
import { withMetadata } from './metadata.ts'

export class PrintError extends Error {
  override name = 'PrintError'
}

export interface PrintOptions {
  siteDir: string
  base: string
  deck: DeckSummary
  /** How long the slides may take to render before the step gives up. */
  timeoutMs?: number
  /** Called with each stage, for progress output. */
  onStage?: (stage: string) => void
  /** Registers a clean-up to run on Ctrl-C / SIGTERM. */
  onCleanup?: (fn: () => Promise<void>) => void
}

export interface PrintResult {
  pdf: Uint8Array
  handout: Uint8Array
  ogImage: Buffer
}

export async function printDeck(options: PrintOptions): Promise<PrintResult> {
  const { siteDir, base, deck, timeoutMs = 20_000, onStage = () => {}, onCleanup = () => {} } = options
  const server = await serveStatic({ dir: siteDir, base })
  let browser: Browser | undefined
  onCleanup(async () => {
    await browser?.close().catch(() => {})
    await server.close()
  })
  try {
    onStage('starting Chromium')
    browser = await chromium.launch(scriptLaunchOptions())
    const context = await browser.newContext({ viewport: deck.canvas, colorScheme: 'light', reducedMotion: 'reduce' })
    const outside: string[] = []
    // Nothing may leave the machine: a font or image from a CDN would be a broken deck offline.
    await context.route(url => !url.href.startsWith(server.url.replace(base, '/')) && !url.href.startsWith('data:'), (route) => {
      outside.push(route.request().url())
      return route.abort()
    })
    const page = await context.newPage()

    onStage(`rendering ${deck.slides.length} slides`)
    // Media first: switching it after the slides render makes Mermaid redraw while printing.
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' })
    await page.goto(`${server.url}print?print=true`, { waitUntil: 'load' })
    await waitForSlides(page, deck, timeoutMs)
    if (outside.length)
      throw new PrintError(`The deck requested resources outside this machine: ${[...new Set(outside)].join(', ')}. Serve every asset locally.`)

    onStage('printing the PDF (tagged, with outline)')
    await page.locator('#mermaid-rendering-container').evaluateAll(nodes => nodes.forEach(n => ((n as HTMLElement).style.display = 'none')))
    const printed = await page.pdf({
      width: `${deck.canvas.width}px`,
      height: `${deck.canvas.height}px`,
      margin: { top: 0, right: 0, bottom: 0, left: 0 },
      printBackground: true,
      preferCSSPageSize: true,
      tagged: true,
      outline: true,
    })
    const headings = await page.locator('#print-content').locator('h1, h2, h3, h4, h5, h6').allTextContents()
    const ogImage = await page.locator('[data-slidev-no="1"]').first().screenshot({ type: 'png' })
    const pdf = await withMetadata(printed, deck, headings.map(h => h.replace(/\s+/g, ' ').trim()))

    onStage('printing the handout')
    const handout = await printHandout(page, deck, pdf)
    return { pdf, handout, ogImage }
  }
  finally {
    await browser?.close().catch(() => {})
    await server.close()
  }
}

/**
 * Waits until every slide is rendered, failing at once, with the slide named, on a broken diagram.
 * Mermaid may draw a diagram twice (Slidev re-renders it when the colour scheme settles), so the
 * diagrams must also hold still for a few polls, with every label laid out, before printing.
 */
async function waitForSlides(page: Page, deck: DeckSummary, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  let last = ''
  let stable = 0
  while (true) {
    const state = await page.evaluate((total) => {
      const slides = [...document.querySelectorAll<HTMLElement>('#print-content [data-slidev-no]')]
      // Slidev's Mermaid component shows a render error as a bordered <pre> in place of the diagram.
      for (const slide of slides) {
        const error = slide.querySelector('pre[border]')
        if (error)
          return { kind: 'error', no: Number(slide.dataset.slidevNo), message: error.textContent?.trim() ?? '', signature: '', pending: [] as number[] }
      }
      // (No named helper functions in here: the bundler would wrap them in a helper the page lacks.)
      const pending = slides.filter(slide => slide.querySelector('.slidev-slide-loading')
        || [...slide.querySelectorAll('.mermaid')].some((host) => {
          const svg = host.shadowRoot?.querySelector('svg')
          return !svg || [...svg.querySelectorAll('.node foreignObject')].some(label => !(label.getBoundingClientRect().width > 0 && label.textContent?.trim()))
        })).map(slide => Number(slide.dataset.slidevNo))
      const ready = slides.length >= total && !pending.length && document.fonts.status === 'loaded'
      const signature = [...document.querySelectorAll('#print-content .mermaid')].map(host => host.shadowRoot?.innerHTML.length ?? 0).join(',')
      return { kind: ready ? 'ready' : 'waiting', no: 0, message: '', signature, pending }
    }, deck.slides.length)
    if (state.kind === 'error')
      throw new PrintError(`Mermaid diagram on ${describeSlide(deck, state.no)} failed to render: ${state.message}`)
    stable = state.kind === 'ready' && state.signature === last ? stable + 1 : 0
    last = state.signature
    if (stable >= 3)
      break
    if (Date.now() > deadline)
      throw new PrintError(`Timed out after ${timeoutMs / 1000} s waiting for the slides to render${state.pending.length ? `; still rendering: ${state.pending.map(no => describeSlide(deck, no)).join(', ')}` : ''}.`)
    await page.waitForTimeout(100)
  }
  // The deck's weights must be real font faces, loaded; `document.fonts.check` alone also says yes
  // when no face is declared at all, which is exactly the silent fallback to catch.
  const loaded = await page.evaluate(async () => {
    await Promise.all(['400', '600', '700'].map(weight => document.fonts.load(`${weight} 16px Inter`)))
    return [...document.fonts].filter(face => face.family.replace(/"/g, '') === 'Inter' && face.status === 'loaded').map(face => face.weight)
  })
  const missing = ['400', '600', '700'].filter(weight => !loaded.includes(weight))
  if (missing.length)
    throw new PrintError(`The Inter typeface did not load (weights ${missing.join(', ')}): the PDF would fall back to a system font.`)
}

export function describeSlide(deck: DeckSummary, no: number) {
  const slide = deck.slides[no - 1]
  return slide ? `slide ${no} "${slide.title}" (${slide.file}:${slide.line})` : `slide ${no}`
}
