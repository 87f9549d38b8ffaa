// The handout: portrait A4 pages, each slide's own PDF page on top and its speaker notes below.
import type { Page } from 'playwright-chromium'
import type { Problem } from '../checks/problem.ts'
import type { DeckSummary } from '../deck-summary.ts'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import MarkdownIt from 'markdown-it'
import { PDFDocument } from 'pdf-lib'
import { describeSlide } from '../deck-summary.ts'
import { writeInfo } from './metadata.ts'
import { PrintError } from './render.ts'

const A4 = { width: 595.28, height: 841.89 }
const MARGIN = 40
/** The slide's place on the page: the width between the margins, the height from the canvas's proportions. */
function slideBox(canvas: DeckSummary['canvas']) {
  const width = A4.width - 2 * MARGIN
  return { width, height: width * canvas.height / canvas.width }
}

/**
 * Portrait pages, one per slide: the slide on top (the deck PDF's own page, embedded as vector)
 * and its speaker notes below, laid out by Chromium so that the text stays real, tagged text.
 */
export async function printHandout(page: Page, deck: DeckSummary, deckPdf: Uint8Array, warnings: Problem[] = []) {
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
  const box = slideBox(deck.canvas)
  slides.forEach((slide, i) => {
    doc.getPage(i).drawPage(slide, { x: MARGIN, y: A4.height - MARGIN - box.height, width: box.width, height: box.height })
  })
  writeInfo(doc, deck, { title: `${deck.title} (handout)`, subject: `Slides and speaker notes: ${deck.info}`, creator: 'Chromium and pdf-lib' }, warnings)
  return doc.save()
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
  const box = slideBox(deck.canvas)
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
    .slide-box { width: ${box.width}pt; height: ${box.height}pt; border: 0.5pt solid #d9dde3; }
    h2 { font-size: 13pt; font-weight: 700; margin: 18pt 0 8pt; }
    .no { display: block; font-size: 8pt; font-weight: 600; letter-spacing: 0.05em; text-transform: uppercase; color: #0f5f8c; margin-bottom: 3pt; }
    .notes { font-size: 10.5pt; line-height: 1.55; color: #2b3540; }
    .notes p { margin: 0 0 7pt; }
  </style></head><body><h1 style="position:absolute;left:-9999px">${escape(deck.title)}: handout</h1>${sheets}</body></html>`
}
