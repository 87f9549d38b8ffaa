// The click-step PDF: Slidev's print route in its `print=clicks` mode, with the main PDF's metadata
// and an outline whose entries open each slide at its first step.
import type { Page } from 'playwright-chromium'
import type { DeckSummary } from '../deck-summary.ts'
import { PDFDocument } from 'pdf-lib'
import { writeInfo, writeOutline } from '../pdf/metadata.ts'
import { printCanvasPages } from '../pdf/print.ts'
import { DOM, printStep } from '../slidev/index.ts'

/** `page` must show the print route opened with `openPrintRoute('clicks')`. */
export async function printSteps(page: Page, deck: DeckSummary) {
  // Each step's slide number, in print order.
  const steps = (await page.locator(`${DOM.printContent} ${DOM.printSlide}`).evaluateAll(els => els.map(el => el.id))).map(id => printStep(id).no)
  const missing = deck.slides.filter(slide => !steps.includes(slide.no))
  if (missing.length)
    throw new Error(`The click-step print has no page for slide ${missing.map(s => s.no).join(', ')}.`)
  const doc = await PDFDocument.load(await printCanvasPages(page, deck), { updateMetadata: false })
  if (doc.getPageCount() !== steps.length)
    throw new Error(`The click-step PDF should have ${steps.length} pages (one per step), but Chromium printed ${doc.getPageCount()}.`)
  writeOutline(doc, deck, no => steps.indexOf(no))
  writeInfo(doc, deck, { title: `${deck.title} (click steps)`, subject: deck.info, creator: 'Slidev print route with clicks, printed by Chromium' })
  return { pdf: await doc.save(), steps: steps.length }
}
