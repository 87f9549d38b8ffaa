// One PNG per slide, in its final click state, at twice the canvas size: taken from the same
// rendered print route that the PDF is printed from, so the image and the PDF page agree.
import type { Page } from 'playwright-chromium'
import type { DeckSummary, SlideSummary } from '../deck-summary.ts'
import { DOM, slideSelector } from '../slidev/index.ts'

/** `03-the-rise-and-evolution-of-the-partnership`: the slide's number, then its title in plain ASCII. */
export function slideSlug(slide: SlideSummary, total: number) {
  const words = slide.title.normalize('NFKD').replace(/[\u0300-\u036F]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
  return `${String(slide.no).padStart(Math.max(2, String(total).length), '0')}-${words || 'slide'}`
}

/** File name (relative to the png folder) and bytes of each slide's image, in slide order. */
export async function screenshotSlides(page: Page, deck: DeckSummary) {
  const images: Array<{ name: string, bytes: Uint8Array }> = []
  for (const slide of deck.slides) {
    // The print route's container of the slide: exactly the canvas, as the PDF page is.
    const container = page.locator(DOM.printSlide).filter({ has: page.locator(slideSelector(slide.no)) }).first()
    images.push({ name: `${slideSlug(slide, deck.slides.length)}.png`, bytes: await container.screenshot({ type: 'png', scale: 'device', animations: 'disabled' }) })
  }
  return images
}
