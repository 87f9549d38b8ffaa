// The PDF step: prints Slidev's own /print route of a built site with Chromium, tagged and with an
// outline (Slidev's export asks for an untagged PDF), then writes the metadata and a handout.
// The session (server, browser, rendered print route) is shared with the other formats (tooling/export/).
import type { Buffer } from 'node:buffer'
import type { Browser, Page } from 'playwright-chromium'
import type { Problem } from '../checks/problem.ts'
import type { DeckSummary } from '../deck-summary.ts'
import { chromium } from 'playwright-chromium'
import { scriptLaunchOptions } from '../browser.ts'
import { checkRendered } from '../checks/rendered.ts'
import { serveStatic } from '../serve.ts'
import { DOM, printAddress, slideSelector } from '../slidev/index.ts'
import { printHandout } from './handout.ts'
import { withMetadata } from './metadata.ts'
import { PrintError, waitForSlides } from './render.ts'

export { PrintError }

export interface SessionOptions {
  siteDir: string
  base: string
  deck: DeckSummary
  /** How long the slides may take to render before the step gives up. */
  timeoutMs?: number
  /** Registers a clean-up to run on Ctrl-C / SIGTERM. */
  onCleanup?: (fn: () => Promise<void>) => void
}

/** Pixels per canvas pixel of every print page: the PNG export needs twice the canvas; a PDF is vector either way. */
export const PRINT_SCALE = 2

/** The built site served locally, with one Chromium that every export format prints from. */
export interface PrintSession {
  /**
   * Slidev's print route, fully rendered: `true` gives every slide in its final click state,
   * `clicks` one slide per click step.
   */
  openPrintRoute: (mode: 'true' | 'clicks') => Promise<Page>
  /** The content checks that need the rendered deck (tooling/checks/rendered.ts): every problem found. */
  check: () => Promise<Problem[]>
  /** A blank page in the same browser, for pages we lay out ourselves (the handout). */
  newPage: () => Promise<Page>
  /** A page of its own size in the same browser, on the same server (the reading view's first screens). */
  newSizedPage: (viewport: { width: number, height: number }) => Promise<{ page: Page, url: string }>
  close: () => Promise<void>
}

export async function startPrintSession(options: SessionOptions): Promise<PrintSession> {
  const { siteDir, base, deck, timeoutMs = 20_000, onCleanup = () => {} } = options
  const server = await serveStatic({ dir: siteDir, base })
  let browser: Browser | undefined
  const close = async () => {
    await browser?.close().catch(() => {})
    await server.close()
  }
  onCleanup(close)
  try {
    browser = await chromium.launch(scriptLaunchOptions())
  }
  catch (error) {
    await close()
    throw error
  }
  const context = await browser.newContext({ viewport: deck.canvas, deviceScaleFactor: PRINT_SCALE, colorScheme: 'light', reducedMotion: 'reduce' })
  const outside: string[] = []
  // Nothing may leave the machine: a font or image from a CDN would be a broken deck offline.
  await context.route(url => !url.href.startsWith(server.url.replace(base, '/')) && !url.href.startsWith('data:'), (route) => {
    outside.push(route.request().url())
    return route.abort()
  })
  return {
    async openPrintRoute(mode) {
      const page = await context.newPage()
      // Media first: switching it after the slides render makes Mermaid redraw while printing.
      await page.emulateMedia({ media: 'screen', colorScheme: 'light' })
      await page.goto(`${server.url}${printAddress(mode)}`, { waitUntil: 'load' })
      await waitForSlides(page, deck, timeoutMs)
      await checkTypeface(page)
      if (outside.length)
        throw new PrintError(`The deck requested resources outside this machine: ${[...new Set(outside)].join(', ')}. Serve every asset locally.`)
      await page.locator(DOM.mermaidRendering).evaluateAll(nodes => nodes.forEach(n => ((n as HTMLElement).style.display = 'none')))
      return page
    },
    async check() {
      const found = await checkRendered(context, server.url, deck, timeoutMs)
      if (outside.length)
        found.push({ check: 'offline', where: 'the built site', message: `the deck requested resources outside this machine: ${[...new Set(outside)].join(', ')}. Serve every asset locally (public/ or an npm package).` })
      return found
    },
    newPage: () => context.newPage(),
    async newSizedPage(viewport) {
      const sized = await browser!.newContext({ viewport, colorScheme: 'light', reducedMotion: 'reduce' })
      return { page: await sized.newPage(), url: server.url }
    },
    close,
  }
}

/** Chromium's print of a rendered print route at the canvas size, tagged; with the outline from the headings when asked. */
export function printCanvasPages(page: Page, deck: DeckSummary, outline: boolean) {
  return page.pdf({
    width: `${deck.canvas.width}px`,
    height: `${deck.canvas.height}px`,
    margin: { top: 0, right: 0, bottom: 0, left: 0 },
    printBackground: true,
    preferCSSPageSize: true,
    tagged: true,
    outline,
  })
}

export interface PrintResult {
  pdf: Uint8Array
  handout: Uint8Array
  ogImage: Buffer
}

/**
 * The deck PDF, its handout and the social preview image, from a print route opened with
 * `openPrintRoute('true')`. `warnings`: the problems let through with --allow-warnings, named in
 * both PDFs' metadata.
 */
export async function printDeck(session: PrintSession, page: Page, deck: DeckSummary, onStage: (stage: string) => void = () => {}, warnings: Problem[] = []): Promise<PrintResult> {
  onStage('printing the PDF (tagged, with outline)')
  const printed = await printCanvasPages(page, deck, true)
  const headings = await page.locator(DOM.printContent).locator('h1, h2, h3, h4, h5, h6').allTextContents()
  // At one pixel per canvas pixel, whatever the page's device scale: the size social sites expect.
  const ogImage = await page.locator(slideSelector(1)).first().screenshot({ type: 'png', scale: 'css' })
  const pdf = await withMetadata(printed, deck, headings.map(h => h.replace(/\s+/g, ' ').trim()), warnings)

  onStage('printing the handout')
  const handout = await printHandout(await session.newPage(), deck, pdf, warnings)
  return { pdf, handout, ogImage }
}

async function checkTypeface(page: Page) {
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
