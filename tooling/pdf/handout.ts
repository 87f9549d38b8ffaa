// The handout: A4 pages, each slide's own PDF page on top (as vector) and its notes below as tagged
// text laid out by Chromium; long notes continue on the following pages under the heading again.
import type { Page } from 'playwright-chromium'
import type { Problem } from '../checks/problem.ts'
import type { DeckSummary } from '../deck-summary.ts'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import MarkdownIt from 'markdown-it'
import { PageSizes, PDFDocument } from 'pdf-lib'
import { diagramFences, diagramText } from '../diagram-alt.ts'
import { rewritePages, stripMarkedContent } from './content.ts'
import { writeInfo, xml } from './metadata.ts'

const MARGIN = 40

export async function printHandout(page: Page, deck: DeckSummary, deckPdf: Uint8Array, warnings: Problem[]) {
  // The slide between the margins, at the canvas's proportions.
  const width = PageSizes.A4[0] - 2 * MARGIN
  const height = width * deck.canvas.height / deck.canvas.width
  await page.setContent(handoutHtml(deck, { width, height }), { waitUntil: 'load' })
  await page.evaluate(() => document.fonts.ready)
  // A sheet is one A4 page that hides its overflow: notes that do not fit move on.
  const firstPages = await page.evaluate(paginateNotes)
  const notesPdf = await page.pdf({ format: 'A4', printBackground: true, tagged: true })
  const doc = await PDFDocument.load(notesPdf, { updateMetadata: false })
  if (doc.getPageCount() !== firstPages.sheets)
    throw new Error(`The handout was laid out on ${firstPages.sheets} sheets, but Chromium printed ${doc.getPageCount()} pages.`)
  // The deck PDF's marks point into its own structure tree: they go, and writeInfo marks the slide
  // picture as an artifact (the sheet's Figure, "Slide n: title", and the notes carry its text).
  const slidesPdf = await PDFDocument.load(deckPdf, { updateMetadata: false })
  rewritePages(slidesPdf, stripMarkedContent)
  const slides = await doc.embedPdf(await slidesPdf.save(), deck.slides.map((_, i) => i))
  slides.forEach((slide, i) => doc.getPage(firstPages.pages[i]!).drawPage(slide, { x: MARGIN, y: PageSizes.A4[1] - MARGIN - height, width, height }))
  writeInfo(doc, deck, { title: `${deck.title} (handout)`, subject: `Slides and speaker notes: ${deck.info}`, creator: 'Chromium and pdf-lib' }, warnings)
  return doc.save()
}

/**
 * Runs in the page: a sheet's notes from the first line that does not fit move to a new "continued"
 * sheet after it (a DOM Range keeps the markup whole on both sides). Returns each slide's first sheet.
 */
function paginateNotes() {
  // (No named helper functions in here: the bundler would wrap them in a helper the page lacks.)
  const sheets = [...document.querySelectorAll<HTMLElement>('.sheet')]
  for (let i = 0; i < sheets.length; i++) {
    const sheet = sheets[i]!
    const notes = sheet.querySelector<HTMLElement>('.notes')!
    const limit = sheet.getBoundingClientRect().bottom - Number.parseFloat(getComputedStyle(sheet).paddingBottom)
    if (notes.getBoundingClientRect().bottom <= limit)
      continue
    // The first word whose line ends below the limit: the cut goes before it.
    const walker = document.createTreeWalker(notes, NodeFilter.SHOW_TEXT)
    let cut: Range | undefined
    for (let node = walker.nextNode(); node && !cut; node = walker.nextNode()) {
      cut = [...(node as Text).data.matchAll(/\S+/g)].map((word) => {
        const range = document.createRange()
        range.setStart(node!, word.index)
        range.setEnd(node!, word.index + word[0].length)
        return range
      }).find(range => range.getBoundingClientRect().bottom > limit)
    }
    if (!cut)
      continue
    cut.setEndAfter(notes.lastChild!)
    const moved = cut.extractContents()
    if (!moved.textContent?.trim())
      continue
    // Elements left empty on either side of the cut (a paragraph cut at its first word) go.
    for (const el of [...notes.querySelectorAll('*'), ...moved.querySelectorAll('*')]) {
      if (!el.textContent?.trim())
        el.remove()
    }
    const next = document.createElement('section')
    next.className = 'sheet continued'
    next.dataset.continued = sheet.dataset.continued
    next.innerHTML = `<p class="heading">${sheet.dataset.continued}</p><div class="notes"></div>`
    next.setAttribute('aria-label', next.textContent!.trim())
    next.querySelector('.notes')!.append(moved)
    sheet.after(next)
    sheets.splice(i + 1, 0, next)
  }
  return { pages: sheets.flatMap((sheet, page) => (sheet.classList.contains('continued') ? [] : [page])), sheets: sheets.length }
}

const require = createRequire(import.meta.url)
/** Every subset of a weight, as styles/index.ts loads them, the woff2 files inlined. */
function fontFace(weight: number) {
  const css = require.resolve(`@fontsource/inter/${weight}.css`)
  return readFileSync(css, 'utf8').replace(/src: url\(\.\/files\/([\w-]+\.woff2)\) format\('woff2'\)[^;]*;/g, (_, file: string) =>
    `src: url(data:font/woff2;base64,${readFileSync(join(dirname(css), 'files', file)).toString('base64')}) format('woff2');`)
}

/** The text alternative of a slide's picture: its title, and each diagram's own alternative. */
function slidePicture(slide: DeckSummary['slides'][number]) {
  const diagrams = diagramFences(slide.content, { file: slide.file, line: slide.line }).map(fence => ` Diagram: ${diagramText(fence.alt)}`)
  return `Slide ${slide.no}: ${slide.title}.${diagrams.join('')}`
}

function handoutHtml(deck: DeckSummary, box: { width: number, height: number }) {
  // Notes are the presenter's Markdown; raw HTML in them is shown as text, never run.
  const md = new MarkdownIt({ html: false, linkify: false })
  // Headings as in the deck: an h1 for each slide that opens an article section, h2 within it.
  const level = (slide: DeckSummary['slides'][number]) => (slide.headingLevel === 1 || slide.no === 1 ? 1 : 2)
  const sheets = deck.slides.map(slide => `
    <section class="sheet" aria-labelledby="s${slide.no}" data-continued="${xml(`<span class="no">Slide ${slide.no} of ${deck.slides.length} (continued)</span> ${xml(slide.title)}`)}">
      <div class="slide-box" role="img" aria-label="${xml(slidePicture(slide))}"></div>
      <h${level(slide)} id="s${slide.no}"><span class="no">Slide ${slide.no} of ${deck.slides.length}</span> ${xml(slide.title)}</h${level(slide)}>
      <div class="notes">${md.render(slide.note.replace(/\[click(?::\d+)?\]\s*/g, ''))}</div>
    </section>`).join('')
  return `<!doctype html><html lang="${xml(deck.lang)}"><head><meta charset="utf-8"><title>${xml(deck.title)} (handout)</title><style>
    ${[400, 600, 700].map(fontFace).join('\n')}
    @page { size: A4; margin: 0; }
    * { box-sizing: border-box; }
    body { margin: 0; font-family: Inter, sans-serif; color: #16202c; }
    .sheet { width: 210mm; height: 297mm; padding: ${MARGIN}pt; overflow: hidden; break-after: page; }
    .sheet:last-child { break-after: auto; }
    .slide-box { width: ${box.width}pt; height: ${box.height}pt; border: 0.5pt solid #d9dde3; }
    h1, h2, .heading { font-size: 13pt; font-weight: 700; margin: 18pt 0 8pt; }
    .continued .heading { margin-top: 0; }
    .no { display: block; font-size: 8pt; font-weight: 600; letter-spacing: 0.05em; text-transform: uppercase; color: #0f5f8c; margin-bottom: 3pt; }
    .notes { font-size: 10.5pt; line-height: 1.55; color: #2b3540; }
    .notes p { margin: 0 0 7pt; }
  </style></head><body>${sheets}</body></html>`
}
