// The one check of a rendered slide, run in the page (what it checks and where: docs/authoring.md).
// `checkSlide` is sent to the page as source (rendered.ts), so what it needs comes in its options.
import { BUDGET, DIAGRAM, SLIDE } from '../../layout/geometry.ts'
import { DOM } from '../slidev/index.ts'

/** The HMR message that carries the dev server's slide check from the page to the terminal. */
export const DEV_EVENT = 'deck:slide-check'

const ADVICE: Record<SlideProblem['check'], string> = {
  overflow: 'Shorten or split the content so it fits the slide.',
  fonts: 'Use the deck\'s font (no font-family of its own), and only characters it has: a glyph missing from it is taken from another font.',
  legibility: 'Keep to the legibility budget (layout/geometry.ts BUDGET): fewer words, or text at body size.',
  heading: 'Shorten the heading, or split the slide.',
}

/** A word as a reader counts it: a run of letters or digits with what joins them ("GPT-3", "OpenAI's", "$1"). */
const WORD_PATTERN = String.raw`[\p{L}\p{N}$]+(?:[-'’.,][\p{L}\p{N}]+)*`

export function countWords(text: string) {
  return text.match(new RegExp(WORD_PATTERN, 'gu'))?.length ?? 0
}

/** `fonts`: the deck's typefaces (none: no font check). `elements`: keep each problem's element (in the page only). */
export function checkOptions(fonts: readonly string[] = [], elements = false) {
  return { budget: BUDGET, diagram: DIAGRAM, air: SLIDE.air, wordPattern: WORD_PATTERN, fonts, dom: DOM, elements }
}

export interface SlideProblem {
  check: 'overflow' | 'fonts' | 'legibility' | 'heading'
  /** `<p class="detail"> "Microsoft invests…"` */
  element: string
  /** What is wrong, with the amount. */
  problem: string
  /** Where the element's text comes from in data/ (`data/milestones.json:12:15 [2].detail`). */
  source?: string
  /** Without a source, the element's whole text, which the commands look up in data/ (a heading written in a page). */
  text?: string
  el?: Element
}

/** Runs in the page, on a slide as it shows now: the problems, the words on screen and of those the small print's. */
export function checkSlide(slide: Element, options: ReturnType<typeof checkOptions>) {
  const { budget, diagram, air, wordPattern, fonts, dom } = options
  const layout = slide.querySelector<HTMLElement>(dom.layout)
  if (!layout)
    throw new Error(`No rendered slide in ${slide.outerHTML.slice(0, 80)}`)
  const problems: SlideProblem[] = []
  const describe = (el: Element) => {
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ')
    const cls = typeof el.className === 'string' && el.className.trim() ? ` class="${el.className.trim()}"` : ''
    return `<${el.tagName.toLowerCase()}${cls}> "${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`
  }
  const found = (check: SlideProblem['check'], el: Element | null, problem: string, element = el ? describe(el) : '') => {
    const source = el?.closest('[data-deck-source]') ?? el?.querySelector('[data-deck-source]')
    const text = el?.textContent?.trim().replace(/\s+/g, ' ')
    problems.push({ check, element, problem, ...source ? { source: source.getAttribute('data-deck-source')! } : text && { text }, ...options.elements && el && { el } })
  }
  const count = (text: string) => text.match(new RegExp(wordPattern, 'gu'))?.length ?? 0
  const ownText = (el: Element) => [...el.childNodes].some(node => node.nodeType === Node.TEXT_NODE && node.textContent?.trim())
  const shown = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && !el.closest(`${dom.vclickHidden}, .sr-only`)
  // Canvas px per screen px: Slidev scales the canvas to the window (dev) or prints it at 1.
  const scale = layout.getBoundingClientRect().width / layout.offsetWidth
  const bounds = slide.getBoundingClientRect()
  const px = (n: number) => `${Math.round(n / scale)} px`

  // Overflow: beyond the canvas (the innermost element that is), over the footer, cut off by its box.
  const footer = [...document.querySelectorAll('.deck-footer')].map(f => f.getBoundingClientRect()).find(r => r.width > 0 && r.top >= bounds.top && r.bottom <= bounds.bottom + 1)
  const beyond = new Map<Element, number>()
  for (const el of [layout, ...layout.querySelectorAll('*')]) {
    if (!shown(el))
      continue
    const rect = el.getBoundingClientRect()
    if (rect.width === 0 && rect.height === 0)
      continue
    const over = Math.max(bounds.left - rect.left, bounds.top - rect.top, rect.right - bounds.right, rect.bottom - bounds.bottom)
    if (over > scale)
      beyond.set(el, over)
    const text = ownText(el)
    if (footer && (text || el.matches('svg, img, .mermaid')) && !el.closest('.source') && rect.bottom > footer.top && rect.top < footer.bottom && rect.right > footer.left && rect.left < footer.right)
      found('overflow', el, `overlaps the footer by ${px(rect.bottom - footer.top)}`)
    // Sideways any overflow counts; downwards a few pixels are the glyphs of a tight line-height,
    // unless the box clips them.
    if (!text || !(el instanceof HTMLElement) || el.clientWidth <= 1 || getComputedStyle(el).display === 'inline')
      continue
    const clips = getComputedStyle(el).overflow !== 'visible'
    const down = el.scrollHeight - el.clientHeight
    const side = el.scrollWidth - el.clientWidth
    if (side > 1 || down > (clips ? 1 : 4))
      found('overflow', el, `text does not fit its box, by ${Math.max(side, down)} px`)
  }
  for (const [el, over] of beyond) {
    if (![...beyond.keys()].some(other => other !== el && el.contains(other)))
      found('overflow', el, `extends beyond the canvas by ${px(over)}`)
  }

  // A slide heading is planned as one line (the space under it is the content's).
  const heading = layout.querySelector(':scope > h1, :scope > h2')
  if (heading && shown(heading) && !layout.matches('.cover, .intro, .section, .end')) {
    const lines = Math.round(heading.getBoundingClientRect().height / scale / Number.parseFloat(getComputedStyle(heading).lineHeight))
    if (lines > 1)
      found('heading', heading, `wraps onto ${lines} lines; a slide heading must fit one line`)
  }

  // Fonts: the typeface each text asks for, and its characters against the unicode-range of the
  // deck's faces that loaded (a character outside them is drawn in another font).
  if (fonts.length) {
    const ranges = [...document.fonts].filter(face => fonts.includes(face.family.replace(/["']/g, '')) && face.status !== 'error').flatMap(face => face.unicodeRange.split(',').map((range) => {
      const [from, to = from] = range.trim().replace(/^U\+/i, '').split('-').map(hex => Number.parseInt(hex, 16))
      return [from!, to!] as const
    }))
    const walk = (root: Element | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot)
          walk(el.shadowRoot)
        if (!ownText(el) || el.closest(dom.mermaidError) || el.closest('style, script'))
          continue
        const family = getComputedStyle(el).fontFamily.split(',')[0]!.trim().replace(/["']/g, '')
        const text = [...el.childNodes].filter(node => node.nodeType === Node.TEXT_NODE).map(node => node.textContent).join('')
        const missing = [...new Set(text.replace(/\s/g, ''))].filter(char => ranges.length && !ranges.some(([from, to]) => char.codePointAt(0)! >= from && char.codePointAt(0)! <= to))
        if (!fonts.includes(family))
          found('fonts', el, `text drawn in "${family}" instead of ${fonts.join(' or ')}`)
        else if (missing.length)
          found('fonts', el, `text drawn in a fallback font: ${family} has no ${missing.map(char => `"${char}" (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}`)
      }
    }
    walk(layout)
  }

  // The legibility budget: the words on screen, and the size each is drawn at.
  const canvasPx = (el: Element) => {
    let box: Element | null = el
    while (box instanceof HTMLElement && (box.offsetWidth === 0 || getComputedStyle(box).display === 'inline'))
      box = box.parentElement
    // Inside a further transform (a zoomed slide): its drawn to laid-out width.
    const local = box instanceof HTMLElement ? box.getBoundingClientRect().width / box.offsetWidth / scale : 1
    return Number.parseFloat(getComputedStyle(el).fontSize) * (Number.isFinite(local) && local > 0 ? local : 1)
  }
  const smallPrint = budget.smallPrint.join(', ')

  // A diagram fills the space between its neighbours in the flow (or the padding, less the air above
  // the footer) within 1 px of layout's rounding, unless its labels already reach diagram.maxLabelPx.
  const spaceUsed = (host: HTMLElement) => {
    const block = host.closest('figure') ?? host
    const name = `diagram "${block.getAttribute('aria-label') ?? ''}"`
    const svg = host.shadowRoot?.querySelector('svg')
    const box = svg?.viewBox.baseVal
    if (!svg || !box?.width || !box.height)
      return found('legibility', block, 'has no drawing with a viewBox', name)
    const rect = (el: Element) => {
      const r = el.getBoundingClientRect()
      return { top: r.top / scale, bottom: r.bottom / scale, width: r.width / scale, height: r.height / scale }
    }
    const margin = (el: Element, side: 'top' | 'bottom') => Number.parseFloat(getComputedStyle(el).getPropertyValue(`margin-${side}`))
    const frame = getComputedStyle(layout)
    const inner = rect(layout)
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
    const fit = Math.min(drawn.width / box.width, drawn.height / box.height)
    const fills = box.width * fit >= space.width - 1 || box.height * fit >= space.height - 1
    if (fills || diagram.labelPx * fit >= diagram.maxLabelPx - 0.1)
      return
    const size = (w: number, h: number) => `${Math.round(w)} x ${Math.round(h)} px`
    found('legibility', block, `drawn at ${size(box.width * fit, box.height * fit)} in a space of ${size(space.width, space.height)}, with labels at ${(diagram.labelPx * fit).toFixed(1)} px: it should fill the space or reach ${diagram.maxLabelPx} px labels`, name)
  }

  let words = 0
  let smallPrintWords = 0
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
      if (size < budget.smallPrintMinPx - 0.05)
        found('legibility', el, `small print at ${size.toFixed(1)} px, under ${budget.smallPrintMinPx} px`)
    }
    // (A twentieth of a px below: a scaled canvas measures 18 px as 17.99.)
    else if (size < budget.bodyMinPx - 0.05) {
      found('legibility', el, `text at ${size.toFixed(1)} px, under ${budget.bodyMinPx} px (small print is only ${smallPrint})`)
    }
  }

  // Diagram labels, in Mermaid's shadow roots: the SVG's own scale (viewBox to its box) counts.
  for (const host of layout.querySelectorAll<HTMLElement>(dom.mermaid)) {
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
      const size = Number.parseFloat(getComputedStyle(label).fontSize) * (matrix ? Math.hypot(matrix.a, matrix.b) / scale : 1)
      if (size < budget.diagramLabelMinPx)
        found('legibility', host, `drawn at ${size.toFixed(1)} px, under ${budget.diagramLabelMinPx} px`, `diagram label ${describe(label)}`)
    }
    spaceUsed(host)
  }

  if (words > budget.maxWords)
    found('legibility', null, `${words} words on screen, over ${budget.maxWords}`, 'the slide')
  if (smallPrintWords > budget.smallPrintMaxWords)
    found('legibility', null, `${smallPrintWords} words, over ${budget.smallPrintMaxWords}`, `small print (${smallPrint})`)
  return { words, smallPrintWords, problems }
}

/**
 * A problem as one line, with what to do: `<p class="detail"> "…" extends beyond the canvas by 34 px (data/milestones.json:12:15 [2].detail). Shorten…`.
 * `places`: where each text of data/ is written (deck-data.ts placesIn), for elements without a source.
 */
export function describeProblem(problem: Omit<SlideProblem, 'el'>, places: Record<string, string> = {}) {
  const source = problem.source ?? places[problem.text ?? '']
  return `${problem.element} ${problem.problem}${source ? ` (${source})` : ''}. ${ADVICE[problem.check]}`
}
