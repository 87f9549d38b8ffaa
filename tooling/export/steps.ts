// The click-step PDF: one page per click step (a slide with three clicks gives four pages), for
// presenting from any PDF viewer. Printed by Chromium from Slidev's print route in its
// `print=clicks` mode, tagged, in the deck's fonts, with the main PDF's metadata and an outline
// whose entries open each slide at its first step.
import type { PDFRef } from 'pdf-lib'
import type { Page } from 'playwright-chromium'
import type { DeckSummary } from '../deck-summary.ts'
import { PDFDocument, PDFHexString, PDFName, PDFNumber } from 'pdf-lib'
import { writeInfo } from '../pdf/metadata.ts'
import { printCanvasPages, PrintError } from '../pdf/print.ts'
import { DOM, printStep } from '../slidev/index.ts'

interface OutlineItem { title: string, page: number, children: OutlineItem[] }

/** `page` must show the print route opened with `openPrintRoute('clicks')`. */
export async function printSteps(page: Page, deck: DeckSummary) {
  // Each step's page, in print order.
  const ids = await page.locator(`${DOM.printContent} ${DOM.printSlide}`).evaluateAll(els => els.map(el => el.id))
  const firstStep = new Map<number, number>()
  ids.forEach((id, index) => {
    const { no } = printStep(id)
    if (!firstStep.has(no))
      firstStep.set(no, index)
  })
  const missing = deck.slides.filter(slide => !firstStep.has(slide.no))
  if (missing.length)
    throw new PrintError(`The click-step print has no page for slide ${missing.map(s => s.no).join(', ')}.`)

  const printed = await printCanvasPages(page, deck, false)
  const doc = await PDFDocument.load(printed, { updateMetadata: false })
  if (doc.getPageCount() !== ids.length)
    throw new PrintError(`The click-step PDF should have ${ids.length} pages (one per step), but Chromium printed ${doc.getPageCount()}.`)

  // Sections (a slide with a level-1 heading) with the slides after them nested, as in the main PDF.
  const outline: OutlineItem[] = []
  for (const slide of deck.slides) {
    const item = { title: slide.title, page: firstStep.get(slide.no)!, children: [] }
    if (slide.headingLevel === 1 || !outline.length)
      outline.push(item)
    else
      outline.at(-1)!.children.push(item)
  }
  writeOutline(doc, outline)
  writeInfo(doc, deck, { title: `${deck.title} (click steps)`, subject: deck.info, creator: 'Slidev print route with clicks, printed by Chromium' })
  return { pdf: await doc.save(), steps: ids.length }
}

/** A PDF outline (bookmarks) from nested items, each pointing at its page, shown open in the viewer. */
function writeOutline(doc: PDFDocument, items: OutlineItem[]) {
  const { context } = doc
  const pages = doc.getPages()
  const root = context.nextRef()
  const write = (siblings: OutlineItem[], parent: PDFRef) => {
    const refs = siblings.map(() => context.nextRef())
    siblings.forEach((item, i) => {
      const dict = context.obj({
        Title: PDFHexString.fromText(item.title),
        Parent: parent,
        Dest: [pages[item.page]!.ref, PDFName.of('Fit')],
      })
      if (i > 0)
        dict.set(PDFName.of('Prev'), refs[i - 1]!)
      if (i < siblings.length - 1)
        dict.set(PDFName.of('Next'), refs[i + 1]!)
      if (item.children.length) {
        const children = write(item.children, refs[i]!)
        dict.set(PDFName.of('First'), children.at(0)!)
        dict.set(PDFName.of('Last'), children.at(-1)!)
        dict.set(PDFName.of('Count'), PDFNumber.of(item.children.length))
      }
      context.assign(refs[i]!, dict)
    })
    return refs
  }
  const top = write(items, root)
  const open = items.length + items.reduce((sum, item) => sum + item.children.length, 0)
  context.assign(root, context.obj({ Type: 'Outlines', First: top.at(0)!, Last: top.at(-1)!, Count: open }))
  doc.catalog.set(PDFName.of('Outlines'), root)
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}
