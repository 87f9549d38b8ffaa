// Layout maths for MilestoneTimeline.vue: how many rows and columns, and which text size step,
// so that 1-12 milestones fit the slide's content box. Pure functions: no DOM, no Vue.
// Text is measured by estimate (greedy word wrap with Inter's glyph widths by group), which errs
// on the wide side; nothing is clamped, so a layout that cannot fit says so (`fits: false`).

/** The type scale of styles/tokens.css in rem (`--deck-text-*`); a unit test keeps them equal. */
export const TEXT_REM = { xs: 0.8, sm: 0.95, base: 1.15, lg: 1.4 } as const
export type TextSize = keyof typeof TEXT_REM

/** Slidev renders its 980 px canvas with a 16 px root font size. */
export const ROOT_PX = 16
/** Advance widths of Inter Regular in em, by character group (measured in Chromium); others 0.64. */
const GLYPH_EM: ReadonlyArray<readonly [string, number]> = [
  ['ijlI.,:;\'!| ', 0.29],
  ['ft', 0.34],
  ['r()[]/\\`', 0.4],
  ['-_"^*?{}', 0.5],
  ['abcdeghknopqsuvxyz', 0.59],
  ['ACDGHKNOQUVXY', 0.76],
  ['mwMW%@', 1],
]
/** Semibold and bold set wider than regular. */
const BOLD = 1.04
export type Weight = 'regular' | 'bold'

/** Estimated width in em of `text` in Inter: a little wider than Chromium sets it, by measurement. */
export function textWidthEm(text: string, weight: Weight = 'regular') {
  let em = 0
  for (const char of text)
    em += GLYPH_EM.find(([chars]) => chars.includes(char))?.[1] ?? 0.64
  return em * (weight === 'bold' ? BOLD : 1)
}

/** Lines that `text` takes when wrapped at spaces in `width` px; a word longer than a line breaks. */
export function estimateLines(text: string, rem: number, width: number, weight: Weight = 'regular') {
  const px = rem * ROOT_PX
  const space = textWidthEm(' ', weight) * px
  let lines = 1
  let used = 0
  for (const word of words(text)) {
    const size = textWidthEm(word, weight) * px
    if (used > 0 && used + space + size <= width) {
      used += space + size
      continue
    }
    if (used > 0)
      lines++
    // A word wider than the line wraps anywhere (the components set `overflow-wrap: anywhere`).
    const extra = Math.max(0, Math.ceil(size / width) - 1)
    lines += extra
    used = size - extra * width
  }
  return lines
}

/** Whether some word of `text` is wider than `width` px, so that it must break inside. */
export function breaksWords(text: string, rem: number, width: number, weight: Weight = 'regular') {
  return words(text).some(word => textWidthEm(word, weight) * rem * ROOT_PX > width)
}

function words(text: string) {
  return text.trim().split(/\s+/)
}

/** The space the component has on a slide: 860 x 340 px of the content area. */
export const TIMELINE_BOX = { width: 860, height: 340 } as const

/** Text size steps, largest first: the year and title use `title`, the detail uses `detail`. */
export const TIMELINE_STEPS = [
  { name: 'lg', title: 'lg', detail: 'base' },
  { name: 'md', title: 'base', detail: 'sm' },
  { name: 'sm', title: 'sm', detail: 'xs' },
  { name: 'xs', title: 'xs', detail: 'xs' },
] as const satisfies ReadonlyArray<{ name: string, title: TextSize, detail: TextSize }>
export type TimelineStep = (typeof TIMELINE_STEPS)[number]['name']

/** Fixed geometry in px, mirrored by the component's CSS. */
export const TIMELINE_GEOMETRY = {
  /** Space to the right of each entry's text, inside its column, so the line stays unbroken. */
  gutter: 16,
  rowGap: 16,
  /** Below the year, which sits on the line, and below the title. */
  yearGap: 4,
  titleGap: 4,
} as const

export interface TimelineEntry { title: string, detail: string }

export interface TimelineLayout {
  rows: number
  columns: number
  step: TimelineStep
  /** Estimated height in px; at most the box height when `fits`. */
  height: number
  fits: boolean
  /** Some word is wider than its column and breaks inside (only when no other layout avoids it). */
  breaksWords: boolean
}

type Step = (typeof TIMELINE_STEPS)[number]

/** Row counts to try: one row up to 6 entries, then 2 or 3 rows, each with distinct columns. */
export function candidateGrids(count: number) {
  const grids: Array<{ rows: number, columns: number }> = []
  for (let rows = count <= 6 ? 1 : 2; rows <= Math.min(3, count); rows++) {
    const columns = Math.ceil(count / rows)
    if (!grids.some(g => g.columns === columns))
      grids.push({ rows: Math.ceil(count / columns), columns })
  }
  return grids
}

/** Estimated height in px of one entry in a column `width` px wide. */
export function entryHeight(entry: TimelineEntry, step: Step, width: number) {
  const { gutter, yearGap, titleGap } = TIMELINE_GEOMETRY
  const text = width - gutter
  const title = TEXT_REM[step.title] * ROOT_PX
  const detail = TEXT_REM[step.detail] * ROOT_PX
  return title * 1.25 + yearGap // dot, year, "Strain" badge and line, on one row
    + estimateLines(entry.title, TEXT_REM[step.title], text, 'bold') * title * 1.2 + titleGap
    + estimateLines(entry.detail, TEXT_REM[step.detail], text) * detail * 1.35
}

/** Height in px of `entries` laid out `columns` wide, each row as tall as its tallest entry. */
export function gridHeight(entries: readonly TimelineEntry[], columns: number, step: Step, width: number) {
  const columnWidth = width / columns
  let height = 0
  for (let start = 0; start < entries.length; start += columns) {
    const row = entries.slice(start, start + columns).map(e => entryHeight(e, step, columnWidth))
    height += Math.max(...row) + (start > 0 ? TIMELINE_GEOMETRY.rowGap : 0)
  }
  return height
}

/**
 * Candidates in order of preference: larger text and fewer rows, where each row beyond the fewest
 * costs as much as one text step down, and a tie goes to fewer rows. The first that fits without
 * breaking a word inside wins; else the first that fits; else, at the smallest step, the lowest,
 * with `fits: false`, which the caller reports rather than clipping text.
 */
export function timelineLayout(entries: readonly TimelineEntry[], box: { width: number, height: number } = TIMELINE_BOX): TimelineLayout {
  const grids = candidateGrids(entries.length)
  const candidates = TIMELINE_STEPS.flatMap((step, s) => grids.map(({ rows, columns }, g) => {
    const text = box.width / columns - TIMELINE_GEOMETRY.gutter
    const height = gridHeight(entries, columns, step, box.width)
    const breaks = entries.some(e => breaksWords(e.title, TEXT_REM[step.title], text, 'bold') || breaksWords(e.detail, TEXT_REM[step.detail], text))
    return { rows, columns, step: step.name, height, fits: height <= box.height, breaksWords: breaks, cost: s + g }
  })).sort((a, b) => a.cost - b.cost || a.rows - b.rows)
  const smallest = candidates.filter(c => c.step === 'xs').sort((a, b) => a.height - b.height)[0]
  const { cost: _, ...layout } = candidates.find(c => c.fits && !c.breaksWords) ?? candidates.find(c => c.fits) ?? smallest
    ?? { rows: 0, columns: 0, step: 'lg', height: 0, fits: true, breaksWords: false, cost: 0 }
  return layout
}
