// Presenting live: `npm run dev` (the real project, not a copy) serves the deck and the presenter
// view with the notes, the next slide and the timer, in the deck's own fonts, with nothing fetched
// from another host.
import type { Running } from '../support/sandbox.ts'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEV_ADDRESS, DOM, routeAddress, slideSelector } from '../../tooling/slidev/index.ts'
import { deck, plainNote } from '../support/deck.ts'
import { ROOT } from '../support/paths.ts'
import { devAddress, freePort, start } from '../support/sandbox.ts'
import { expect, test } from '../support/site.ts'

test.describe.configure({ mode: 'serial' })

let dev: Running
let url: string

test.beforeAll(async () => {
  dev = start(ROOT, 'slidev', ['--port', String(await freePort())], {}, 300_000)
  url = (await devAddress(dev, 60_000)).origin
})

test.afterAll(async () => {
  dev?.child.kill('SIGTERM')
  await dev?.done
})

test('the address is printed once the presenter view and every slide are compiled', () => {
  // tooling/warmup.ts: the first window opened on the address finds the deck compiled. The
  // time it then takes is measured by `npm run bench`, not here.
  const output = dev.output()
  const compiled = /(\d+) modules compiled in [\d.]+ s: ready to present/.exec(output)
  expect(output).toContain(`Compiling the presenter view and ${deck.slides.length} slides`)
  expect(compiled, output).not.toBeNull()
  // The client, both views and the slides come to a few hundred modules (356 measured).
  expect(Number(compiled![1])).toBeGreaterThan(100)
  expect(compiled!.index).toBeLessThan(output.search(DEV_ADDRESS))
})

test('the presenter view shows the notes, the next slide and the timer', async ({ page, outside }) => {
  test.setTimeout(180_000)
  await page.setViewportSize({ width: 1400, height: 800 })
  // The first load compiles the client: about 1,700 modules on a cold dev server, slower still
  // while the site tests share the two cores (once over 60 s here).
  // A slide without click steps, so that "next" is the next slide.
  const slide = deck.slides.find(s => s.noteClicks === 0 && s.no < deck.slides.length)!
  await page.goto(`${url}/${routeAddress('presenter', slide.no)}`, { timeout: 90_000 })
  await expect(page.locator(DOM.note).first()).toContainText(plainNote(slide.note).trim().split('\n')[0]!, { timeout: 120_000 })
  await expect(page.locator('.grid-section.next')).toContainText(deck.slides[slide.no]!.title)
  // The timer, and the slide position.
  await expect(page.locator('.i-carbon\\:time, .i-carbon\\:timer').first()).toBeAttached()
  // The timer counts down from the planned duration in slides.md (`duration: <n>min`), and
  // waits for the presenter: it shows the whole duration until started, then less.
  const planned = /^duration: (\d+)min$/m.exec(readFileSync(join(ROOT, 'slides.md'), 'utf8'))
  expect(planned, 'slides.md headmatter: duration: <minutes>min').not.toBeNull()
  const minutes = Number(planned![1])
  const timer = page.locator(DOM.presenterTimer).first()
  await expect(timer).toHaveText(new RegExp(`^\\s*${minutes}\\s*:\\s*00\\s*$`))
  await timer.hover()
  await page.locator('.i-carbon\\:play').first().click()
  await expect(timer).toHaveText(new RegExp(`^\\s*${minutes - 1}\\s*:\\s*[0-5]\\d\\s*$`))
  const fonts = await page.evaluate(async () => {
    await document.fonts.ready
    return [...document.fonts].filter(f => f.family.replace(/"/g, '') === 'Inter').map(f => `${f.weight} ${f.status}`)
  })
  expect(fonts.length).toBeGreaterThanOrEqual(3)
  expect(fonts.every(f => f.endsWith('loaded'))).toBe(true)
  expect(outside).toEqual([])
})

test('the audience view steps through a slide\'s clicks with the arrow key', async ({ page }) => {
  const withClicks = deck.slides.find(s => s.noteClicks > 0)!
  // The presenter view of the test above set the talk's slide, which a window opening now joins
  // whatever its address says (tests/live/sync.spec.ts); the slide is chosen with Slidev's go-to dialog.
  await page.goto(`${url}/${withClicks.no}`, { timeout: 90_000 })
  await expect(page.locator(DOM.layout).first()).toBeVisible({ timeout: 60_000 })
  await page.keyboard.press('g')
  await page.getByRole('textbox', { name: /^Go ?to/ }).fill(String(withClicks.no))
  await page.keyboard.press('Enter')
  await expect(page.locator(`${slideSelector(withClicks.no)} ${DOM.layout}`)).toBeVisible({ timeout: 60_000 })
  // The keys work once the app has mounted its shortcuts; until then a press may be lost, so press
  // until the address shows the first click step.
  await expect(async () => {
    if (!page.url().includes('clicks='))
      await page.keyboard.press('ArrowRight')
    expect(page.url()).toMatch(new RegExp(`/${withClicks.no}\\?clicks=1$`))
  }).toPass({ timeout: 30_000 })
})
