// The click-step PDF, for presenting from a PDF viewer: a page per click step, and an outline
// that opens each slide at its first step.
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { data, deck, pageHeadings, slideFrom, squash } from '../support/deck.ts'
import { EXPORTS } from '../support/paths.ts'
import { openPdf, pdfFonts, readPdf } from '../support/pdf.ts'

const file = join(EXPORTS, `${deck.exportFilename}-steps.pdf`)
let steps: Awaited<ReturnType<typeof readPdf>>
// Read when the tests run: the build project writes the PDF after Playwright loads this file.
test.beforeAll(async () => {
  steps = await readPdf(file)
})
// Each slide has one page plus one per [click] marker in its notes (a site test checks the
// markers against the slide's clicks), so its first page follows the earlier slides' pages.
const firstPage = deck.slides.map((_, i) => deck.slides.slice(0, i).reduce((sum, s) => sum + 1 + s.noteClicks, 0))

test('one page per click step', () => {
  expect(steps.pages).toHaveLength(deck.slides.reduce((sum, slide) => sum + 1 + slide.noteClicks, 0))
  for (const slide of deck.slides) {
    for (let step = 0; step <= slide.noteClicks; step++)
      expect.soft(squash(steps.pages[firstPage[slide.no - 1]! + step]!.text), `slide ${slide.no} step ${step}`).toContain(squash(slide.title))
  }
})

test('the timeline shows one more milestone on each of its pages', () => {
  const slide = slideFrom('pages/04-milestones.md')
  expect(slide.noteClicks).toBe(data.timeline.milestones.length)
  for (let step = 0; step <= slide.noteClicks; step++) {
    const text = squash(steps.pages[firstPage[slide.no - 1]! + step]!.text)
    const shown = data.timeline.milestones.filter(m => text.includes(squash(m.title)))
    expect.soft(shown.map(m => m.title), `step ${step}`).toEqual(data.timeline.milestones.slice(0, step).map(m => m.title))
  }
})

test('outline: an entry per slide, nested under its section, pointing at its first step', async () => {
  const doc = await openPdf(file)
  interface Item { title: string, dest: unknown, items: Item[] }
  const flat: Array<{ title: string, page: number, depth: number }> = []
  const walk = async (items: Item[], depth: number) => {
    for (const item of items) {
      const dest = (typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest) as [{ num: number, gen: number }]
      flat.push({ title: item.title, page: await doc.getPageIndex(dest[0]), depth })
      await walk(item.items, depth + 1)
    }
  }
  await walk(((await doc.getOutline()) ?? []) as Item[], 0)
  await doc.destroy()
  // Depth from the page files' headings: `#` opens a section, `##` nests in it.
  const headings = pageHeadings()
  expect(headings).toHaveLength(deck.slides.length)
  expect(flat).toEqual(headings.map((heading, i) => ({ title: heading.title, page: firstPage[i], depth: heading.level === 1 || i === 0 ? 0 : 1 })))
})

test('tagged, in the deck\'s fonts, with the main PDF\'s metadata', async () => {
  const main = await readPdf(join(EXPORTS, `${deck.exportFilename}.pdf`))
  expect(steps.markInfo?.Marked).toBe(true)
  expect(steps.pages.every(page => [...page.roles].some(role => /^H[1-6]$/.test(role)))).toBe(true)
  for (const font of pdfFonts(file)) {
    expect.soft(font.embedded, font.name).toBe(true)
    expect.soft(font.name.replace(/^[A-Z]{6}\+/, '')).toMatch(/^Inter-/)
  }
  expect(steps.info.Title).toContain(deck.title)
  for (const key of ['Author', 'Subject', 'Keywords'])
    expect.soft(steps.info[key], key).toBe(main.info[key])
  expect(steps.lang).toBe(main.lang)
})
