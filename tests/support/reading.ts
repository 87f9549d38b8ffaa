// Helpers for the reading view (reading/ReadingView.vue): open it settled, and measure it as the
// reader sees it.
import type { Page } from '@playwright/test'
import type { StaticServer } from './site.ts'
import { expect } from '@playwright/test'
import { DOM } from '../../tooling/slidev/index.ts'

/** Opens `path` (a slide number, with any query) and waits until every slide is rendered and still. */
export async function openReading(page: Page, server: StaticServer, path: string) {
  await page.goto(`${server.url}${path}`)
  await settleReading(page)
}

export async function settleReading(page: Page) {
  await expect(page.locator('.reading-view')).toBeVisible()
  // On a phone held upright the app starts on the reader's first scroll, tap or key
  // (tooling/reading-pages.ts, deferApp): a scroll event stands for it. Elsewhere it changes nothing.
  await page.evaluate(() => dispatchEvent(new Event('scroll')))
  await page.waitForFunction(({ layout, loading, mermaid }) => {
    const sections = [...document.querySelectorAll('[data-reading-no]')]
    // The app has taken over the first screen the build wrote into the page (tooling/reading-pages.ts).
    return !document.getElementById('reading-first')
      && document.fonts.status === 'loaded'
      && sections.length > 0
      && sections.every(s => s.querySelector(layout) && !s.querySelector(loading) && !s.classList.contains('reading-waiting'))
      && [...document.querySelectorAll(`.reading-view ${mermaid}`)].every(d => d.shadowRoot?.querySelector('svg'))
  }, DOM)
  await page.waitForFunction(() => document.getAnimations().every(a => a.playState !== 'running'))
}

/** The top of slide `no`'s section, relative to the screen. */
export function sectionTop(page: Page, no: number) {
  return page.locator(`[data-reading-no="${no}"]`).evaluate(el => el.getBoundingClientRect().top)
}

export interface TextSize { px: number, text: string }

/**
 * The rendered size of every visible text under `selector`: the computed font size times the CSS
 * zoom and the scale of every transform above it (drawn width over layout width), so a slide
 * canvas scaled down to the screen counts at the size it is drawn. Smallest first.
 */
export function renderedTextSizes(page: Page, selector: string): Promise<TextSize[]> {
  return page.evaluate((sel) => {
    const sizes: Array<{ px: number, text: string }> = []
    for (const el of document.querySelectorAll<HTMLElement>(`${sel}, ${sel} *`)) {
      const ownText = [...el.childNodes].some(node => node.nodeType === Node.TEXT_NODE && node.textContent?.trim())
      if (!ownText || !(el instanceof HTMLElement) || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        continue
      const rect = el.getBoundingClientRect()
      // Visually hidden text (a 1 px clipped box for screen readers) is not read on screen.
      if (rect.width <= 1 || rect.height <= 1)
        continue
      const transform = el.offsetWidth > 0 ? rect.width / el.offsetWidth : 1
      const px = Number.parseFloat(getComputedStyle(el).fontSize) * el.currentCSSZoom * transform
      sizes.push({ px: Math.round(px * 10) / 10, text: (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40) })
    }
    return sizes.sort((a, b) => a.px - b.px)
  }, selector)
}

/** Every element (shadow roots included) that reaches past the viewport's sides, and the page's own overflow. */
export function widerThanViewport(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const problems: string[] = []
    if (document.documentElement.scrollWidth > width)
      problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px in ${width} px`)
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot)
          walk(el.shadowRoot)
        const rect = el.getBoundingClientRect()
        if (rect.width === 0 || rect.height === 0 || !el.checkVisibility())
          continue
        if (rect.left < -1 || rect.right > width + 1)
          problems.push(`<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> from ${Math.round(rect.left)} to ${Math.round(rect.right)} px`)
      }
    }
    walk(document)
    return problems
  })
}
