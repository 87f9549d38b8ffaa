// The geometry is written once: a copy of the deck with another canvas and one type step changed
// in layout/geometry.ts changes what is drawn (and so what the slide check measures; both
// changes in one copy, one build).
import { join } from 'node:path'
import { loadDeck } from '../../tooling/deck-summary.ts'
import { serveStatic } from '../../tooling/serve.ts'
import { slideSelector } from '../../tooling/slidev/index.ts'
import { readPdf } from '../support/pdf.ts'
import { expect, run, test } from '../support/sandbox.ts'

test('another canvasWidth in slides.md and a type step in layout/geometry.ts change the slides and the PDF together', async ({ box, page }) => {
  test.setTimeout(240_000)
  box.edit('slides.md', text => text.replace(/^canvasWidth: 980$/m, 'canvasWidth: 1280'))
  // The step the timeline's titles use: 1.4rem -> 1.35rem (smaller, so nothing overflows; well
  // above the body size the build's legibility check asks for).
  box.edit('layout/geometry.ts', text => text.replace(/^ {2}'lg': 1\.4,$/m, '  \'lg\': 1.35,'))

  const built = await run(box.dir, 'tsx', ['scripts/deck.ts', 'build', '--out', 'dist', '--exports', 'exports', '--format', 'pdf'], {}, 200_000)
  expect(built.code, built.output).toBe(0)
  const deck = await loadDeck(box.dir)
  // 1280 px wide at 16:9 is 720 px tall; a CSS px is 0.75 pt.
  const pdf = await readPdf(join(box.dir, 'exports', `${deck.exportFilename}.pdf`))
  expect(pdf.pages[0]).toMatchObject({ width: 960, height: 540 })

  const server = await serveStatic({ dir: join(box.dir, 'dist') })
  try {
    await page.setViewportSize({ width: 1280, height: 720 })
    await page.goto(`${server.url}1`)
    await expect.poll(() => page.locator(slideSelector(1)).evaluate(el => [(el as HTMLElement).offsetWidth, (el as HTMLElement).offsetHeight])).toEqual([1280, 720])
    const slide = deck.slides.find(s => s.content.includes('<MilestoneTimeline'))!
    await page.goto(`${server.url}${slide.no}?clicks=99`)
    // 1.35rem at Slidev's 16 px root (it was 22.4 px).
    await expect.poll(() => page.locator(`${slideSelector(slide.no)} .timeline .title`).first().evaluate(el => getComputedStyle(el).fontSize)).toBe('21.6px')
  }
  finally {
    await server.close()
  }
})
