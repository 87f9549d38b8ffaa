// The click-step PDF: Slidev's print route in its `print=clicks` mode, with the main PDF's metadata
// and an outline whose entries open each slide at its first step.
import type { PDFRef } from 'pdf-lib'
import type { Page } from 'playwright-chromium'
import type { DeckSummary } from '../deck-summary.ts'
import { PDFDocument, PDFHexString, PDFName } from 'pdf-lib'
import { writeInfo } from '../pdf/metadata.ts'
import { printCanvasPages } from '../pdf/print.ts'
import { PrintError } from '../pdf/render.ts'
import { DOM, printStep } from '../slidev/index.ts'

interface OutlineItem { title: string, page: number, children: OutlineItem[] }

/** `page` must show the print route opened with `openPrintRoute('clicks')`. */
export async function printSteps(page: Page, deck: DeckSummary) {
  // Each step's slide number, in print order.
  const steps = (await page.locator(`${DOM.printContent} ${DOM.printSlide}`).evaluateAll(els => els.map(el => el.id))).map(id => printStep(id).no)
  const missing = deck.slides.filter(slide => !steps.includes(slide.no))
  if (missing.length)
    throw new PrintError(`The click-step print has no page for slide ${missing.map(s => s.no).join(', ')}.`)
  const doc = await PDFDocument.load(await printCanvasPages(page, deck, false), { updateMetadata: false })
  if (doc.getPageCount() !== steps.length)
    throw new PrintError(`The click-step PDF should have ${steps.length} pages (one per step), but Chromium printed ${doc.getPageCount()}.`)
  // Sections (a slide with a level-1 heading) with the slides after them nested, as in the main PDF.
  const outline: OutlineItem[] = []
  for (const slide of deck.slides) {
    const item = { title: slide.title, page: steps.indexOf(slide.no), children: [] }
    if (slide.headingLevel === 1 || !outline.length)
      outline.push(item)
    else
      outline.at(-1)!.children.push(item)
  }
  const root = doc.context.nextRef()
  const top = writeOutline(doc, outline, root)
  const open = outline.length + outline.reduce((sum, item) => sum + item.children.length, 0)
  doc.context.assign(root, doc.context.obj({ Type: 'Outlines', First: top.at(0)!, Last: top.at(-1)!, Count: open }))
  doc.catalog.set(PDFName.of('Outlines'), root)
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
  writeInfo(doc, deck, { title: `${deck.title} (click steps)`, subject: deck.info, creator: 'Slidev print route with clicks, printed by Chromium' })
  return { pdf: await doc.save(), steps: steps.length }
}

/** Outline entries (bookmarks) for `items` under `parent`, each pointing at its page, shown open in the viewer. */
function writeOutline(doc: PDFDocument, items: OutlineItem[], parent: PDFRef): PDFRef[] {
  const refs = items.map(() => doc.context.nextRef())
  items.forEach((item, i) => {
    const children = writeOutline(doc, item.children, refs[i]!)
    doc.context.assign(refs[i]!, doc.context.obj({
      Title: PDFHexString.fromText(item.title),
      Parent: parent,
      Dest: [doc.getPage(item.page).ref, 'Fit'],
      ...(i > 0 && { Prev: refs[i - 1]! }),
      ...(i < items.length - 1 && { Next: refs[i + 1]! }),
      ...(children.length > 0 && { First: children.at(0)!, Last: children.at(-1)!, Count: children.length }),
    }))
  })
  return refs
}
