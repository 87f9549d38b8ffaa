// axe-core on every slide in light and dark; reduced motion turns transitions off.
import type { Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { deck } from '../support/deck.ts'
import { expect, openSlide, position, test } from '../support/site.ts'

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious or critical axe violation on any slide (${scheme})`, async ({ page, site }) => {
    await page.emulateMedia({ colorScheme: scheme })
    for (const slide of deck.slides) {
      await openSlide(page, site, slide.no, slide.noteClicks)
      const results = await new AxeBuilder({ page }).include(`[data-slidev-no="${slide.no}"]`).analyze()
      const serious = results.violations
        .filter(v => v.impact === 'serious' || v.impact === 'critical')
        .map(v => `${v.id}: ${v.help} (${v.nodes.map(n => n.target.join(' ')).join('; ')})`)
      expect.soft(serious, `slide ${slide.no} "${slide.title}" in ${scheme}`).toEqual([])
    }
  })
}

test('the document has a language, a title and a description', async ({ page, site }) => {
  await openSlide(page, site, 1)
  await expect(page.locator('html')).toHaveAttribute('lang', deck.lang)
  await expect(page).toHaveTitle(deck.title)
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', deck.info)
  await expect(page.locator('meta[name="author"]')).toHaveAttribute('content', deck.author)
  await expect(page.locator('meta[name="keywords"]')).toHaveAttribute('content', deck.keywords)
})

/** Presses a key, lets two frames pass (a transition has started by then) and counts running animations. */
async function animationsAfter(page: Page, key: string) {
  await page.keyboard.press(key)
  return page.evaluate(async () => {
    for (let i = 0; i < 2; i++)
      await new Promise(resolve => requestAnimationFrame(resolve))
    return document.getAnimations().filter(a => a.playState === 'running').length
  })
}

test('with prefers-reduced-motion, moving between slides and clicks runs no transition', async ({ page, site }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  const withClicks = deck.slides.find(s => s.noteClicks > 0)!
  await openSlide(page, site, withClicks.no)
  for (let i = 0; i < withClicks.noteClicks + 1; i++)
    expect(await animationsAfter(page, 'ArrowRight'), `after step ${i + 1}`).toBe(0)
  expect(position(page).no).toBe(withClicks.no + 1)
})

test('without reduced motion, the same steps do animate (so the check above can fail)', async ({ page, site }) => {
  const withClicks = deck.slides.find(s => s.noteClicks > 0)!
  await openSlide(page, site, withClicks.no)
  const counts: number[] = []
  for (let i = 0; i < withClicks.noteClicks + 1; i++)
    counts.push(await animationsAfter(page, 'ArrowRight'))
  expect(counts.some(count => count > 0)).toBe(true)
})
