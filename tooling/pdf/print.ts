// The PDF step: prints Slidev's own /print route of a built site with Chromium, tagged and with an
// outline (Slidev's export asks for an untagged PDF), then writes the metadata and a handout.
import type { Buffer } from 'node:buffer'
import type { Browser, Page } from 'playwright-chromium'
import type { Problem } from '../checks/problem.ts'
import type { DeckSummary } from '../deck-summary.ts'
import { chromium } from 'playwright-chromium'
import { scriptLaunchOptions } from '../browser.ts'
import { CheckError } from '../checks/problem.ts'
import { checkRendered } from '../checks/rendered.ts'
import { serveStatic } from '../serve.ts'
import { printHandout } from './handout.ts'
import { withMetadata } from './metadata.ts'
import { PrintError, waitForSlides } from './render.ts'

export { PrintError }

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
  /** Problems found before the build (tooling/checks/sources.ts), accepted with --allow-warnings. */
  warnings?: Problem[]
  /** Print even when the content checks find problems, and list them in the PDFs' metadata. */
  allowWarnings?: boolean
  /** Called with the problems the content checks let through (allowWarnings), as soon as they are found. */
  onWarnings?: (problems: Problem[]) => void
}

export interface PrintResult {
  pdf: Uint8Array
  handout: Uint8Array
  ogImage: Buffer
  /** Every problem the PDFs were printed with (the ones passed in and the content checks'). */
  warnings: Problem[]
}

export async function printDeck(options: PrintOptions): Promise<PrintResult> {
  const { siteDir, base, deck, timeoutMs = 20_000, onStage = () => {}, onCleanup = () => {}, allowWarnings = false } = options
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
    onStage(`checking ${deck.slides.length} slides at every click step`)
    const found = await checkRendered(context, server.url, deck, timeoutMs)
    if (outside.length)
      found.push({ check: 'offline', where: 'the built site', message: `the deck requested resources outside this machine: ${[...new Set(outside)].join(', ')}. Serve every asset locally (public/ or an npm package).` })
    if (found.length && !allowWarnings)
      throw new CheckError(found, 'found in the print step')
    options.onWarnings?.(found)
    const warnings = [...options.warnings ?? [], ...found]

    const page = await context.newPage()
    onStage(`rendering ${deck.slides.length} slides`)
    // Media first: switching it after the slides render makes Mermaid redraw while printing.
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' })
    await page.goto(`${server.url}print?print=true`, { waitUntil: 'load' })
    await waitForSlides(page, deck, timeoutMs)
    await checkTypeface(page)

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
    const pdf = await withMetadata(printed, deck, headings.map(h => h.replace(/\s+/g, ' ').trim()), warnings)

    onStage('printing the handout')
    const handout = await printHandout(page, deck, pdf, warnings)
    return { pdf, handout, ogImage, warnings }
  }
  finally {
    await browser?.close().catch(() => {})
    await server.close()
  }
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
