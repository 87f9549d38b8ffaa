// The overflow gate, run in the page: everything of a slide's content must lie inside the canvas,
// clear of the footer, and no text may be cut off by its box. The print step runs it on every click
// step of every slide (tooling/checks/rendered.ts); the site tests run it on the slide routes.
import type { Page } from 'playwright-chromium'
import { DOM, slideSelector } from '../slidev/index.ts'

export interface OverflowProblem { element: string, problem: string }

/** The slide on screen at `/no`. */
export function findOverflow(page: Page, no: number): Promise<OverflowProblem[]> {
  return page.locator(slideSelector(no)).first().evaluate(overflowIn, DOM)
}

/**
 * Runs in the page, on a rendered slide element, with tooling/slidev's DOM names. Self-contained
 * (the page receives its source): no imports, no helpers from outside its body.
 */
export function overflowIn(slide: Element, dom: typeof DOM): OverflowProblem[] {
  const bounds = slide.getBoundingClientRect()
  const describe = (el: Element) => {
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50)
    return `<${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}> "${text}"`
  }
  const problems: Array<{ element: string, problem: string }> = []
  const visible = (el: Element) => {
    const style = getComputedStyle(el)
    return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0 && !el.closest(dom.vclickHidden)
  }
  // The footer (global-top.vue) sits on the slide's bottom line; content must stay above it.
  const footer = [...document.querySelectorAll('.deck-footer')].map(f => f.getBoundingClientRect()).find(r => r.width > 0 && r.top >= bounds.top && r.bottom <= bounds.bottom + 1)
  for (const el of slide.querySelectorAll(`${dom.layout} *, ${dom.layout}`)) {
    if (!visible(el))
      continue
    const rect = el.getBoundingClientRect()
    if (rect.width === 0 && rect.height === 0)
      continue
    const tolerance = 1
    if (rect.left < bounds.left - tolerance || rect.top < bounds.top - tolerance || rect.right > bounds.right + tolerance || rect.bottom > bounds.bottom + tolerance)
      problems.push({ element: describe(el), problem: `extends beyond the canvas (${Math.round(rect.left - bounds.left)},${Math.round(rect.top - bounds.top)} to ${Math.round(rect.right - bounds.left)},${Math.round(rect.bottom - bounds.top)} of ${Math.round(bounds.width)}x${Math.round(bounds.height)})` })
    const ownText = [...el.childNodes].some(node => node.nodeType === Node.TEXT_NODE && node.textContent?.trim())
    if (footer && (ownText || el.matches(`svg, img, ${dom.mermaid}`)) && !el.closest('.source') && rect.bottom > footer.top && rect.top < footer.bottom && rect.right > footer.left && rect.left < footer.right)
      problems.push({ element: describe(el), problem: `overlaps the footer (bottom at ${Math.round(rect.bottom - bounds.top)}, footer from ${Math.round(footer.top - bounds.top)})` })
    // Text cut off by, or spilling out of, its own box. Sideways any overflow counts; downwards a
    // few pixels are the glyphs of a tight line-height, unless the box clips them.
    if (!ownText || !(el instanceof HTMLElement) || el.clientWidth <= 1 || getComputedStyle(el).display === 'inline')
      continue
    const clips = getComputedStyle(el).overflow !== 'visible'
    const down = el.scrollHeight - el.clientHeight
    if (el.scrollWidth > el.clientWidth + tolerance || down > (clips ? tolerance : 4))
      problems.push({ element: describe(el), problem: `text does not fit its box (${el.scrollWidth}x${el.scrollHeight} in ${el.clientWidth}x${el.clientHeight})` })
  }
  return problems
}
