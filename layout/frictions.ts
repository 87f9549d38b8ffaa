// Layout maths for FrictionPoints.vue: one column per friction point, at fixed sizes. The estimate
// lets the data check refuse text that would run off the slide, before anything renders.
import type { Friction } from '../data/schema.ts'
import { estimateLines, ROOT_PX, TEXT_REM } from './timeline.ts'

/** The space the component has under the slide's heading, in px (as for the other components). */
export const FRICTION_BOX = { width: 860, height: 360 } as const

/** Mirrors FrictionPoints.vue's CSS. */
export const FRICTION_GEOMETRY = {
  columnGap: 24,
  /** Top rule and the padding under it. */
  top: 3 + 12,
  /** The number in front of each title, and the gap after it. */
  number: 18 + 10,
  /** Bullet indent of the specifics. */
  indent: 20,
  titleGap: 10,
  claimGap: 12,
  specificGap: 6.4,
  lineHeight: { title: 1.25, text: 1.4 },
} as const

export interface FrictionLayout { columnWidth: number, height: number, fits: boolean }

export function frictionLayout(frictions: readonly Friction[], box = FRICTION_BOX): FrictionLayout {
  const g = FRICTION_GEOMETRY
  const columns = Math.max(1, frictions.length)
  const columnWidth = (box.width - g.columnGap * (columns - 1)) / columns
  const title = TEXT_REM.lg * ROOT_PX * g.lineHeight.title
  const text = TEXT_REM.sm * ROOT_PX * g.lineHeight.text
  const heights = frictions.map(f => g.top
    + estimateLines(f.title, TEXT_REM.lg, columnWidth - g.number, 'bold') * title + g.titleGap
    + estimateLines(f.claim, TEXT_REM.sm, columnWidth) * text + g.claimGap
    + f.specifics.reduce((sum, s) => sum + estimateLines(s, TEXT_REM.sm, columnWidth - g.indent) * text + g.specificGap, 0))
  const height = Math.max(0, ...heights)
  return { columnWidth, height, fits: height <= box.height }
}
