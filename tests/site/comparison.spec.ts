// The scenario comparison on the built site: its row-header column is drawn at the width
// layout/geometry.ts gives it, as the browser lays the table out.
import { COMPARISON } from '../../layout/geometry.ts'
import { slideSelector } from '../../tooling/slidev/index.ts'
import { deck } from '../support/deck.ts'
import { expect, openSlide, test } from '../support/site.ts'

test('the row-header column is as wide as the geometry says', async ({ page, site }) => {
  const slide = deck.slides.find(s => s.content.includes('<ScenarioComparison'))!
  await openSlide(page, site, slide.no, slide.noteClicks)
  const given = COMPARISON.labelWidth
  expect(given).toBeGreaterThan(0)
  // Each row header, in layout px (the slide's canvas may be scaled to the window; offsetWidth is not).
  const drawn = await page.locator(`${slideSelector(slide.no)} table.comparison tbody th[scope="row"]`).evaluateAll(ths => ths.map(th => (th as HTMLElement).offsetWidth))
  expect(drawn.length).toBeGreaterThan(0)
  expect(drawn).toEqual(drawn.map(() => given))
})
