// Fit maths for the friction point slides: FrictionPoints.vue (the overview, one numbered title
// per point, stacked) and FrictionPoint.vue (one point on its own slide, full width), at fixed
// sizes. Runs in Node at build time; the data check refuses text that would run off a slide.
import type { Friction } from '../data/schema.ts'
import type { Box } from './geometry.ts'
import type { Measure } from './text.ts'
import { FRICTIONS, px } from './geometry.ts'
import { lineCount } from './text.ts'

export interface FrictionLayout {
  /** Estimated height in px of the overview; at most the box height when `fits`. */
  height: number
  /** Estimated height in px of each point's own slide. */
  points: number[]
  /** The overview and every point's slide fit the box. */
  fits: boolean
}

/** Height in px of one point's own slide: the claim under a rule, then the specifics. */
export function frictionPointHeight(friction: Friction, box: Box, measure: Measure) {
  const g = FRICTIONS
  const claim = { size: px(g.claim), weight: 400 } as const
  const text = { size: px(g.text), weight: 400 } as const
  return g.rule + g.padTop
    + lineCount(friction.claim, claim, box.width, measure) * px(g.claim) * g.lineHeight.claim + g.claimGap
    + friction.specifics.reduce((sum, s) => sum + lineCount(s, text, box.width - g.indent, measure) * px(g.text) * g.lineHeight.text + g.specificGap, 0)
}

export function frictionLayout(frictions: readonly Friction[], box: Box, measure: Measure): FrictionLayout {
  const g = FRICTIONS
  const title = { size: px(g.title), weight: 600 } as const
  const titleLine = px(g.title) * g.lineHeight.title
  // Each title under a rule, its number in front; the title wraps in the space left beside it.
  const height = frictions.reduce((sum, f, i) => {
    const number = measure(String(i + 1), px(g.number), 700) + g.numberGap
    return sum + (i > 0 ? g.overviewGap : 0) + g.rule + g.padTop + lineCount(f.title, title, box.width - number, measure) * titleLine
  }, 0)
  const points = frictions.map(f => frictionPointHeight(f, box, measure))
  return { height, points, fits: height <= box.height && points.every(h => h <= box.height) }
}
