// The slide images: one per slide, twice the canvas size, the same picture as the PDF's page.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { PNG } from 'pngjs'
import { deck } from '../support/deck.ts'
import { EXPORTS } from '../support/paths.ts'

const dir = join(EXPORTS, 'png')
let names: string[]
// Read when the tests run: the build project writes the images after Playwright loads this file.
test.beforeAll(() => {
  names = readdirSync(dir).sort()
})
const size = { width: deck.canvas.width * 2, height: deck.canvas.height * 2 }

test('one image per slide, named by number and title', () => {
  expect(names).toHaveLength(deck.slides.length)
  for (const [i, name] of names.entries()) {
    const firstWord = deck.slides[i]!.title.toLowerCase().match(/[a-z0-9]+/)![0]
    expect.soft(name, `slide ${i + 1}`).toMatch(new RegExp(`^${String(i + 1).padStart(2, '0')}-${firstWord}(?:-[a-z0-9]+)*\\.png$`))
  }
})

/** Mean grey level of each 16 x 16 px block, row by row. */
function blockMeans(image: PNG, block = 16) {
  const means: number[] = []
  for (let by = 0; by + block <= image.height; by += block) {
    for (let bx = 0; bx + block <= image.width; bx += block) {
      let sum = 0
      for (let y = by; y < by + block; y++) {
        for (let x = bx; x < bx + block; x++) {
          const at = (y * image.width + x) * 4
          sum += image.data[at]! + image.data[at + 1]! + image.data[at + 2]!
        }
      }
      means.push(sum / (3 * block * block))
    }
  }
  return means
}

test('each image is twice the canvas, not blank, and matches its PDF page', () => {
  const pdf = join(EXPORTS, `${deck.exportFilename}.pdf`)
  for (const [i, name] of names.entries()) {
    const image = PNG.sync.read(readFileSync(join(dir, name)))
    expect.soft({ width: image.width, height: image.height }, name).toEqual(size)
    // Not blank: a good share of the pixels differ clearly from the background (the top-left pixel).
    let ink = 0
    for (let at = 0; at < image.data.length; at += 4)
      ink += [0, 1, 2].some(c => Math.abs(image.data[at + c]! - image.data[c]!) > 64) ? 1 : 0
    expect.soft(ink / (image.width * image.height), `${name}: share of ink`).toBeGreaterThan(0.01)
    // The PDF page rendered by poppler at the same size. Chromium and poppler rasterize glyph edges
    // differently (hinting, anti-aliasing; most on large bold headings), so the two are compared in
    // 16 x 16 px blocks: a missing word (a dozen blocks or more) or a shape moved by more than a few
    // pixels changes whole blocks, a glyph's edge does not. Measured here: at most 0.012% of blocks.
    const page = PNG.sync.read(execFileSync('pdftoppm', ['-png', '-f', String(i + 1), '-l', String(i + 1), '-scale-to-x', String(size.width), '-scale-to-y', String(size.height), pdf]))
    const ours = blockMeans(image)
    const theirs = blockMeans(page)
    const unlike = ours.filter((mean, b) => Math.abs(mean - theirs[b]!) > 32).length
    expect.soft(unlike / ours.length, `${name}: share of 16 px blocks unlike the PDF page`).toBeLessThan(0.001)
  }
})
