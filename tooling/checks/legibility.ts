// The legibility budget (layout/geometry.ts BUDGET), measured on a rendered slide: the words on
// screen at one click step and the size every visible text is drawn at on the canvas. The
// measuring function runs in the page (Playwright's page.evaluate), so it imports nothing and
// takes everything it needs as its argument; tests/site/legibility.spec.ts runs it on every slide
// and click step of the built site, and the print step may run it on the page it prints.
import type { Page } from 'playwright-chromium'
import { BUDGET, DIAGRAM, SLIDE } from '../../layout/geometry.ts'
import { DOM, slideSelector } from '../slidev/index.ts'

/** A word as a reader counts it: a run of letters or digits with what joins them ("GPT-3", "OpenAI's", "$1"). */
export const WORD_PATTERN = String.raw`[\p{L}\p{N}$]+(?:[-'’.,][\p{L}\p{N}]+)*`

export function countWords(text: string) {
  return text.match(new RegExp(WORD_PATTERN, 'gu'))?.length ?? 0
}

export interface LegibilityProblem { element: string, problem: string }

export interface Legibility {
  /** Words on screen, the footer excepted. */
  words: number
  /** Of those, the words of small print. */
  smallPrintWords: number
  /** Everything that breaks the budget, each naming its element. */
  problems: LegibilityProblem[]
}

export interface LegibilityInput {
  /** The rendered slide element. */
  selector: string
  /** tooling/slidev's DOM names. */
  dom: typeof DOM
  budget: typeof BUDGET
  diagram: typeof DIAGRAM
  /** The space a component keeps free above the footer (layout/geometry.ts SLIDE.air). */
  air: number
  wordPattern: string
}

/** Runs in the page: measures the slide that `selector` finds. Self-contained (no closures). */
export function measureLegibility({ selector, dom, budget, diagram, air, wordPattern }: LegibilityInput): Legibility {
  const slide = document.querySelector<HTMLElement>(selector)
  const layout = slide?.querySelector<HTMLElement>(dom.layout)
  if (!slide || !layout)
    throw new Error(`No rendered slide at ${selector}`)
  const count = (text: string) => text.match(new RegExp(wordPattern, 'gu'))?.length ?? 0
  const describe = (el: Element) => {
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50)
    const cls = typeof el.className === 'string' && el.className ? ` class="${el.className}"` : ''
    return `<${el.tagName.toLowerCase()}${cls}> "${text}"`
  }
  // Canvas px per screen px: the slide is scaled to the window (a transform, so computed sizes
  // stay in canvas px; an element inside a further transform, such as a zoomed slide, is scaled
  // by the ratio of its drawn to its laid-out width).
  const slideScale = layout.getBoundingClientRect().width / layout.offsetWidth
  const canvasPx = (el: Element) => {
    let box: Element | null = el
    while (box instanceof HTMLElement && (box.offsetWidth === 0 || getComputedStyle(box).display === 'inline'))
      box = box.parentElement
    const local = box instanceof HTMLElement ? box.getBoundingClientRect().width / box.offsetWidth / slideScale : 1
    return Number.parseFloat(getComputedStyle(el).fontSize) * (Number.isFinite(local) && local > 0 ? local : 1)
  }
  const shown = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
    && !el.closest(`${dom.vclickHidden}, .sr-only`)
  const smallPrint = budget.smallPrint.join(', ')

  // A diagram is drawn as large as the space between its neighbours on the slide allows (the
  // slide's content width; from the element above to the one below, or to the slide's padding
  // less the air kept above the footer), unless its labels already reach diagram.maxLabelPx.
  // Within 1 px: layout rounds to device px.
  const spaceUsed = (host: HTMLElement): LegibilityProblem[] => {
    const block = host.closest('figure') ?? host
    const name = `"${block.getAttribute('aria-label') ?? ''}"`
    const svg = host.shadowRoot?.querySelector('svg')
    const box = svg?.viewBox.baseVal
    if (!svg || !box?.width || !box.height)
      return [{ element: `diagram ${name}`, problem: 'has no drawing with a viewBox' }]
    const rect = (el: Element) => {
      const r = el.getBoundingClientRect()
      return { top: r.top / slideScale, bottom: r.bottom / slideScale, width: r.width / slideScale, height: r.height / slideScale }
    }
    const margin = (el: Element, side: 'top' | 'bottom') => Number.parseFloat(getComputedStyle(el).getPropertyValue(`margin-${side}`))
    const frame = getComputedStyle(layout)
    const inner = rect(layout)
    // The neighbours in the flow: a source line pinned to the slide's foot is not one.
    const inFlow = (el: Element | null, step: 'previousElementSibling' | 'nextElementSibling') => {
      while (el && ['absolute', 'fixed'].includes(getComputedStyle(el).position))
        el = el[step]
      return el
    }
    const above = inFlow(block.previousElementSibling, 'previousElementSibling')
    const below = inFlow(block.nextElementSibling, 'nextElementSibling')
    const top = above ? rect(above).bottom + margin(above, 'bottom') : inner.top + Number.parseFloat(frame.paddingTop)
    const bottom = below ? rect(below).top - margin(below, 'top') : inner.bottom - Number.parseFloat(frame.paddingBottom) - air
    const space = { width: layout.clientWidth - Number.parseFloat(frame.paddingLeft) - Number.parseFloat(frame.paddingRight), height: bottom - top }
    const drawn = rect(svg)
    const scale = Math.min(drawn.width / box.width, drawn.height / box.height)
    const fills = box.width * scale >= space.width - 1 || box.height * scale >= space.height - 1
    if (fills || diagram.labelPx * scale >= diagram.maxLabelPx - 0.1)
      return []
    const size = (w: number, h: number) => `${Math.round(w)} x ${Math.round(h)} px`
    return [{ element: `diagram ${name}`, problem: `drawn at ${size(box.width * scale, box.height * scale)} in a space of ${size(space.width, space.height)}, with labels at ${(diagram.labelPx * scale).toFixed(1)} px: it should fill the space or reach ${diagram.maxLabelPx} px labels` }]
  }

  let words = 0
  let smallPrintWords = 0
  const problems: LegibilityProblem[] = []
  const walker = document.createTreeWalker(layout, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement
    const n = count(node.textContent ?? '')
    if (!el || n === 0 || !shown(el) || el.closest(dom.mermaid))
      continue
    words += n
    const size = canvasPx(el)
    if (el.closest(smallPrint)) {
      smallPrintWords += n
      if (size < budget.smallPrintMinPx)
        problems.push({ element: describe(el), problem: `small print at ${size.toFixed(1)} px, under ${budget.smallPrintMinPx} px` })
    }
    else if (size < budget.bodyMinPx) {
      problems.push({ element: describe(el), problem: `text at ${size.toFixed(1)} px, under ${budget.bodyMinPx} px (small print is only ${smallPrint})` })
    }
  }

  // Diagram labels, in Mermaid's shadow roots: the SVG's own scale (viewBox to its box) counts.
  for (const host of layout.querySelectorAll(dom.mermaid)) {
    if (!shown(host) || !host.shadowRoot)
      continue
    const labels = document.createTreeWalker(host.shadowRoot, NodeFilter.SHOW_TEXT)
    for (let node = labels.nextNode(); node; node = labels.nextNode()) {
      const label = node.parentElement
      // Text of an SVG <text>, or HTML in a <foreignObject> (flowchart labels); not <style>.
      const graphic = label?.closest('text, foreignObject') as SVGGraphicsElement | null
      const n = count(node.textContent ?? '')
      if (!label || !graphic || n === 0)
        continue
      words += n
      const matrix = graphic.getScreenCTM()
      const svgScale = matrix ? Math.hypot(matrix.a, matrix.b) / slideScale : 1
      const size = Number.parseFloat(getComputedStyle(label).fontSize) * svgScale
      if (size < budget.diagramLabelMinPx)
        problems.push({ element: `diagram label ${describe(label)}`, problem: `drawn at ${size.toFixed(1)} px, under ${budget.diagramLabelMinPx} px` })
    }
    problems.push(...spaceUsed(host as HTMLElement))
  }

  if (words > budget.maxWords)
    problems.push({ element: 'the slide', problem: `${words} words on screen, over ${budget.maxWords}` })
  if (smallPrintWords > budget.smallPrintMaxWords)
    problems.push({ element: `small print (${smallPrint})`, problem: `${smallPrintWords} words, over ${budget.smallPrintMaxWords}` })
  return { words, smallPrintWords, problems }
}

/** Measures slide `no` as the page shows it now. */
export function legibilityOf(page: Page, no: number): Promise<Legibility> {
  return page.evaluate(measureLegibility, { selector: slideSelector(no), dom: DOM, budget: BUDGET, diagram: DIAGRAM, air: SLIDE.air, wordPattern: WORD_PATTERN })
}
