// A shared link opened on a phone: the reading view lands on the linked slide and nothing on the
// screen moves while the rest of the deck loads (issue 24). Timing goals are in `npm run bench`
// (Lighthouse); this holds the place and the stillness.
import { FIRST_SCREEN_ID } from '../../reading/view.ts'
import { deck } from '../support/deck.ts'
import { settleReading } from '../support/reading.ts'
import { expect, test } from '../support/site.ts'

/** The first slide with a diagram: the deep link with the most still to load around it. */
const linked = deck.slides.find(slide => slide.content.includes('```mermaid'))!
/** And the last slide, which has no slides below it to fill the screen. */
const deepLinks = [linked, deck.slides.at(-1)!]

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 })

for (const slide of deepLinks) {
  test(`a deep link to slide ${slide.no} on a 390 px phone shows its heading at the top, and nothing shifts after the first paint`, async ({ page, netlify }) => {
    // Every layout shift from the start, buffered, with the time of the first paint to compare.
    await page.addInitScript(() => {
      const shifts: Array<{ value: number, startTime: number, hadRecentInput: boolean }> = []
      Object.assign(window, { deckShifts: shifts })
      new PerformanceObserver(list => shifts.push(...(list.getEntries() as unknown as typeof shifts).map(({ value, startTime, hadRecentInput }) => ({ value, startTime, hadRecentInput }))))
        .observe({ type: 'layout-shift', buffered: true })
    })
    await page.goto(`${netlify.url}${slide.no}`)
    await settleReading(page)

    const section = page.locator(`[data-reading-no="${slide.no}"]`)
    const bar = await page.locator('.reading-bar').evaluate(el => el.getBoundingClientRect().bottom)
    const top = () => section.evaluate(el => el.getBoundingClientRect().top)
    await expect.poll(top).toBeGreaterThanOrEqual(bar - 1)
    expect(await top()).toBeLessThan(bar + 16)
    await expect(section.getByRole('heading', { name: slide.title })).toBeInViewport()

    const { supported, firstPaint, shifts } = await page.evaluate(() => ({
      // Proof that the browser reports shifts at all, so an empty list means none happened.
      supported: PerformanceObserver.supportedEntryTypes.includes('layout-shift'),
      firstPaint: performance.getEntriesByName('first-paint')[0]?.startTime,
      shifts: (window as unknown as { deckShifts: Array<{ value: number, startTime: number, hadRecentInput: boolean }> }).deckShifts,
    }))
    expect(supported).toBe(true)
    expect(firstPaint).toBeGreaterThan(0)
    const after = shifts.filter(shift => shift.startTime >= firstPaint! && !shift.hadRecentInput)
    expect(after.filter(shift => shift.value > 0.1), JSON.stringify(after)).toEqual([])
    expect(after.reduce((sum, shift) => sum + shift.value, 0), 'cumulative layout shift').toBeLessThanOrEqual(0.1)
  })
}

test('on an upright phone the app waits for the reader: its modules are fetched once the page has loaded, and run on the first tap', async ({ page, netlify }) => {
  await page.goto(`${netlify.url}${linked.no}`)
  // Fetched when the phone is idle after the load event (the boot script's preloads, without the
  // page's media condition), and not run: the first screen is still the build's.
  await expect(page.locator('link[rel="modulepreload"]:not([media])')).not.toHaveCount(0)
  await expect(page.locator('script[type="module"]')).toHaveCount(0)
  await expect(page.locator(`#${FIRST_SCREEN_ID}`)).toBeAttached()
  // A tap below the section: the app starts and takes the first screen over.
  await page.touchscreen.tap(195, 780)
  await expect(page.locator('script[type="module"]')).toHaveCount(1)
  await settleReading(page)
  await expect(page.locator(`[data-reading-no="${linked.no}"]`).getByRole('heading', { name: linked.title })).toBeInViewport()
})

test('a host that answers a deep link with slide 1\'s page: the app starts at once and shows the linked slide', async ({ page, netlify }) => {
  await page.route(`${netlify.url}${linked.no}`, async route => route.fulfill({ response: await route.fetch({ url: netlify.url }) }))
  const response = await page.goto(`${netlify.url}${linked.no}`)
  expect(await response!.text()).toContain(`<div id="${FIRST_SCREEN_ID}">`)
  expect(await response!.text()).toContain('data-reading-no="1"')
  // No scroll or tap: the boot script sees that the first screen is another slide's.
  await expect(page.locator('script[type="module"]')).toHaveCount(1)
  await settleReading(page)
  await expect(page.locator(`[data-reading-no="${linked.no}"]`).getByRole('heading', { name: linked.title })).toBeInViewport()
})
