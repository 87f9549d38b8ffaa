// The exported PDF: what gets mailed to people who were not in the room.
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { flat } from '../article/check.ts'
import { SECTIONS } from '../article/facts.ts'
import { data, deck, expectedOutline, mermaidLabels, slideFrom, squash } from '../support/deck.ts'
import { EXPORTS } from '../support/paths.ts'
import { pdfFonts, readPdf, renderPage } from '../support/pdf.ts'

const file = join(EXPORTS, `${deck.exportFilename}.pdf`)
let pdf: Awaited<ReturnType<typeof readPdf>>
// Read when the tests run: the build project writes the PDF after Playwright loads this file.
test.beforeAll(async () => {
  pdf = await readPdf(file)
})
const pageOf = (slideFile: string) => pdf.pages[slideFrom(slideFile).no - 1]!
/** The page of the slide that shows the scenario comparison (the road ahead's second slide). */
const tablePage = () => pdf.pages[deck.slides.find(s => s.content.includes('<ScenarioComparison'))!.no - 1]!

test('one 16:9 page per slide, none blank, each with its slide title', () => {
  expect(pdf.pages).toHaveLength(deck.slides.length)
  for (const [i, page] of pdf.pages.entries()) {
    expect.soft(page.width / page.height, `page ${i + 1} aspect`).toBeCloseTo(16 / 9, 2)
    expect.soft(page.text.length, `page ${i + 1} has text`).toBeGreaterThan(20)
    expect.soft(squash(page.text), `page ${i + 1} title`).toContain(squash(deck.slides[i]!.title))
  }
})

test('the timeline page holds every milestone year and title', () => {
  const text = squash(pageOf('pages/04-milestones.md').text)
  for (const milestone of data.timeline.milestones) {
    expect.soft(text).toContain(String(milestone.year))
    expect.soft(text).toContain(squash(milestone.title))
  }
})

test('the scenario page holds every scenario, dimension and cell', () => {
  const text = squash(tablePage().text)
  for (const label of data.comparison.text.rowLabels)
    expect.soft(text).toContain(squash(label))
  for (const scenario of data.comparison.text.columns) {
    expect.soft(text).toContain(squash(scenario.name))
    for (const cell of scenario.cells)
      expect.soft(text).toContain(squash(cell))
  }
})

test('Mermaid diagrams are vector, with their labels as text', () => {
  const withDiagrams = deck.slides.filter(s => s.content.includes('```mermaid'))
  expect(withDiagrams.length).toBeGreaterThanOrEqual(2)
  for (const slide of withDiagrams) {
    const labels = mermaidLabels(slide.content)
    expect(labels.length, `labels parsed from ${slide.file}`).toBeGreaterThan(2)
    for (const label of labels)
      expect.soft(squash(pdf.pages[slide.no - 1]!.text), `slide ${slide.no}`).toContain(squash(label))
  }
})

test('metadata: title, author, subject, keywords, language', () => {
  expect(pdf.info.Title).toBe(deck.title)
  expect(pdf.info.Author).toBe(deck.author)
  expect(pdf.info.Subject).toBe(deck.info)
  for (const keyword of deck.keywords.split(','))
    expect(pdf.info.Keywords).toContain(keyword.trim())
  expect(pdf.lang).toBe(deck.lang)
  // Only a PDF exported past the content checks (--allow-warnings) carries their note.
  expect(pdf.info.Keywords).not.toContain('--allow-warnings')
  expect(pdf.info.Custom).toBeUndefined()
})

test('outline: one entry per article section, in order, with its slides nested', () => {
  const outline = pdf.outline.map(entry => ({ title: entry.title, children: entry.children.map(child => child.title) }))
  expect(outline).toEqual(expectedOutline())
  // The article's sections are entries of their own.
  for (const section of SECTIONS)
    expect.soft(outline.some(entry => section.shown.every(phrase => flat(entry.title).includes(flat(phrase)))), section.fact).toBe(true)
})

test('fonts: all embedded, all from the deck\'s typeface, no fallback family', () => {
  const fonts = pdfFonts(file)
  expect(fonts.length).toBeGreaterThan(0)
  for (const font of fonts) {
    expect.soft(font.embedded, font.name).toBe(true)
    expect.soft(font.name.replace(/^[A-Z]{6}\+/, ''), 'family').toMatch(/^Inter-/)
  }
})

test('tagged: marked content with headings, lists and the comparison table', () => {
  expect(pdf.markInfo?.Marked).toBe(true)
  for (const [i, page] of pdf.pages.entries())
    expect.soft([...page.roles].some(role => /^H[1-6]$/.test(role)), `page ${i + 1} has a heading`).toBe(true)
  const table = tablePage().roles
  for (const role of ['Table', 'TH', 'TD'])
    expect.soft(table.has(role), role).toBe(true)
  expect(pdf.pages.some(page => page.roles.has('L') && page.roles.has('LI'))).toBe(true)
})

test('links on slides are clickable link annotations', () => {
  const expected = deck.slides.flatMap(slide => [...slide.content.matchAll(/href="(https?:[^"]+)"/g)].map(m => ({ no: slide.no, url: m[1]! })))
  expect(expected.length).toBeGreaterThan(0)
  for (const { no, url } of expected)
    expect(pdf.pages[no - 1]!.links.map(l => l.replace(/\/$/, ''))).toContain(url.replace(/\/$/, ''))
})

test('each page looks as it did when last reviewed', () => {
  for (const [i] of pdf.pages.entries())
    expect.soft(renderPage(file, i + 1)).toMatchSnapshot(`deck-page-${String(i + 1).padStart(2, '0')}.png`)
})
