// The reading view: on a phone held upright, and with ?view=read anywhere, the deck is one
// scrolling page at legible size. Titles, text sizes and the notes come from the same page files
// the slides are built from (tests/support/deck.ts); nothing here is copied from the page.
import { devices } from '@playwright/test'
import { serveStatic } from '../../tooling/serve.ts'
import { DOM, slideSelector } from '../../tooling/slidev/index.ts'
import { axeViolations, serious } from '../support/axe.ts'
import { data, deck, plainNote, squash } from '../support/deck.ts'
import { BASE, PUBLIC_SITE } from '../support/paths.ts'
import { openReading, renderedTextSizes, sectionTop, settleReading, widerThanViewport } from '../support/reading.ts'
import { consoleProblems, expect, position, settle, test } from '../support/site.ts'

/** A Playwright device profile in this project's one browser (the iPhone profiles name WebKit). */
function phone(name: string) {
  const { defaultBrowserType: _, ...profile } = devices[name]!
  return profile
}

/** The smallest legible body text, as rendered. */
const MIN_TEXT_PX = 16
const middle = deck.slides[Math.floor(deck.slides.length / 2)]!

const views = [
  { name: '375 px phone upright', use: phone('iPhone SE (3rd gen)'), query: '' },
  { name: '412 px phone upright', use: phone('Pixel 7'), query: '' },
  { name: 'desktop with ?view=read', use: {}, query: '?view=read' },
]

for (const view of views) {
  test.describe(view.name, () => {
    test.use(view.use)

    // One load of the page for all that it shows (it renders every slide): headings, notes, the
    // console, widths and text sizes, the timeline and the comparison, then axe in both schemes.
    test('the page: titles in order, no notes, a clean console, nothing wider than the screen, no text under 16 px, the timeline and comparison as lists, axe clean in light and dark', async ({ page, site, outside }) => {
      const address = `1${view.query}`
      const messages = consoleProblems(page)
      await page.emulateMedia({ colorScheme: 'light' })
      await openReading(page, site, address)
      const headings = await page.locator('.reading-slides').getByRole('heading').allTextContents()
      expect(headings.map(squash)).toEqual(deck.slides.map(s => squash(s.title)))
      const text = squash(await page.locator('.reading-view').textContent() ?? '')
      for (const slide of deck.slides.filter(s => s.note)) {
        // The note's first sentence, long enough not to occur in the slide text by chance.
        const sentence = squash(plainNote(slide.note).split(/(?<=[.:?!])\s/)[0]!)
        expect.soft(text.includes(sentence), `slide ${slide.no}'s note: "${sentence}"`).toBe(false)
      }
      expect(outside).toEqual([])
      expect(messages).toEqual([])
      expect(await widerThanViewport(page)).toEqual([])
      const sizes = await renderedTextSizes(page, '.reading-view')
      // Enough text measured that a selector gone wrong cannot pass on nothing.
      expect(sizes.length).toBeGreaterThan(deck.slides.length * 3)
      expect(sizes[0]!.px, `smallest text: "${sizes[0]!.text}"`).toBeGreaterThanOrEqual(MIN_TEXT_PX)
      const entries = page.locator('.reading-view .timeline > li')
      await expect(entries).toHaveCount(data.timeline.milestones.length)
      const rows = await entries.evaluateAll(els => els.map(el => el.getBoundingClientRect()).map(r => ({ top: r.top, bottom: r.bottom })))
      for (let i = 1; i < rows.length; i++)
        expect(rows[i]!.top, `milestone ${i + 1} is below milestone ${i}`).toBeGreaterThanOrEqual(rows[i - 1]!.bottom - 1)

      // Per scenario: its header, then its cells one under another, each showing its row's label;
      // the next scenario's card starts below the last cell of this one.
      const cards = await page.locator('.reading-view .comparison').evaluate(table => [...table.querySelectorAll('thead th')].slice(1).map((th, k) => {
        const cells = [...table.querySelectorAll(`tbody tr > td:nth-child(${k + 2})`)]
        return {
          name: th.querySelector('.name')?.textContent?.trim(),
          top: th.getBoundingClientRect().top,
          tops: cells.map(cell => cell.getBoundingClientRect().top),
          bottom: Math.max(...cells.map(cell => cell.getBoundingClientRect().bottom)),
          labels: cells.map(cell => getComputedStyle(cell, '::before').content),
          rowHeaders: [...table.querySelectorAll('tbody th')].map(row => `"${row.textContent?.trim()}"`),
        }
      }))
      expect(cards.map(card => card.name)).toEqual(data.comparison.text.columns.map(c => c.name))
      for (const [k, card] of cards.entries()) {
        expect(card.tops[0]).toBeGreaterThan(card.top)
        expect(card.tops).toEqual([...card.tops].sort((a, b) => a - b))
        expect(card.labels.map(label => label.split(' / ')[0])).toEqual(card.rowHeaders)
        if (k > 0)
          expect(card.top).toBeGreaterThanOrEqual(cards[k - 1]!.bottom)
      }
      // The rows' labels are the data's dimensions (the last row lists the friction points answered).
      expect(cards[0]!.rowHeaders.slice(0, -1)).toEqual(data.comparison.text.rowLabels.map(label => `"${label}"`))
      const backgrounds = new Set<string>()
      const colours = () => page.locator('.reading-view').evaluate(el => getComputedStyle(document.body).backgroundColor + getComputedStyle(el).color)
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme })
        await settleReading(page)
        // The app follows the system's scheme a frame or more after the change: wait for it.
        if (backgrounds.size)
          await expect.poll(colours).not.toBe([...backgrounds][0])
        backgrounds.add(await colours())
        expect.soft(serious(await axeViolations(page, '.reading-view')), scheme).toEqual([])
      }
      // The page did change scheme: axe checked the colours of both.
      expect(backgrounds.size).toBe(2)
    })

    test('a deep link scrolls to its slide, and scrolling moves the address', async ({ page, site }) => {
      await openReading(page, site, `${middle.no}${view.query}`)
      const bar = await page.locator('.reading-bar').evaluate(el => el.getBoundingClientRect().bottom)
      // Its section starts just under the sticky bar, and the slides above it are out of view.
      await expect.poll(() => sectionTop(page, middle.no)).toBeGreaterThanOrEqual(bar - 1)
      expect(await sectionTop(page, middle.no)).toBeLessThan(bar + 16)
      await expect(page.locator(`[data-reading-no="${middle.no}"]`).getByRole('heading').first()).toBeInViewport()
      expect(position(page).no).toBe(middle.no)

      // The reader scrolls (a key press stops the page from holding the deep link's place).
      const later = deck.slides.at(-2)!
      await page.keyboard.press('Tab')
      await page.locator(`[data-reading-no="${later.no}"]`).evaluate(el => el.scrollIntoView({ block: 'start' }))
      // The address also carries the slide's click steps (as many as its notes have markers), so
      // the slide view opens it complete, as it was read.
      await expect.poll(() => position(page)).toEqual({ no: later.no, clicks: later.noteClicks })
      expect(new URL(page.url()).searchParams.get('view')).toBe(view.query ? 'read' : null)
      await page.keyboard.press('End')
      await expect.poll(() => position(page).no).toBe(deck.slides.length)
    })
  })
}

test.describe('412 px phone', () => {
  test.use(phone('Pixel 7'))

  test('the page looks as it did when last reviewed', async ({ page, site }) => {
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' })
    await openReading(page, site, '1')
    await expect(page).toHaveScreenshot('reading-412-light.png', { fullPage: true, scale: 'css', animations: 'disabled' })
    // The scenario comparison as the phone's screen shows it: the picture in docs/hosting.md.
    const comparison = deck.slides.find(s => s.content.includes('<ScenarioComparison'))!
    await openReading(page, site, String(comparison.no))
    // At the top, under the bar (the deep link's scroll can land after the view has settled).
    await expect.poll(() => sectionTop(page, comparison.no)).toBeLessThan(100)
    await expect(page).toHaveScreenshot('reading-412-comparison-light.png', { scale: 'css', animations: 'disabled' })
  })

  test('the slide view scales its canvas down: the text size check above can fail', async ({ page, site }) => {
    await page.goto(`${site.url}${middle.no}?view=slides`)
    await settle(page, middle.no)
    await expect(page.locator('.reading-view')).toHaveCount(0)
    // The slide's text, once shown (it can still be fading in when the view has settled).
    const sizes = () => renderedTextSizes(page, `${slideSelector(middle.no)} ${DOM.layout}`)
    await expect.poll(async () => (await sizes()).length).toBeGreaterThan(0)
    expect((await sizes())[0]!.px).toBeLessThan(MIN_TEXT_PX)
  })

  test('the switch and turning the phone sideways show the slides at the same slide, and back', async ({ page, site }) => {
    const target = deck.slides.at(-3)!
    await openReading(page, site, '1')
    await page.keyboard.press('Tab')
    await page.locator(`[data-reading-no="${target.no}"]`).evaluate(el => el.scrollIntoView({ block: 'start' }))
    await expect.poll(() => position(page).no).toBe(target.no)

    // Sideways: the slide view, at that slide.
    const upright = page.viewportSize()!
    await page.setViewportSize({ width: upright.height, height: upright.width })
    await expect(page.locator('.reading-view')).toHaveCount(0)
    await settle(page, target.no)
    expect(position(page)).toEqual({ no: target.no, clicks: target.noteClicks })
    // Complete: no element of the slide is waiting for a click.
    await expect(page.locator(`${slideSelector(target.no)} ${DOM.vclickHidden}`)).toHaveCount(0)

    // Upright again: the page, at that slide.
    await page.setViewportSize(upright)
    await settleReading(page)
    await expect.poll(() => sectionTop(page, target.no)).toBeLessThan(upright.height / 4)
    expect(position(page).no).toBe(target.no)

    // The switch: the slides, still upright, and a way back to the page.
    await page.getByRole('link', { name: 'Show as slides' }).click()
    await settle(page, target.no)
    expect(position(page).no).toBe(target.no)
    await expect(page.locator('.reading-view')).toHaveCount(0)
    await page.getByRole('button', { name: 'Read as a page' }).click()
    await settleReading(page)
    expect(position(page).no).toBe(target.no)
  })

  test('a phone held sideways gets the slide view', async ({ page, site }) => {
    const upright = page.viewportSize()!
    await page.setViewportSize({ width: upright.height, height: upright.width })
    await page.goto(`${site.url}${middle.no}`)
    await settle(page, middle.no)
    await expect(page.locator('.reading-view')).toHaveCount(0)
  })

  test('after one visit the page opens with the server gone', async ({ page }) => {
    // A server of its own, so that this test can take it away.
    const server = await serveStatic({ dir: PUBLIC_SITE, base: BASE })
    await openReading(page, server, '1')
    await page.evaluate(() => navigator.serviceWorker.ready)
    // The worker controls the page from its first load on; reload so that it sees every request.
    await page.reload()
    await settleReading(page)
    await server.close()
    await expect(page.request.get(server.url).then(() => 'reachable', () => 'gone')).resolves.toBe('gone')
    await page.goto(`${server.url}${middle.no}`)
    await settleReading(page)
    const headings = await page.locator('.reading-slides').getByRole('heading').allTextContents()
    expect(headings.map(squash)).toEqual(deck.slides.map(s => squash(s.title)))
  })
})
