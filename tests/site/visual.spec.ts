import { slideSelector } from '../../tooling/slidev/index.ts'
// Visual snapshots of every slide, final click state, in light and dark.
import { deck } from '../support/deck.ts'
import { expect, openSlide, test } from '../support/site.ts'

for (const scheme of ['light', 'dark'] as const) {
  test(`every slide looks as it did when last reviewed (${scheme})`, async ({ page, site }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' })
    for (const slide of deck.slides) {
      await openSlide(page, site, slide.no, slide.noteClicks)
      await expect.soft(page.locator(slideSelector(slide.no))).toHaveScreenshot(`slide-${String(slide.no).padStart(2, '0')}-${scheme}.png`, { animations: 'disabled' })
    }
  })
}
