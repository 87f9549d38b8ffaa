import { findOverflow } from '../../tooling/checks/overflow.ts'
// Overflow gate: on every slide and at every click step, nothing leaves the canvas, no text is cut off.
import { deck } from '../support/deck.ts'
import { clicksOf, expect, openSlide, test } from '../support/site.ts'

for (const scheme of ['light', 'dark'] as const) {
  test(`nothing overflows on any slide or click step (${scheme})`, async ({ page, site }) => {
    await page.emulateMedia({ colorScheme: scheme })
    for (const slide of deck.slides) {
      await openSlide(page, site, slide.no)
      const total = await clicksOf(page, slide.no)
      for (let clicks = 0; clicks <= total; clicks++) {
        await openSlide(page, site, slide.no, clicks)
        const problems = await findOverflow(page, slide.no)
        expect.soft(problems, `slide ${slide.no} "${slide.title}" (${slide.file}) at click ${clicks}`).toEqual([])
      }
    }
  })
}
