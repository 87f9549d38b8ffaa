// Fit maths for MilestoneTimeline.vue: a vertical stack or a grid of rows and columns, and which
// text step, so that 1-12 milestones fit the slide's content box. Runs in Node at build time (the
// deck-data plugin); the component gets the decision as plain data. Nothing is clipped: a layout
// that cannot fit says so (`fits: false`), and the data check refuses it.
import type { Box, TextSize } from './geometry.ts'
import type { Measure, TextStyle, Weight } from './text.ts'
import { px, TIMELINE } from './geometry.ts'
import { breaksWords, lineCount } from './text.ts'

export type TimelineStep = (typeof TIMELINE.steps)[number]
export type TimelineStepName = TimelineStep['name']

/** The word on a strain entry's badge. */
export const STRAIN_LABEL = 'Strain'

export interface TimelineEntry { title: string, detail: string, kind?: 'growth' | 'strain' }

export interface TimelineLayout {
  /** `stack`: one entry per row along a vertical line; `grid`: rows of entries along horizontal lines. */
  kind: 'stack' | 'grid'
  rows: number
  columns: number
  step: TimelineStepName
  /** Estimated height in px, unzoomed; at most the box height when `fits`. */
  height: number
  fits: boolean
  /** Some word is wider than its column and breaks inside (only when no other layout avoids it). */
  breaksWords: boolean
}

const style = (size: TextSize, weight: Weight): TextStyle => ({ size: px(size), weight })
const titleStyle = (step: TimelineStep) => style(step.title, 600)
const detailStyle = (step: TimelineStep) => style(step.detail, 400)

/** Grids to try for more than `stackMax` entries: 2 or 3 rows, each with distinct columns; fewer stack. */
export function candidateGrids(count: number) {
  const grids: Array<{ rows: number, columns: number }> = []
  if (count <= TIMELINE.stackMax)
    return grids
  for (let rows = 2; rows <= 3; rows++) {
    const columns = Math.ceil(count / rows)
    if (!grids.some(g => g.columns === columns))
      grids.push({ rows: Math.ceil(count / columns), columns })
  }
  return grids
}

/** Height in px of an entry's title and detail, set `width` px wide, the gap between them included. */
function textHeight(entry: TimelineEntry, step: TimelineStep, width: number, measure: Measure) {
  const { titleGap, lineHeight } = TIMELINE
  return lineCount(entry.title, titleStyle(step), width, measure) * px(step.title) * lineHeight.title + titleGap
    + lineCount(entry.detail, detailStyle(step), width, measure) * px(step.detail) * lineHeight.detail
}

/** Height in px of one grid entry in a column `width` px wide: the year row, then its text. */
function entryHeight(entry: TimelineEntry, step: TimelineStep, width: number, measure: Measure) {
  const { gutter, yearGap, lineHeight } = TIMELINE
  return px(step.title) * lineHeight.gridYear + yearGap + textHeight(entry, step, width - gutter, measure)
}

/** Height in px of `entries` laid out `columns` wide, each row as tall as its tallest entry. */
export function gridHeight(entries: readonly TimelineEntry[], columns: number, step: TimelineStep, width: number, measure: Measure) {
  const columnWidth = width / columns
  let height = 0
  for (let start = 0; start < entries.length; start += columns) {
    const row = entries.slice(start, start + columns).map(e => entryHeight(e, step, columnWidth, measure))
    height += Math.max(...row) + (start > 0 ? TIMELINE.rowGap : 0)
  }
  return height
}

/** Width and height in px of the "Strain" badge. */
function badgeBox(measure: Measure) {
  const { size, padEm, border, lineHeight } = TIMELINE.badge
  return { width: measure(STRAIN_LABEL, px(size), 600) + 2 * padEm * px(size) + 2 * border, height: px(size) * lineHeight + 2 * border }
}

/** Width in px left for titles and details in a stack `width` px wide. */
export function stackTextWidth(entries: readonly TimelineEntry[], step: TimelineStep, width: number, measure: Measure) {
  const { rail, columnGap } = TIMELINE
  // Years have four digits (data/schema.ts) in tabular figures: '0000' is as wide as any of them.
  const year = measure('0000', px(step.title), 700)
  const column = Math.max(year, entries.some(e => e.kind === 'strain') ? badgeBox(measure).width : 0)
  return width - rail - column - columnGap
}

/** Estimated height in px of `entries` stacked one per row in a box `width` px wide. */
export function stackHeight(entries: readonly TimelineEntry[], step: TimelineStep, width: number, measure: Measure) {
  const { stackGap, badgeGap, lineHeight } = TIMELINE
  const text = stackTextWidth(entries, step, width, measure)
  const year = px(step.title) * lineHeight.title
  return entries.reduce((sum, entry, i) => sum + (i > 0 ? stackGap : 0) + Math.max(
    textHeight(entry, step, text, measure),
    year + (entry.kind === 'strain' ? badgeGap + badgeBox(measure).height : 0),
  ), 0)
}

/**
 * Up to `stackMax` entries stack along a vertical line at the largest step that fits. More go in
 * a grid, in order of preference: larger text and fewer rows, where each row beyond the fewest
 * costs as much as one text step down, and a tie goes to fewer rows. Either way the first
 * candidate that fits without breaking a word inside wins; else the first that fits; else the
 * shortest at the smallest step, `fits: false`, which the data check refuses.
 */
export function timelineLayout(entries: readonly TimelineEntry[], box: Box, measure: Measure): TimelineLayout {
  if (entries.length === 0)
    return { kind: 'stack', rows: 0, columns: 0, step: 'lg', height: 0, fits: true, breaksWords: false }
  const breaks = (step: TimelineStep, width: number) => entries.some(e =>
    breaksWords(e.title, titleStyle(step), width, measure) || breaksWords(e.detail, detailStyle(step), width, measure))
  const candidate = (kind: TimelineLayout['kind'], rows: number, columns: number, step: TimelineStep, cost: number) => {
    const height = kind === 'stack' ? stackHeight(entries, step, box.width, measure) : gridHeight(entries, columns, step, box.width, measure)
    const text = kind === 'stack' ? stackTextWidth(entries, step, box.width, measure) : box.width / columns - TIMELINE.gutter
    return { kind, rows, columns, step: step.name, height, fits: height <= box.height, breaksWords: breaks(step, text), cost }
  }
  const candidates = entries.length <= TIMELINE.stackMax
    ? TIMELINE.steps.map((step, s) => candidate('stack', entries.length, 1, step, s))
    : TIMELINE.steps.flatMap((step, s) => candidateGrids(entries.length).map(({ rows, columns }, g) => candidate('grid', rows, columns, step, s + g)))
        .sort((a, b) => a.cost - b.cost || a.rows - b.rows)
  const smallest = TIMELINE.steps.at(-1)!.name
  const best = candidates.find(c => c.fits && !c.breaksWords) ?? candidates.find(c => c.fits)
    ?? candidates.filter(c => c.step === smallest).sort((a, b) => a.height - b.height)[0]!
  const { cost: _, ...layout } = best
  return layout
}
