import type { SlideProblem } from './slide.ts'
// The slide check (slide.ts) of the slide on screen while `npm run dev` serves the deck, after every
// change: an outline and a label per problem, the list sent to dev-plugin.ts. Only under `import.meta.hot`.
import { useDebounceFn } from '@vueuse/core'
import { fonts } from 'virtual:deck-dev-checks'
import { DOM } from '../slidev/index.ts'
import { checkOptions, checkSlide, DEV_EVENT } from './slide.ts'

/** Slidev's query holding the click step shown (composables/useNav.ts; a new contact for tooling/slidev). */
const CLICKS_QUERY = 'clicks'
/** The outline's attribute and the label's class: what the dev overlay adds to the page (never in a build). */
const MARK = 'data-deck-dev-problem'
const LABEL = 'deck-dev-problem-label'

export interface SlideReport {
  no: number
  click: number
  problems: Array<Omit<SlideProblem, 'el'>>
}

export function checkWhileEditing(hot: NonNullable<ImportMeta['hot']>) {
  const style = document.createElement('style')
  style.textContent = `[${MARK}] { outline: 3px solid #e00 !important; outline-offset: 1px; }
.${LABEL} { position: fixed; z-index: 1000; max-width: 60%; padding: 2px 6px; font: 600 12px/1.3 ui-sans-serif, system-ui, sans-serif; color: #fff; background: #c00; border-radius: 3px; pointer-events: none; }`
  // The labels live outside the slides: drawing them is no change for the observer below.
  const labels = document.createElement('div')
  document.head.append(style)
  document.body.append(labels)
  const options = checkOptions(fonts, true)
  const soon = useDebounceFn(check, 200)
  async function check() {
    await document.fonts.ready
    document.querySelectorAll(`[${MARK}]`).forEach(el => el.removeAttribute(MARK))
    labels.replaceChildren()
    // The slide the route names (/5, /presenter/5), as it shows now; Slidev keeps others hidden.
    const no = Number(/\/(\d+)$/.exec(location.pathname)?.[1] ?? (location.pathname.endsWith('/') ? 1 : Number.NaN))
    const slide = [...document.querySelectorAll<HTMLElement>(DOM.slide)].find(el => el.dataset.slidevNo === String(no) && el.checkVisibility())
    if (!slide?.querySelector(DOM.layout))
      return
    // Still rendering: a slide that loads, a diagram not drawn yet (its shadow root is not observed).
    if (slide.querySelector(DOM.loading) || [...slide.querySelectorAll(DOM.mermaid)].some(host => !host.shadowRoot?.querySelector('svg')))
      return void soon()
    const { problems } = checkSlide(slide, options)
    const bounds = slide.getBoundingClientRect()
    for (const { el, check, problem } of problems) {
      if (!el)
        continue
      el.setAttribute(MARK, check)
      const label = labels.appendChild(Object.assign(document.createElement('div'), { className: LABEL, textContent: `${check}: ${problem}` }))
      const rect = el.getBoundingClientRect()
      // Just above the element, within the slide.
      label.style.left = `${Math.max(bounds.left, rect.left)}px`
      label.style.top = `${Math.min(Math.max(bounds.top, rect.top - 20), bounds.bottom - 20)}px`
    }
    // The terminal says only what changed (dev-plugin.ts).
    hot.send(DEV_EVENT, {
      no,
      click: Number(new URLSearchParams(location.search).get(CLICKS_QUERY) ?? 0),
      problems: problems.map(({ el: _, ...problem }) => problem),
    } satisfies SlideReport)
  }
  // Any change in or around the slides; not the presenter view's ticking timer.
  const nearSlides = (node: Node) => {
    const el = node instanceof Element ? node : node.parentElement
    return !!(el?.closest(DOM.slide) ?? el?.querySelector(DOM.slide))
  }
  new MutationObserver((records) => {
    if (records.some(record => nearSlides(record.target)))
      soon()
  }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['class', 'style'] })
  addEventListener('transitionend', soon)
  document.fonts.addEventListener('loadingdone', soon)
  hot.on('vite:afterUpdate', soon)
  soon()
}
