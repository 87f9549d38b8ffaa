// Two promises that need a real build and no fault, read from the second build
// (tests/support/second-build.ts): the geometry is written once (another canvas in slides.md and
// one type step in layout/geometry.ts change what is drawn and the PDF together), and letters of
// other scripts that Inter has (its latin-ext, greek and cyrillic subsets, loaded by
// unicode-range) are drawn in Inter, so a milestone titled in Polish, Czech, Greek and Russian
// exports with Inter embedded and no other font. (The emoji Inter lacks is refused before any
// build: tests/unit/deck-data.test.ts.)
import type { Sandbox } from '../support/sandbox.ts'
import { join } from 'node:path'
import { loadDeck } from '../../tooling/deck-summary.ts'
import { serveStatic } from '../../tooling/serve.ts'
import { slideSelector } from '../../tooling/slidev/index.ts'
import { deck } from '../support/deck.ts'
import { BASE } from '../support/paths.ts'
import { pdfFonts, readPdf } from '../support/pdf.ts'
import { expect, test, TITLE } from '../support/second-build.ts'

const pdfPath = (box: Sandbox) => join(box.dir, 'exports', `${deck.exportFilename}.pdf`)

test('another canvasWidth in slides.md and a type step in layout/geometry.ts change the slides and the PDF together', async ({ page, second }) => {
  const copy = await loadDeck(second.dir)
  // 1280 px wide at 16:9 is 720 px tall; a CSS px is 0.75 pt.
  const pdf = await readPdf(pdfPath(second))
  expect(pdf.pages[0]).toMatchObject({ width: 960, height: 540 })

  const server = await serveStatic({ dir: join(second.dir, 'dist'), base: BASE })
  try {
    await page.setViewportSize({ width: 1280, height: 720 })
    await page.goto(`${server.url}1`)
    await expect.poll(() => page.locator(slideSelector(1)).evaluate(el => [(el as HTMLElement).offsetWidth, (el as HTMLElement).offsetHeight])).toEqual([1280, 720])
    const slide = copy.slides.find(s => s.content.includes('<MilestoneTimeline'))!
    await page.goto(`${server.url}${slide.no}?clicks=99`)
    // 1.35rem at Slidev's 16 px root (it was 22.4 px).
    await expect.poll(() => page.locator(`${slideSelector(slide.no)} .timeline .title`).first().evaluate(el => getComputedStyle(el).fontSize)).toBe('21.6px')
  }
  finally {
    await server.close()
  }
})

test('a milestone titled in four scripts exports in Inter and nothing else', async ({ second }) => {
  // The title is in the PDF's text, so the fonts below are the ones it was drawn in. Spaces are
  // left out of the comparison: pdf.js puts one between runs of different embedded subsets.
  const bare = (text: string) => text.replace(/\s+/g, '')
  const { pages } = await readPdf(pdfPath(second))
  expect(pages.some(page => bare(page.text).includes(bare(TITLE))), pages.map(page => page.text).join('\n')).toBe(true)
  const fonts = pdfFonts(pdfPath(second))
  expect(fonts.length).toBeGreaterThan(0)
  for (const font of fonts) {
    expect.soft(font.embedded, font.name).toBe(true)
    expect.soft(font.name.replace(/^[A-Z]{6}\+/, ''), 'the only typeface is Inter').toMatch(/^Inter-/)
  }
})
