// The content checks that need a browser (`npm run check`, the print step of `build` and `export`),
// read from one load of Slidev's print route with every click step printed (/print?print=clicks);
// and that load, which the print session's pages share.
import type { BrowserContext, Page } from 'playwright-chromium'
import type { DeckSummary } from '../deck-summary.ts'
import type { Problem } from './problem.ts'
import type { SlideProblem } from './slide.ts'
import process from 'node:process'
import { placesIn } from '../deck-data.ts'
import { describeSlide } from '../deck-summary.ts'
import { changed, DOM, printAddress, printStep, SLIDE_NO } from '../slidev/index.ts'
import { clickMarkerProblem, mergeSteps } from './problem.ts'
import { checkOptions, checkSlide, describeProblem } from './slide.ts'

/**
 * Checks the built site served at `url`, in a context that blocks requests to other hosts. The
 * commands check the light scheme they print in; the site tests also check the dark one.
 */
export async function checkRendered(context: BrowserContext, url: string, deck: DeckSummary, timeoutMs: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Problem[]> {
  const page = await context.newPage()
  try {
    // tsx compiles with esbuild's keepNames, which wraps each named function in a `__name` call;
    // the slide check is such a function, sent to the page as source.
    await page.addInitScript('globalThis.__name = globalThis.__name || (fn => fn)')
    const failed: string[] = []
    const outside: string[] = []
    const errors: string[] = []
    page.on('response', (response) => {
      // The print route itself answers 404 on a static host (GitHub Pages' 404.html fallback).
      if (response.status() >= 400 && !response.request().isNavigationRequest())
        failed.push(`${response.url()} (HTTP ${response.status()})`)
    })
    page.on('requestfailed', (request) => {
      // A request to another host is blocked by the context (nothing may leave the machine).
      if (new URL(request.url()).origin !== new URL(url).origin)
        outside.push(request.url())
      else
        failed.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`)
    })
    page.on('pageerror', error => errors.push(error.message))

    await loadPrintRoute(page, `${url}${printAddress('clicks')}`, deck, timeoutMs, colorScheme)

    await page.evaluate(`window.__deckCheckSlide = ${checkSlide.toString()}`)
    const steps = (await page.locator(`${DOM.printContent} ${DOM.printSlide}`).evaluateAll((containers, options) => containers.map((container) => {
      const slide = container.querySelector<HTMLElement>(options.dom.slide)!
      return {
        id: container.id,
        problems: (window as unknown as { __deckCheckSlide: typeof checkSlide }).__deckCheckSlide(slide, options).problems,
        mermaid: [...slide.querySelectorAll(options.dom.mermaidError)].map(pre => pre.textContent?.trim() ?? ''),
        brokenImages: [...slide.querySelectorAll('img')].filter(img => img.complete && img.naturalWidth === 0).map(img => img.getAttribute('src') ?? ''),
      }
    }), checkOptions(deck.fonts))).map(({ id, ...step }) => ({ ...printStep(id), ...step }))

    const clicksOf = (no: number) => Math.max(0, ...steps.filter(step => step.no === no).map(step => step.click))
    // Each problem said once, with the click steps it shows at.
    const perStep = (found: (step: typeof steps[number]) => Array<{ check: string, message: string }>) => mergeSteps(steps.flatMap(step =>
      found(step).map(problem => ({ ...problem, where: describeSlide(deck, step.no), click: step.click, steps: clicksOf(step.no) }))))
    const places = placesIn(process.cwd())

    return [
      ...deck.slides.filter(slide => clicksOf(slide.no) !== slide.noteClicks)
        .map(slide => clickMarkerProblem(describeSlide(deck, slide.no), clicksOf(slide.no), slide.noteClicks)),
      ...perStep(step => step.problems.map((problem: SlideProblem) => ({ check: problem.check, message: describeProblem(problem, places) }))),
      ...perStep(step => step.mermaid.map(message => ({ check: 'diagram', message: `a Mermaid diagram failed to render: ${message.replace(/\s+/g, ' ').slice(0, 200)}. Fix the diagram's syntax (https://mermaid.js.org).` }))),
      ...perStep(step => step.brokenImages.map(src => ({ check: 'missing file', message: `the image "${src}" did not load. Put the file in public/ (and refer to it as /name) or fix the path.` }))),
      ...[...new Set(failed)].map(request => ({ check: 'missing file', where: 'the built site', message: `a file the slides request did not load: ${request}. Check the paths in the slides and components.` })),
      ...outside.length ? [{ check: 'offline', where: 'the built site', message: `the deck requested resources outside this machine: ${[...new Set(outside)].join(', ')}. Serve every asset locally (public/ or an npm package).` }] : [],
      ...[...new Set(errors)].map(error => ({ check: 'script error', where: 'the built site', message: `a script failed while the slides rendered: ${error}. A component or a <script setup> block throws; see the browser console of \`npm run dev\`.` })),
    ]
  }
  finally {
    await page.close()
  }
}

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
