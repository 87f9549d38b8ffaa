// The PDF step: Slidev's own /print route of a built site printed by Chromium, tagged and with an
// outline (docs/exports.md says why), in a session every export format shares.
import type { Page } from 'playwright-chromium'
import type { Problem } from '../checks/problem.ts'
import type { DeckSummary } from '../deck-summary.ts'
import { chromium } from 'playwright-chromium'
import { scriptLaunchOptions } from '../browser.ts'
import { checkRendered, loadPrintRoute } from '../checks/rendered.ts'
import { serveStatic } from '../serve.ts'
import { DOM, printAddress, slideSelector } from '../slidev/index.ts'
import { printHandout } from './handout.ts'
import { withMetadata } from './metadata.ts'

/** The built site served locally, with one Chromium that every export format prints from. */
export async function startPrintSession(siteDir: string, base: string, deck: DeckSummary, onCleanup: (fn: () => Promise<void>) => void) {
  const server = await serveStatic({ dir: siteDir, base })
  const browser = await chromium.launch(scriptLaunchOptions())
  const close = async () => {
    await browser.close().catch(() => {})
    await server.close()
  }
  onCleanup(close)
  // Twice the canvas per canvas pixel, for the PNG export; a PDF is vector either way.
  const context = await browser.newContext({ viewport: deck.canvas, deviceScaleFactor: 2, colorScheme: 'light', reducedMotion: 'reduce' })
  // Nothing may leave the machine: a font or image from a CDN would be a broken deck offline (the check names it).
  await context.route(url => !url.href.startsWith(server.url.replace(base, '/')) && !url.href.startsWith('data:'), route => route.abort())
  return {
    /** Slidev's print route, fully rendered: `true` gives every slide in its final click state, `clicks` one slide per click step. */
    async openPrintRoute(mode: 'true' | 'clicks') {
      const page = await context.newPage()
      await loadPrintRoute(page, `${server.url}${printAddress(mode)}`, deck, 20_000)
      await checkTypeface(page)
      await page.locator(DOM.mermaidRendering).evaluateAll(nodes => nodes.forEach(n => ((n as HTMLElement).style.display = 'none')))
      return page
    },
    check: () => checkRendered(context, server.url, deck, 20_000),
    /** A page of its own size in the same browser, on the same server (the reading view's first screens). */
    async newSizedPage(viewport: { width: number, height: number }) {
      const sized = await browser.newContext({ viewport, colorScheme: 'light', reducedMotion: 'reduce' })
      return { page: await sized.newPage(), url: server.url }
    },
    close,
  }
}

/** Chromium's print of a rendered print route at the canvas size (Playwright's margins are 0 unless set), tagged. */
export function printCanvasPages(page: Page, deck: DeckSummary) {
  return page.pdf({ width: `${deck.canvas.width}px`, height: `${deck.canvas.height}px`, printBackground: true, preferCSSPageSize: true, tagged: true })
}

/** The deck PDF, its handout and the social preview image, from `openPrintRoute('true')`; `warnings` go in the PDFs' metadata. */
export async function printDeck(page: Page, deck: DeckSummary, warnings: Problem[]) {
  const printed = await printCanvasPages(page, deck)
  // At one pixel per canvas pixel, whatever the page's device scale: the size social sites expect.
  const ogImage = await page.locator(slideSelector(1)).first().screenshot({ type: 'png', scale: 'css' })
  const pdf = await withMetadata(printed, deck, warnings)
  return { pdf, handout: await printHandout(await page.context().newPage(), deck, pdf, warnings), ogImage }
}

/** One PNG per slide (`03-the-rise-and-…`), from the print route the PDF is printed from, so the two agree. */
export async function screenshotSlides(page: Page, deck: DeckSummary) {
  const images = new Map<string, Uint8Array>()
  for (const slide of deck.slides) {
    const words = slide.title.normalize('NFKD').replace(/[\u0300-\u036F]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
    // The print route's container of the slide: exactly the canvas, as the PDF page is.
    const container = page.locator(DOM.printSlide).filter({ has: page.locator(slideSelector(slide.no)) }).first()
    images.set(`${String(slide.no).padStart(Math.max(2, String(deck.slides.length).length), '0')}-${words || 'slide'}.png`, await container.screenshot({ type: 'png', scale: 'device', animations: 'disabled' }))
  }
  return images
}

/** Inter's weights must be real, loaded faces (`document.fonts.check` also says yes when none is declared): no silent fallback. */
async function checkTypeface(page: Page) {
  const missing = await page.evaluate(async (weights) => {
    await Promise.all(weights.map(weight => document.fonts.load(`${weight} 16px Inter`)))
    const loaded = [...document.fonts].filter(face => face.family.replace(/"/g, '') === 'Inter' && face.status === 'loaded').map(face => face.weight)
    return weights.filter(weight => !loaded.includes(weight))
  }, ['400', '600', '700'])
  if (missing.length)
    throw new Error(`The Inter typeface did not load (weights ${missing.join(', ')}): the PDF would fall back to a system font.`)
}
