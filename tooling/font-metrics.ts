// Text widths from the deck's own font files (@fontsource/inter, the files the slides load), read
// with fontkit: advance widths and kerning as the font defines them. Node only: the fit check
// runs at build time, and the browser never loads this.
import type { Font } from 'fontkit'
import type { Measure, Weight } from '../layout/text.ts'
import { createRequire } from 'node:module'
import * as fontkit from 'fontkit'

const require = createRequire(import.meta.url)

/** The font file behind a weight, as styles/index.ts imports it (the Latin subset). */
export function interFile(weight: Weight) {
  return require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff2`)
}

const fonts = new Map<Weight, Font>()
function font(weight: Weight) {
  let face = fonts.get(weight)
  if (!face) {
    face = fontkit.openSync(interFile(weight)) as Font
    fonts.set(weight, face)
  }
  return face
}

const widths = new Map<string, number>()

/**
 * Width in em of `text`, shaped by fontkit with the font's default features (kerning, contextual
 * alternates), as Chromium shapes it. A character the Latin subset lacks is drawn by a fallback
 * font in the browser; it counts as 1em, wider than any Latin letter of Inter.
 */
export function widthEm(text: string, weight: Weight) {
  const key = `${weight}\u0000${text}`
  let em = widths.get(key)
  if (em === undefined) {
    const face = font(weight)
    const run = face.layout(text)
    const missing = run.glyphs.filter(glyph => glyph.id === 0).length
    em = (run.positions.reduce((sum, p, i) => sum + (run.glyphs[i]!.id === 0 ? 0 : p.xAdvance), 0) / face.unitsPerEm) + missing
    widths.set(key, em)
  }
  return em
}

/** The deck's Measure: width in px of `text` in Inter at `size` px. */
export const measureInter: Measure = (text, size, weight) => widthEm(text, weight) * size
