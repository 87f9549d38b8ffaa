// Presenting from the hosted site: every route, the keys, deep links and reload, under a sub-path.
import { DOM, slideSelector } from '../../tooling/slidev/index.ts'
import { deck, squash } from '../support/deck.ts'
import { consoleProblems, expect, openSlide, position, settle, test } from '../support/site.ts'

// One [click] marker per click step: tests/site/checks.spec.ts (the commands' own check).

test('arrow keys and space step through every click of every slide, and back; each slide shows its title, asks no other host and logs nothing', async ({ page, site, outside }) => {
  const messages = consoleProblems(page)
  const titled = async (no: number) => expect.soft(squash(await page.locator(`${slideSelector(no)} ${DOM.layout}`).textContent() ?? ''), `slide ${no}'s title`).toContain(squash(deck.slides[no - 1]!.title))
  // As on stage: keys pressed while slides and reveals animate (the other site tests reduce motion).
  await page.emulateMedia({ reducedMotion: 'no-preference' })
  await openSlide(page, site, 1)
  await titled(1)
  const visited = ['1:0']
  for (const slide of deck.slides) {
    for (let click = 1; click <= slide.noteClicks; click++) {
      await page.keyboard.press(click % 2 ? 'ArrowRight' : 'Space')
      await expect.poll(() => position(page)).toEqual({ no: slide.no, clicks: click })
      visited.push(`${slide.no}:${click}`)
    }
    if (slide.no < deck.slides.length) {
      await page.keyboard.press('ArrowRight')
      await expect.poll(() => position(page).no).toBe(slide.no + 1)
      // As a presenter would: the next slide is on screen before the next key.
      await settle(page, slide.no + 1)
      await titled(slide.no + 1)
      visited.push(`${slide.no + 1}:0`)
    }
  }
  const expected = deck.slides.flatMap(s => Array.from({ length: s.noteClicks + 1 }, (_, c) => `${s.no}:${c}`))
  expect(visited).toEqual(expected)
  // Backwards: ArrowLeft first undoes the click steps of the last slide.
  const last = deck.slides.at(-1)!
  await page.keyboard.press('ArrowLeft')
  await expect.poll(() => position(page).no).toBe(last.noteClicks ? last.no : last.no - 1)
  expect(outside).toEqual([])
  expect(messages).toEqual([])
})

for (const host of ['site', 'netlify'] as const) {
  test(`a deep link opens its slide and reload keeps it (${host === 'site' ? 'GitHub Pages' : 'Netlify'})`, async ({ page, site, netlify }) => {
    const server = host === 'site' ? site : netlify
    const target = deck.slides[Math.floor(deck.slides.length / 2)]!
    await page.goto(`${server.url}${target.no}`)
    await settle(page, target.no)
    await expect(page.locator(`${slideSelector(target.no)} ${DOM.layout}`)).toContainText(target.title.split(' ')[0]!)
    await page.reload()
    await settle(page, target.no)
    expect(position(page).no).toBe(target.no)
  })
}
