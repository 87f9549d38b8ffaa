// Opening Slidev's print route and waiting for it to finish rendering.
import type { Page } from 'playwright-chromium'
import type { DeckSummary } from '../deck-summary.ts'
import { describeSlide } from '../deck-summary.ts'
import { changed, DOM, SLIDE_NO } from '../slidev/index.ts'

/**
 * Opens the print route at `address`, then waits until every slide is rendered and its diagrams
 * hold still for a few polls with every label laid out (Slidev may draw a Mermaid diagram twice).
 * A failed diagram shows Slidev's error block instead: that slide is done (the Mermaid check says).
 */
export async function loadPrintRoute(page: Page, address: string, deck: DeckSummary, timeoutMs: number, colorScheme: 'light' | 'dark' = 'light') {
  // Media first: switching it after the slides render makes Mermaid redraw while printing.
  await page.emulateMedia({ media: 'screen', colorScheme })
  await page.goto(address, { waitUntil: 'load' })
  const deadline = Date.now() + timeoutMs
  let last = ''
  let stable = 0
  while (true) {
    const state = await page.evaluate(({ total, dom, slideNo }) => {
      const slides = [...document.querySelectorAll<HTMLElement>(`${dom.printContent} ${dom.slide}`)]
      // (No named helper functions in here: the bundler would wrap them in a helper the page lacks.)
      const pending = slides.filter(slide => slide.querySelector(dom.loading)
        || [...slide.querySelectorAll(dom.mermaid)].some((host) => {
          const svg = host.shadowRoot?.querySelector('svg')
          return !svg || [...svg.querySelectorAll('.node foreignObject')].some(label => !(label.getBoundingClientRect().width > 0 && label.textContent?.trim()))
        })).filter(slide => !slide.querySelector(dom.mermaidError)).map(slide => Number(slide.getAttribute(slideNo)))
      const ready = new Set(slides.map(slide => slide.getAttribute(slideNo))).size >= total && !pending.length && document.fonts.status === 'loaded'
      // With click steps printed (print=clicks) the later steps' pages appear once the first has
      // counted its clicks: the number of pages is part of what must hold still.
      const signature = [slides.length, ...[...document.querySelectorAll(`${dom.printContent} ${dom.mermaid}`)].map(host => host.shadowRoot?.innerHTML.length ?? 0)].join(',')
      const missing = [dom.printContent, `${dom.printContent} ${dom.printSlide}`, `${dom.printContent} ${dom.slide}`].filter(selector => !document.querySelector(selector))
      return { ready, signature, pending, missing }
    }, { total: deck.slides.length, dom: DOM, slideNo: SLIDE_NO })
    stable = state.ready && state.signature === last ? stable + 1 : 0
    last = state.signature
    // What the exports and checks read must be there, or they would read nothing (npm run check:slidev).
    if ((stable >= 3 || Date.now() > deadline) && state.missing.length)
      throw new Error(state.missing.map(selector => changed(`the print route's ${selector}`, 'the PDF, the exports and the build\'s checks read the printed slides through it')).join('\n'))
    if (stable >= 3)
      return
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for the slides to render${state.pending.length ? `; still rendering: ${state.pending.map(no => describeSlide(deck, no)).join(', ')}` : ''}.`)
    await page.waitForTimeout(100)
  }
}
