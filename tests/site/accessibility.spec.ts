// axe-core on every slide in light, and its colour rules in dark; reduced motion turns transitions off.
import type { Page } from '@playwright/test'
import { DOM, slideSelector } from '../../tooling/slidev/index.ts'
import { axeViolations, serious, violationLines } from '../support/axe.ts'
import { deck, diagramAlts } from '../support/deck.ts'
import { expect, openSlide, position, test, walkSlides } from '../support/site.ts'

/** The axe rules whose result depends on colours: its `cat.color` rules that run by default (AA). */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block']

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious or critical axe violation on any slide (${scheme})`, async ({ page, site }) => {
    await page.emulateMedia({ colorScheme: scheme })
    let checked = 0
    await walkSlides(page, site, async (slide) => {
      // In dark, what the scheme changes: colours. The structure is the same, and checked in light.
      const violations = await axeViolations(page, slideSelector(slide.no), scheme === 'dark' ? COLOUR_RULES : undefined)
      expect.soft(serious(violations), `slide ${slide.no} "${slide.title}" in ${scheme}`).toEqual([])
      checked++
    })
    expect(checked).toBe(deck.slides.length)
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
  await page.emulateMedia({ reducedMotion: 'no-preference' })
  const withClicks = deck.slides.find(s => s.noteClicks > 0)!
  await openSlide(page, site, withClicks.no)
  const counts: number[] = []
  for (let i = 0; i < withClicks.noteClicks + 1; i++)
    counts.push(await animationsAfter(page, 'ArrowRight'))
  expect(counts.some(count => count > 0)).toBe(true)
})

test('each diagram is an image named and described by its own accTitle and accDescr', async ({ page, site }) => {
  const diagrams = diagramAlts()
  expect(diagrams.length).toBeGreaterThanOrEqual(2)
  for (const diagram of diagrams) {
    expect(diagram.title && diagram.description, `accTitle and accDescr on slide ${diagram.no}`).toBeTruthy()
    await openSlide(page, site, diagram.no)
    const image = page.locator(slideSelector(diagram.no)).getByRole('img', { name: diagram.title, exact: true })
    await expect(image).toBeVisible()
    await expect(image).toHaveAccessibleDescription(diagram.description)
  }
})

test('the cover motif is decorative: the cover slide exposes no image', async ({ page, site }) => {
  await openSlide(page, site, 1)
  const cover = page.locator(slideSelector(1))
  await expect(cover.locator('svg.cover-motif')).toBeVisible()
  await expect(cover.getByRole('img')).toHaveCount(0)
})

test('the slide is in the main landmark and every control has a name, the go-to field included', async ({ page, site }) => {
  await openSlide(page, site, 2)
  await expect(page.getByRole('main')).toHaveCount(1)
  await expect(page.getByRole('main').locator(`${slideSelector(2)} ${DOM.layout}`)).toBeVisible()
  // Slidev's go-to field ("g") has only a placeholder: WCAG 4.1.2 checkers report it on every slide.
  await expect(page.locator(DOM.gotoInput)).toHaveAccessibleName(/go to slide/i)
  const violations = await axeViolations(page, 'html', ['label', 'button-name', 'link-name', 'input-button-name', 'aria-command-name', 'aria-input-field-name', 'landmark-one-main', 'landmark-no-duplicate-main', 'aria-valid-attr', 'aria-allowed-attr'])
  expect(violationLines(violations)).toEqual([])
  await page.keyboard.press('g')
  await expect(page.getByRole('textbox', { name: /go to slide/i })).toBeFocused()
})

test('keyboard focus on the navigation controls is visible', async ({ page, site }) => {
  await openSlide(page, site, 2)
  const next = page.getByRole('button', { name: 'Go to next slide' })
  for (let i = 0; i < 20 && !(await next.evaluate(el => el === document.activeElement)); i++)
    await page.keyboard.press('Tab')
  await expect(next).toBeFocused()
  const outline = await next.evaluate((el) => {
    const style = getComputedStyle(el)
    return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) }
  })
  expect(outline.style).not.toBe('none')
  expect(outline.width).toBeGreaterThanOrEqual(2)
  // The control bar, invisible until used, shows while focus is in it.
  await expect.poll(() => next.evaluate(el => Number(getComputedStyle(el.closest('nav')!.parentElement!).opacity))).toBe(1)
})

test('the 404 fallback carries the deck\'s language and title', async ({ page, site }) => {
  const response = await page.goto(`${site.url}no/such/page`)
  expect(response?.status()).toBe(404)
  await expect(page.locator('html')).toHaveAttribute('lang', deck.lang)
  await expect(page).toHaveTitle(deck.title)
})
