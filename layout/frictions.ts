// Fit maths for FrictionPoints.vue: one column per friction point, at fixed sizes. Runs in Node at
// build time; the data check refuses text that would run off the slide.
import type { Friction } from '../data/schema.ts'
import type { Box } from './geometry.ts'
import type { Measure } from './text.ts'
import { FRICTIONS, px } from './geometry.ts'
import { lineCount } from './text.ts'

export interface FrictionLayout {
  /** Estimated height in px of the tallest column; at most the box height when `fits`. */
  height: number
  fits: boolean
}

/** Width in px of one column when `count` points share the box. */
export function frictionColumnWidth(count: number, box: Box) {
  return (box.width - FRICTIONS.columnGap * (Math.max(1, count) - 1)) / Math.max(1, count)
}

export function frictionLayout(frictions: readonly Friction[], box: Box, measure: Measure): FrictionLayout {
  const g = FRICTIONS
  const width = frictionColumnWidth(frictions.length, box)
  const title = { size: px(g.title), weight: 600 } as const
  const text = { size: px(g.text), weight: 400 } as const
  const titleLine = px(g.title) * g.lineHeight.title
  const textLine = px(g.text) * g.lineHeight.text
  const heights = frictions.map((f, i) => {
    // The number sits in front of the title, which wraps in the space left beside it.
    const number = measure(String(i + 1), px(g.number), 700) + g.numberGap
    return g.rule + g.padTop
      + lineCount(f.title, title, width - number, measure) * titleLine + g.titleGap
      + lineCount(f.claim, text, width, measure) * textLine + g.claimGap
      + f.specifics.reduce((sum, s) => sum + lineCount(s, text, width - g.indent, measure) * textLine + g.specificGap, 0)
  })
  const height = Math.max(0, ...heights)
  return { height, fits: height <= box.height }
}
