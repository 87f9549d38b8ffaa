// A note far too long for the room under its slide: the handout continues it on the following
// pages instead of cutting it off, and says so under the slide's heading.
import { join } from 'node:path'
import { deck, plainNote } from '../support/deck.ts'
import { readPdf } from '../support/pdf.ts'
import { expect, run, test } from '../support/sandbox.ts'
import { wordsMissingInOrder } from '../support/words.ts'

test('a 780-word note continues over the following pages, every word printed', async ({ box }) => {
  test.setTimeout(240_000)
  // 60 sentences, each numbered, so a lost one would show which.
  const sentences = Array.from({ length: 60 }, (_, i) => `Sentence ${i + 1} of the long note: the partnership between the two companies keeps changing as both of them grow.`)
  const long = `${sentences.slice(0, 30).join(' ')}\n\n${sentences.slice(30).join(' ')}`
  expect(long.split(/\s+/).length).toBeGreaterThan(780)
  const file = 'pages/02-opening.md'
  box.edit(file, text => text.replace(/\n-->\s*$/, `\n\n${long}\n-->\n`))
  const slide = deck.slides.find(s => s.file === file)!

  const result = await run(box.dir, 'tsx', ['scripts/deck.ts', 'export', '--format', 'pdf'], {}, 200_000)
  expect(result.code, result.output).toBe(0)
  const handout = await readPdf(join(box.dir, 'exports', `${deck.exportFilename}-handout.pdf`))

  // Every word of every note, the long one included, in order.
  const notes = [...deck.slides.map(s => plainNote(s.note)).slice(0, slide.no), long, ...deck.slides.slice(slide.no).map(s => plainNote(s.note))].join(' ')
  expect(wordsMissingInOrder(notes, handout.pages.map(page => page.text).join(' '))).toEqual([])
  // The note runs onto at least one more page, headed by the same slide's title, marked as continued.
  expect(handout.pages.length).toBeGreaterThan(deck.slides.length)
  const continued = handout.pages.filter(page => /continued/i.test(page.text))
  expect(continued.length).toBeGreaterThan(0)
  for (const page of continued)
    expect.soft(page.text).toContain(slide.title)
  expect(handout.pages.at(-1)!.text).toContain(deck.slides.at(-1)!.title)
})
