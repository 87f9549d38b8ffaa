// The content checks that need a browser, run by `npm run check` and in the print step of `build`
// and `export` before anything is printed. One extra page: Slidev's print route with every click
// step printed (/print?print=clicks) shows every slide at every step at once, so the slide check
// (tooling/checks/slide.ts, the one the dev server runs), the click count, the diagrams and the
// images are all read from a single load.
import type { BrowserContext, CDPSession, Page } from 'playwright-chromium'
import type { DeckSummary } from '../deck-summary.ts'
import type { Problem } from './problem.ts'
import type { CheckOptions, SlideProblem } from './slide.ts'
import process from 'node:process'
import { placesIn } from '../deck-data.ts'
import { describeSlide } from '../deck-summary.ts'
import { waitForSlides } from '../pdf/render.ts'
import { DOM, printAddress, printStep, SLIDE_NO } from '../slidev/index.ts'
import { clickMarkerProblem, mergeSteps } from './problem.ts'
import { ADVICE, checkOptions, checkSlide, describeProblem } from './slide.ts'

interface StepReport {
  no: number
  click: number
  problems: SlideProblem[]
  /** Slidev's error block in place of a Mermaid diagram. */
  mermaid: string[]
  /** Images that finished loading with nothing to show. */
  brokenImages: string[]
}

/**
 * Checks the built site served at `url` (with the print route, as the public build has it).
 * `context` is the print step's browser context, which already blocks requests to other hosts.
 * The commands check the light scheme they print in; the site tests also check the dark one.
 * `root`: the project, whose data files the messages point into.
 */
export async function checkRendered(context: BrowserContext, url: string, deck: DeckSummary, timeoutMs: number, colorScheme: 'light' | 'dark' = 'light', root = process.cwd()): Promise<Problem[]> {
  const page = await context.newPage()
  try {
    // tsx compiles with esbuild's keepNames, which wraps each named function in a `__name` call;
    // the overflow gate is such a function, sent to the page as source.
    await page.addInitScript('globalThis.__name = globalThis.__name || (fn => fn)')
    const failed: string[] = []
    const errors: string[] = []
    page.on('response', (response) => {
      // The print route itself answers 404 on a static host (GitHub Pages' 404.html fallback).
      if (response.status() >= 400 && !response.request().isNavigationRequest())
        failed.push(`${response.url()} (HTTP ${response.status()})`)
    })
    page.on('requestfailed', (request) => {
      // Requests to other hosts are blocked by the context and reported by the print step.
      if (new URL(request.url()).origin === new URL(url).origin)
        failed.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`)
    })
    page.on('pageerror', error => errors.push(error.message))

    await page.emulateMedia({ media: 'screen', colorScheme })
    await page.goto(`${url}${printAddress('clicks')}`, { waitUntil: 'load' })
    await waitForSlides(page, deck, timeoutMs)

    await page.evaluate(`window.__deckCheckSlide = ${checkSlide.toString()}`)
    const steps: StepReport[] = (await page.locator(`${DOM.printContent} ${DOM.printSlide}`).evaluateAll((containers, options) => {
      const check = (window as unknown as { __deckCheckSlide: typeof checkSlide }).__deckCheckSlide
      return containers.map((container) => {
        const slide = container.querySelector<HTMLElement>(options.dom.slide)!
        return {
          id: container.id,
          problems: check(slide, options).problems,
          mermaid: [...slide.querySelectorAll(options.dom.mermaidError)].map(pre => pre.textContent?.trim() ?? ''),
          brokenImages: [...slide.querySelectorAll('img')].filter(img => img.complete && img.naturalWidth === 0).map(img => img.getAttribute('src') ?? ''),
        }
      })
    }, checkOptions(deck.fonts) satisfies CheckOptions)).map(({ id, ...step }) => ({ ...printStep(id), ...step }))
    const total = clicksPerSlide(steps)
    const perStep = (check: string, found: (step: StepReport) => string[]) => mergeSteps(steps.flatMap(step =>
      found(step).map(message => ({ check, where: describeSlide(deck, step.no), message, click: step.click, steps: total.get(step.no) ?? 0 }))))

    const problems: Problem[] = [
      ...clickProblems(deck, steps),
      ...stepProblems(deck, steps, placesIn(root)),
      ...await fontProblems(page, deck),
      ...perStep('diagram', step => step.mermaid.map(message => `a Mermaid diagram failed to render: ${message.replace(/\s+/g, ' ').slice(0, 200)}. Fix the diagram's syntax (https://mermaid.js.org).`)),
      ...perStep('missing file', step => step.brokenImages.map(src => `the image "${src}" did not load. Put the file in public/ (and refer to it as /name) or fix the path.`)),
      ...[...new Set(failed)].map(request => ({ check: 'missing file', where: 'the built site', message: `a file the slides request did not load: ${request}. Check the paths in the slides and components.` })),
      ...[...new Set(errors)].map(error => ({ check: 'script error', where: 'the built site', message: `a script failed while the slides rendered: ${error}. A component or a <script setup> block throws; see the browser console of \`npm run dev\`.` })),
    ]
    return problems
  }
  finally {
    await page.close()
  }
}

function clicksPerSlide(steps: Array<{ no: number, click: number }>) {
  const total = new Map<number, number>()
  for (const step of steps)
    total.set(step.no, Math.max(total.get(step.no) ?? 0, step.click))
  return total
}

function clickProblems(deck: DeckSummary, steps: StepReport[]): Problem[] {
  const total = clicksPerSlide(steps)
  return deck.slides.filter(slide => (total.get(slide.no) ?? 0) !== slide.noteClicks)
    .map(slide => clickMarkerProblem(describeSlide(deck, slide.no), total.get(slide.no) ?? 0, slide.noteClicks))
}

/** The slide check's problems, each said once with the click steps it shows at. */
function stepProblems(deck: DeckSummary, steps: Array<{ no: number, click: number, problems: SlideProblem[] }>, places: Record<string, string>): Problem[] {
  const total = clicksPerSlide(steps)
  return mergeSteps(steps.flatMap(step => step.problems.map(problem => ({
    check: problem.check,
    where: describeSlide(deck, step.no),
    message: `${describeProblem(problem, places)}. ${ADVICE[problem.check]}`,
    click: step.click,
    steps: total.get(step.no) ?? 0,
  }))))
}

/** The first few of a list, then how many more: a message stays readable when a whole slide is wrong. */
function listed(items: string[], shown = 3) {
  return `${items.slice(0, shown).join('; ')}${items.length > shown ? `; and ${items.length - shown} more` : ''}`
}

/**
 * Text of the deck's typeface drawn in another font: a missing glyph or a font that failed to
 * load. Chromium says which fonts it actually used for each element's text
 * (CSS.getPlatformFontsForNode), shadow roots (Mermaid) included. (Text that asks for another
 * typeface is the slide check's to report.)
 */
async function fontProblems(page: Page, deck: DeckSummary): Promise<Problem[]> {
  if (!deck.fonts.length)
    return []
  const cdp: CDPSession = await page.context().newCDPSession(page)
  try {
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
    await cdp.send('DOM.getDocument', { depth: -1, pierce: true })
    // Elements with text of their own, in the final step of each slide (earlier steps show the
    // same elements, some of them transparent).
    const collect = `((fonts) => {
      const found = []
      const last = new Map()
      for (const container of document.querySelectorAll(${JSON.stringify(`${DOM.printContent} ${DOM.printSlide}`)}))
        last.set(container.querySelector(${JSON.stringify(DOM.slide)})?.getAttribute(${JSON.stringify(SLIDE_NO)}), container)
      const walk = (root, no) => {
        for (const el of root.querySelectorAll('*')) {
          // Slidev's error block for a broken diagram is monospace; the diagram check reports it.
          if ([...el.childNodes].some(node => node.nodeType === 3 && node.textContent.trim()) && !el.closest(${JSON.stringify(DOM.mermaidError)}) && fonts.includes(getComputedStyle(el).fontFamily.split(',')[0].trim().replace(/["']/g, '')))
            found.push({ el, no: Number(no), text: el.textContent.trim().replace(/\\s+/g, ' ').slice(0, 50), tag: el.tagName.toLowerCase() })
          if (el.shadowRoot)
            walk(el.shadowRoot, no)
        }
      }
      for (const [no, container] of last) walk(container, no)
      return found
    })(${JSON.stringify(deck.fonts)})`
    const { result } = await cdp.send('Runtime.evaluate', { expression: collect })
    const { result: entries } = await cdp.send('Runtime.getProperties', { objectId: result.objectId!, ownProperties: true })
    const items = entries.filter(entry => /^\d+$/.test(entry.name))
    const described = await Promise.all(items.map(async (item) => {
      const { result: fields } = await cdp.send('Runtime.callFunctionOn', { objectId: item.value!.objectId!, functionDeclaration: 'function () { return { no: this.no, text: this.text, tag: this.tag } }', returnByValue: true })
      const { result: el } = await cdp.send('Runtime.callFunctionOn', { objectId: item.value!.objectId!, functionDeclaration: 'function () { return this.el }' })
      const { nodeId } = await cdp.send('DOM.requestNode', { objectId: el.objectId! })
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
      return { ...(fields.value as { no: number, text: string, tag: string }), fonts }
    }))
    // Chromium reports a face's own name: "Inter", "Inter SemiBold".
    const own = (family: string) => deck.fonts.some(name => family === name || family.startsWith(`${name} `))
    const bySlide = new Map<number, Map<string, string[]>>()
    for (const item of described) {
      for (const font of item.fonts.filter(font => !own(font.familyName))) {
        const fonts = bySlide.get(item.no) ?? bySlide.set(item.no, new Map()).get(item.no)!
        const elements = fonts.get(font.familyName) ?? fonts.set(font.familyName, []).get(font.familyName)!
        elements.push(`<${item.tag}> "${item.text}" (${font.glyphCount} glyph${font.glyphCount === 1 ? '' : 's'})`)
      }
    }
    return [...bySlide].flatMap(([no, fonts]) => [...fonts].map(([family, elements]) => ({
      check: 'fonts',
      where: describeSlide(deck, no),
      message: `text drawn in "${family}" instead of ${deck.fonts.join(' or ')}: ${listed(elements)}. Use the deck's font (no font-family of its own), and only characters it has: a glyph missing from it is taken from another font.`,
    })))
  }
  finally {
    await cdp.detach().catch(() => {})
  }
}
