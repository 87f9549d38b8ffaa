// The PDF step: prints Slidev's own /print route of a built site with Chromium, tagged and with an
// outline (Slidev's export asks for an untagged PDF), then writes the metadata and a handout.
import type { Buffer } from 'node:buffer'
import type { Browser, Page } from 'playwright-chromium'
import type { DeckSummary } from './slides.ts'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import MarkdownIt from 'markdown-it'
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'
import { chromium } from 'playwright-chromium'
import { scriptLaunchOptions } from './browser.ts'
import { serveStatic } from './serve.ts'

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

const CANVAS = { width: 980, height: 552 }

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
    const context = await browser.newContext({ viewport: CANVAS, colorScheme: 'light', reducedMotion: 'reduce' })
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
      width: `${CANVAS.width}px`,
      height: `${CANVAS.height}px`,
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

/** Title, Author, Subject, Keywords and language, which Chromium does not write. */
async function withMetadata(bytes: Uint8Array, deck: DeckSummary, headings: string[]) {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false })
  repairOutline(doc, headings)
  writeInfo(doc, deck, { title: deck.title, subject: deck.info, creator: 'Slidev print route, printed by Chromium' })
  return doc.save()
}

/**
 * Chromium builds the outline from the headings but drops the space where a heading wraps
 * ("OpenAIand Microsoft"). Entries come in document order, so each one whose letters match the
 * next heading's gets that heading's text back.
 */
function repairOutline(doc: PDFDocument, headings: string[]) {
  const squash = (text: string) => text.replace(/\s+/g, '')
  const queue = [...headings]
  const visit = (item: PDFDict | undefined) => {
    while (item) {
      const title = item.lookup(PDFName.of('Title'))
      const text = title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : ''
      const index = queue.findIndex(heading => squash(heading) === squash(text))
      if (index >= 0) {
        item.set(PDFName.of('Title'), PDFHexString.fromText(queue[index]!))
        queue.splice(0, index + 1)
      }
      visit(item.lookupMaybe(PDFName.of('First'), PDFDict))
      item = item.lookupMaybe(PDFName.of('Next'), PDFDict)
    }
  }
  visit(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict))
}

const A4 = { width: 595.28, height: 841.89 }
const MARGIN = 40
const SLIDE_BOX = { width: A4.width - 2 * MARGIN, height: (A4.width - 2 * MARGIN) * CANVAS.height / CANVAS.width }

/**
 * Portrait pages, one per slide: the slide on top (the deck PDF's own page, embedded as vector)
 * and its speaker notes below, laid out by Chromium so that the text stays real, tagged text.
 */
async function printHandout(page: Page, deck: DeckSummary, deckPdf: Uint8Array) {
  await page.setContent(handoutHtml(deck), { waitUntil: 'load' })
  await page.evaluate(() => document.fonts.ready)
  const notesPdf = await page.pdf({ format: 'A4', printBackground: true, tagged: true, margin: { top: 0, right: 0, bottom: 0, left: 0 } })
  const doc = await PDFDocument.load(notesPdf, { updateMetadata: false })
  if (doc.getPageCount() !== deck.slides.length) {
    const overflow = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.sheet')]
      .filter(sheet => sheet.scrollHeight > sheet.clientHeight)
      .map(sheet => Number(sheet.dataset.no)))
    throw new PrintError(`The handout needs one page per slide, but the notes of ${overflow.map(no => describeSlide(deck, no)).join(', ') || 'a slide'} do not fit on one A4 page. Shorten them.`)
  }
  const slides = await doc.embedPdf(deckPdf, deck.slides.map((_, i) => i))
  slides.forEach((slide, i) => {
    doc.getPage(i).drawPage(slide, { x: MARGIN, y: A4.height - MARGIN - SLIDE_BOX.height, width: SLIDE_BOX.width, height: SLIDE_BOX.height })
  })
  writeInfo(doc, deck, { title: `${deck.title} (handout)`, subject: `Slides and speaker notes: ${deck.info}`, creator: 'Chromium and pdf-lib' })
  return doc.save()
}

/** The document information and language of both PDFs, which Chromium does not write. */
function writeInfo(doc: PDFDocument, deck: DeckSummary, info: { title: string, subject: string, creator: string }) {
  doc.setTitle(info.title, { showInWindowTitleBar: true })
  doc.setAuthor(deck.author)
  doc.setSubject(info.subject)
  // pdf-lib's setKeywords joins with spaces, which would merge "AI partnerships" into the next keyword.
  doc.setKeywords([deck.keywords.split(',').map(k => k.trim()).filter(Boolean).join(', ')])
  doc.setCreator(info.creator)
  doc.setProducer('pdf-lib')
  doc.catalog.set(PDFName.of('Lang'), PDFString.of(deck.lang))
}

const require = createRequire(import.meta.url)
function fontFace(weight: number) {
  const file = require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff2`)
  return `@font-face { font-family: Inter; font-weight: ${weight}; src: url(data:font/woff2;base64,${readFileSync(file).toString('base64')}) format('woff2'); }`
}

export function handoutHtml(deck: DeckSummary) {
  // Notes are the presenter's Markdown; raw HTML in them is shown as text, never run.
  const md = new MarkdownIt({ html: false, linkify: false })
  const escape = (s: string) => s.replace(/[&<>"]/g, c => `&#${c.charCodeAt(0)};`)
  const sheets = deck.slides.map(slide => `
    <section class="sheet" data-no="${slide.no}" aria-labelledby="s${slide.no}">
      <div class="slide-box" role="img" aria-label="Slide ${slide.no}: ${escape(slide.title)}"></div>
      <h2 id="s${slide.no}"><span class="no">Slide ${slide.no} of ${deck.slides.length}</span> ${escape(slide.title)}</h2>
      <div class="notes">${md.render(slide.note.replace(/\[click(?::\d+)?\]\s*/g, ''))}</div>
    </section>`).join('')
  return `<!doctype html><html lang="${escape(deck.lang)}"><head><meta charset="utf-8"><title>${escape(deck.title)} (handout)</title><style>
    ${[400, 600, 700].map(fontFace).join('\n')}
    @page { size: A4; margin: 0; }
    * { box-sizing: border-box; }
    body { margin: 0; font-family: Inter, sans-serif; color: #16202c; }
    .sheet { width: 210mm; height: 297mm; padding: ${MARGIN}pt; overflow: hidden; break-after: page; }
    .sheet:last-child { break-after: auto; }
    .slide-box { width: ${SLIDE_BOX.width}pt; height: ${SLIDE_BOX.height}pt; border: 0.5pt solid #d9dde3; }
    h2 { font-size: 13pt; font-weight: 700; margin: 18pt 0 8pt; }
    .no { display: block; font-size: 8pt; font-weight: 600; letter-spacing: 0.05em; text-transform: uppercase; color: #0f5f8c; margin-bottom: 3pt; }
    .notes { font-size: 10.5pt; line-height: 1.55; color: #2b3540; }
    .notes p { margin: 0 0 7pt; }
  </style></head><body><h1 style="position:absolute;left:-9999px">${escape(deck.title)}: handout</h1>${sheets}</body></html>`
}
