// Letters of other scripts that Inter has (its latin-ext, greek and cyrillic subsets, loaded by
// unicode-range) are drawn in Inter: a milestone titled in Polish, Czech, Greek and Russian passes
// every check and exports with Inter embedded and no other font. One export of one copy; the
// emoji that Inter lacks is refused before any build (tests/unit/deck-data.test.ts).
import { join } from 'node:path'
import { deck } from '../support/deck.ts'
import { pdfFonts, readPdf } from '../support/pdf.ts'
import { expect, run, test } from '../support/sandbox.ts'

const TITLE = 'Łódź-Říjen Αθήνα-Москва'

test('a milestone titled in four scripts exports in Inter and nothing else', async ({ box }) => {
  test.setTimeout(240_000)
  box.edit('data/milestones.json', text => text.replace('"GPT-3 launch"', JSON.stringify(TITLE)))
  const result = await run(box.dir, 'tsx', ['scripts/deck.ts', 'export', '--format', 'pdf'], {}, 220_000)
  expect(result.code, result.output).toBe(0)
  const pdf = join(box.dir, 'exports', `${deck.exportFilename}.pdf`)
  // The title is in the PDF's text, so the fonts below are the ones it was drawn in. Spaces are
  // left out of the comparison: pdf.js puts one between runs of different embedded subsets.
  const bare = (text: string) => text.replace(/\s+/g, '')
  const { pages } = await readPdf(pdf)
  expect(pages.some(page => bare(page.text).includes(bare(TITLE))), pages.map(page => page.text).join('\n')).toBe(true)
  const fonts = pdfFonts(pdf)
  expect(fonts.length).toBeGreaterThan(0)
  for (const font of fonts) {
    expect.soft(font.embedded, font.name).toBe(true)
    expect.soft(font.name.replace(/^[A-Z]{6}\+/, ''), 'the only typeface is Inter').toMatch(/^Inter-/)
  }
})
