// The PowerPoint file, read as its recipient would: by a parser (what PowerPoint's outline, notes
// pane, accessibility checker and file properties show) and by LibreOffice, converted to PDF
// with a fallback font, since Inter is not installed where it runs.
import type { TextLine } from '../support/libreoffice.ts'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { deck, plainNote, squash } from '../support/deck.ts'
import { convertToPdf, textLines } from '../support/libreoffice.ts'
import { EXPORTS } from '../support/paths.ts'
import { pdfFonts, readPdf } from '../support/pdf.ts'
import { readPptx } from '../support/pptx.ts'

const file = join(EXPORTS, `${deck.exportFilename}.pptx`)
let pptx: Awaited<ReturnType<typeof readPptx>>
// Read when the tests run: the build project writes the file after Playwright loads this file.
test.beforeAll(async () => {
  pptx = await readPptx(file)
})

test('one slide per deck slide, each with its title in a title placeholder', () => {
  expect(pptx.slides).toHaveLength(deck.slides.length)
  for (const [i, slide] of pptx.slides.entries())
    expect.soft(slide.title.replace(/\s+/g, ' '), `slide ${i + 1}`).toBe(deck.slides[i]!.title)
})

test('slides are editable text in their final click state', () => {
  // The last bullet of a slide with clicks only shows after its last click.
  const cards = deck.slides.find(slide => slide.file === 'pages/06-industry-implications.md')!
  expect(cards.noteClicks).toBeGreaterThan(0)
  expect(squash(pptx.slides[cards.no - 1]!.texts.join(''))).toContain(squash('Partnerships this significant draw antitrust scrutiny globally.'))
})

test('notes: the deck\'s notes as plain text, no click markers, Markdown or HTML', () => {
  for (const [i, slide] of pptx.slides.entries()) {
    const notes = slide.notes.join('\n')
    expect.soft(squash(notes), `slide ${i + 1}`).toBe(squash(plainNote(deck.slides[i]!.note)))
    expect.soft(notes, `slide ${i + 1}`).not.toMatch(/\[click|<\/?[a-z]|\*\*|`|^#/im)
    // One notes paragraph per paragraph of the source.
    expect.soft(slide.notes.length, `slide ${i + 1} paragraphs`).toBe(deck.slides[i]!.note.split(/\n\s*\n/).length)
  }
})

test('every picture has alt text that describes it', () => {
  // The pictures the slides hold, counted in their source: Mermaid blocks and the cover motif.
  for (const slide of deck.slides) {
    const diagrams = [...slide.content.matchAll(/```mermaid[^\n]*\n([\s\S]*?)```/g)].map(m => m[1]!)
    const motifs = (slide.content.match(/<CoverMotif\b/g) ?? []).length
    const pictures = pptx.slides[slide.no - 1]!.pictures
    expect.soft(pictures, `slide ${slide.no} pictures`).toHaveLength(diagrams.length + motifs)
    for (const alt of pictures) {
      expect.soft(alt.length, `slide ${slide.no} alt text`).toBeGreaterThan(40)
      expect.soft(alt, `slide ${slide.no} alt text`).not.toMatch(/Rendered as an image|\.(?:png|svg)\b/)
    }
    // A diagram's alt text is the title and description written in its Mermaid block.
    for (const diagram of diagrams) {
      const title = /^\s*accTitle:(.+)$/m.exec(diagram)?.[1]?.trim()
      expect.soft(title, `${slide.file}: accTitle`).toBeTruthy()
      expect.soft(pictures.some(alt => alt.includes(title!)), `slide ${slide.no}: "${title}"`).toBe(true)
    }
  }
})

test('document properties: title, author, subject, keywords, language', () => {
  expect(pptx.properties.title).toBe(deck.title)
  expect(pptx.properties.author).toBe(deck.author)
  expect(pptx.properties.subject).toBe(deck.info)
  for (const keyword of deck.keywords.split(','))
    expect.soft(pptx.properties.keywords).toContain(keyword.trim())
  expect(pptx.properties.language).toBe(deck.lang)
})

test.describe('opened by LibreOffice, without Inter', () => {
  let dir: string
  let pdf: string
  test.beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'deck-pptx-test-'))
    pdf = convertToPdf(file, dir)
  })
  test.afterAll(() => rmSync(dir, { recursive: true, force: true }))

  test('one page per slide, each with its title', async () => {
    const read = await readPdf(pdf)
    expect(read.pages).toHaveLength(deck.slides.length)
    for (const [i, page] of read.pages.entries())
      expect.soft(squash(page.text), `page ${i + 1}`).toContain(squash(deck.slides[i]!.title))
    // The premise: LibreOffice set the text in a fallback font, not in Inter.
    const fonts = pdfFonts(pdf).map(font => font.name)
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.filter(name => /Inter/.test(name)), 'Inter is installed here, so the fallback is not tested').toEqual([])
  })

  test('no text runs into other text', () => {
    const lines = textLines(pdf)
    expect(lines.length).toBeGreaterThan(deck.slides.length * 3)
    const clash = (a: TextLine, b: TextLine) => {
      // Glyph boxes of neighbouring lines touch at the ascenders and descenders; a real clash overlaps more.
      const x = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)
      const y = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0)
      return x > 1 && y > 0.25 * Math.min(a.y1 - a.y0, b.y1 - b.y0)
    }
    const clashes: string[] = []
    for (const [i, a] of lines.entries()) {
      for (const b of lines.slice(i + 1)) {
        if (a.page === b.page && clash(a, b))
          clashes.push(`page ${a.page}: "${a.text}" and "${b.text}"`)
      }
    }
    expect(clashes).toEqual([])
  })
})
