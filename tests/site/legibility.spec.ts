// The legibility budget (layout/geometry.ts BUDGET) on every slide and click step of the built
// site: words on screen, body text and small print sizes, diagram labels. Each failure names the
// slide, the click step and the element.
import { BUDGET, DIAGRAM } from '../../layout/geometry.ts'
import { countWords } from '../../tooling/checks/slide.ts'
import { DOM, slideSelector } from '../../tooling/slidev/index.ts'
import { deck, mermaidLabels } from '../support/deck.ts'
import { expect, legibilityOf, openSlide, test, walkSlides } from '../support/site.ts'

test('every slide, at its last click step, keeps to the legibility budget', async ({ page, site }) => {
  // The last step shows the most: the deck's click steps only reveal (no v-click-hide, no
  // v-switch), and a step changes no text size.
  expect(deck.slides.filter(slide => /v-click-hide|v-switch|v-after/.test(slide.content))).toEqual([])
  let measured = 0
  // Its click steps: as many as its notes have markers (tests/site/checks.spec.ts holds them equal).
  await walkSlides(page, site, async (slide) => {
    const { words, problems } = await legibilityOf(page, slide.no)
    expect.soft(problems, `slide ${slide.no} "${slide.title}" (${slide.file})`).toEqual([])
    if (words > 0)
      measured++
  })
  // The measurement sees text at all: every slide shows words at its final step.
  expect(measured).toBe(deck.slides.length)
})

test('the measurement finds what breaks the budget', async ({ page, site }) => {
  const slide = deck.slides.find(s => s.content.includes('<FrictionPoint '))!
  await openSlide(page, site, slide.no)
  // Shrink a body paragraph under the budget, add a long small print line and many words.
  await page.evaluate(({ selector }) => {
    const layout = document.querySelector(selector)!
    const claim = layout.querySelector<HTMLElement>('.claim')!
    claim.style.fontSize = '15px'
    const source = document.createElement('p')
    source.className = 'source'
    source.style.fontSize = '11px'
    source.textContent = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen'
    layout.append(source)
    const extra = document.createElement('p')
    extra.textContent = 'word '.repeat(60)
    layout.append(extra)
  }, { selector: `${slideSelector(slide.no)} ${DOM.layout}` })
  const { problems, smallPrintWords } = await legibilityOf(page, slide.no)
  expect(smallPrintWords).toBe(16)
  expect(problems).toEqual(expect.arrayContaining([
    { element: expect.stringContaining('<p class="claim'), problem: `text at 15.0 px, under ${BUDGET.bodyMinPx} px (small print is only ${BUDGET.smallPrint.join(', ')})` },
    { element: expect.stringContaining('<p class="source">'), problem: `small print at 11.0 px, under ${BUDGET.smallPrintMinPx} px` },
    { element: 'the slide', problem: expect.stringMatching(new RegExp(`^\\d+ words on screen, over ${BUDGET.maxWords}$`)) },
    { element: `small print (${BUDGET.smallPrint.join(', ')})`, problem: `16 words, over ${BUDGET.smallPrintMaxWords}` },
  ]))
})

test('the measurement reads the labels of every diagram, and finds one drawn too small', async ({ page, site }) => {
  for (const slide of deck.slides.filter(s => s.content.includes('```mermaid'))) {
    await openSlide(page, site, slide.no, slide.noteClicks)
    const labels = mermaidLabels(slide.content)
    const before = await legibilityOf(page, slide.no)
    // Every word of every label is counted on screen, beside the heading's and the small print's.
    expect(before.words, `slide ${slide.no}`).toBeGreaterThanOrEqual(countWords(labels.join(' ')) + countWords(slide.title))
    await page.evaluate((selector) => {
      const host = document.querySelector(selector)!
      const walker = document.createTreeWalker(host.shadowRoot!, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('text, foreignObject') && node.textContent?.trim()) {
          node.parentElement.style.fontSize = '6px'
          return
        }
      }
    }, `${slideSelector(slide.no)} ${DOM.mermaid}`)
    const after = await legibilityOf(page, slide.no)
    expect(after.problems, `slide ${slide.no}`).toEqual([{ element: expect.stringMatching(/^diagram label </), problem: expect.stringMatching(new RegExp(`under ${BUDGET.diagramLabelMinPx} px$`)) }])
  }
})

test('every diagram fills the space its slide leaves it, and a diagram drawn smaller is found', async ({ page, site }) => {
  for (const slide of deck.slides.filter(s => s.content.includes('```mermaid'))) {
    await openSlide(page, site, slide.no, slide.noteClicks)
    const { problems } = await legibilityOf(page, slide.no)
    expect(problems.filter(p => p.element.startsWith('diagram ')), `slide ${slide.no}`).toEqual([])
    // Drawn at four fifths of its size, the diagram leaves space on every side, with its labels
    // under the largest size (0.8 x 22.4 px at most; they may now be too small, too).
    await page.evaluate((selector) => {
      const host = document.querySelector<HTMLElement>(selector)!
      for (const side of ['width', 'height'])
        host.style.setProperty(`--deck-diagram-${side}`, `${0.8 * Number.parseFloat(host.style.getPropertyValue(`--deck-diagram-${side}`))}px`)
    }, `${slideSelector(slide.no)} ${DOM.mermaid}`)
    const after = await legibilityOf(page, slide.no)
    expect(after.problems.filter(p => !p.element.startsWith('diagram label ')), `slide ${slide.no}`).toEqual([{ element: expect.stringMatching(/^diagram "[^"]+"$/), problem: expect.stringMatching(new RegExp(`it should fill the space or reach ${DIAGRAM.maxLabelPx} px labels$`)) }])
  }
})
