// The handout: a portrait page per slide, the slide on top and its speaker notes below.
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { deck, plainNote, squash } from '../support/deck.ts'
import { EXPORTS } from '../support/paths.ts'
import { pdfFonts, readPdf, renderPage } from '../support/pdf.ts'
import { wordsMissingInOrder } from '../support/words.ts'

const file = join(EXPORTS, `${deck.exportFilename}-handout.pdf`)
let handout: Awaited<ReturnType<typeof readPdf>>
// Read when the tests run: the build project writes the handout after Playwright loads this file.
test.beforeAll(async () => {
  handout = await readPdf(file)
})

test('one portrait page per slide', () => {
  expect(handout.pages).toHaveLength(deck.slides.length)
  for (const page of handout.pages)
    expect.soft(page.height).toBeGreaterThan(page.width)
})

test('each page holds its slide and that slide\'s notes', () => {
  for (const slide of deck.slides) {
    const text = squash(handout.pages[slide.no - 1]!.text)
    expect.soft(slide.note.length, `slide ${slide.no} has notes`).toBeGreaterThan(40)
    // The slide itself (embedded from the deck PDF) and every paragraph of its notes.
    expect.soft(text, `slide ${slide.no} title`).toContain(squash(slide.title))
    for (const paragraph of plainNote(slide.note).split(/\n\s*\n/).filter(p => p.trim()))
      expect.soft(text, `slide ${slide.no} notes`).toContain(squash(paragraph))
  }
})

test('every word of every note is in the handout, in order', () => {
  const text = handout.pages.map(page => page.text).join(' ')
  const notes = deck.slides.map(slide => plainNote(slide.note)).join(' ')
  expect(notes.split(/\s+/).length).toBeGreaterThan(300)
  expect(wordsMissingInOrder(notes, text)).toEqual([])
})

test('metadata, language and tags', () => {
  expect(handout.info.Title).toContain(deck.title)
  expect(handout.lang).toBe(deck.lang)
  expect(handout.markInfo?.Marked).toBe(true)
  for (const font of pdfFonts(file))
    expect.soft(font.name.replace(/^[A-Z]{6}\+/, '')).toMatch(/^Inter-/)
})

test('each handout page looks as it did when last reviewed', () => {
  for (const [i] of handout.pages.entries())
    expect.soft(renderPage(file, i + 1, 40)).toMatchSnapshot(`handout-page-${String(i + 1).padStart(2, '0')}.png`)
})
