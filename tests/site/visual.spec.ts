// Visual snapshots of every slide, final click state, in light and dark.
import { slideSelector } from '../../tooling/slidev/index.ts'
import { deck } from '../support/deck.ts'
import { expect, test, walkSlides } from '../support/site.ts'

for (const scheme of ['light', 'dark'] as const) {
  test(`every slide looks as it did when last reviewed (${scheme})`, async ({ page, site }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' })
    let compared = 0
    await walkSlides(page, site, async (slide) => {
      await expect.soft(page.locator(slideSelector(slide.no))).toHaveScreenshot(`slide-${String(slide.no).padStart(2, '0')}-${scheme}.png`, { animations: 'disabled' })
      compared++
    })
    expect(compared).toBe(deck.slides.length)
  })
}
