// One copy, one build, two promises that need a real build and no fault: the geometry is written
// once (another canvas in slides.md and one type step in layout/geometry.ts change what is drawn
// and the PDF together), and letters of other scripts that Inter has (its latin-ext, greek and
// cyrillic subsets, loaded by unicode-range) are drawn in Inter, so a milestone titled in Polish,
// Czech, Greek and Russian exports with Inter embedded and no other font. (The emoji Inter lacks
// is refused before any build: tests/unit/deck-data.test.ts.)
import type { Sandbox } from '../support/sandbox.ts'
import { join } from 'node:path'
import { loadDeck } from '../../tooling/deck-summary.ts'
import { serveStatic } from '../../tooling/serve.ts'
import { slideSelector } from '../../tooling/slidev/index.ts'
import { deck } from '../support/deck.ts'
import { pdfFonts, readPdf } from '../support/pdf.ts'
import { expect, makeSandbox, run, test } from '../support/sandbox.ts'

const TITLE = 'Łódź-Říjen Αθήνα-Москва'

test.describe.configure({ mode: 'serial' })
let box: Sandbox
const pdfPath = () => join(box.dir, 'exports', `${deck.exportFilename}.pdf`)

test.beforeAll(async () => {
  test.setTimeout(240_000)
  box = makeSandbox()
  box.edit('slides.md', text => text.replace(/^canvasWidth: 980$/m, 'canvasWidth: 1280'))
  // The step the timeline's titles use: 1.4rem -> 1.35rem (smaller, so nothing overflows; well
  // above the body size the build's legibility check asks for).
  box.edit('layout/geometry.ts', text => text.replace(/^ {2}'lg': 1\.4,$/m, '  \'lg\': 1.35,'))
  box.edit('data/milestones.json', text => text.replace('"GPT-3 launch"', JSON.stringify(TITLE)))
  const built = await run(box.dir, 'tsx', ['scripts/deck.ts', 'build', '--out', 'dist', '--exports', 'exports', '--format', 'pdf'], {}, 200_000)
  expect(built.code, built.output).toBe(0)
})
test.afterAll(() => box?.remove())

test('another canvasWidth in slides.md and a type step in layout/geometry.ts change the slides and the PDF together', async ({ page }) => {
  const copy = await loadDeck(box.dir)
  // 1280 px wide at 16:9 is 720 px tall; a CSS px is 0.75 pt.
  const pdf = await readPdf(pdfPath())
  expect(pdf.pages[0]).toMatchObject({ width: 960, height: 540 })

  const server = await serveStatic({ dir: join(box.dir, 'dist') })
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

test('a milestone titled in four scripts exports in Inter and nothing else', async () => {
  // The title is in the PDF's text, so the fonts below are the ones it was drawn in. Spaces are
  // left out of the comparison: pdf.js puts one between runs of different embedded subsets.
  const bare = (text: string) => text.replace(/\s+/g, '')
  const { pages } = await readPdf(pdfPath())
  expect(pages.some(page => bare(page.text).includes(bare(TITLE))), pages.map(page => page.text).join('\n')).toBe(true)
  const fonts = pdfFonts(pdfPath())
  expect(fonts.length).toBeGreaterThan(0)
  for (const font of fonts) {
    expect.soft(font.embedded, font.name).toBe(true)
    expect.soft(font.name.replace(/^[A-Z]{6}\+/, ''), 'the only typeface is Inter').toMatch(/^Inter-/)
  }
})
