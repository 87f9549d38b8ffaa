// Layout maths for MilestoneTimeline.vue: a vertical stack or a grid of rows and columns, and
// which text size step, so that 1-12 milestones fit the slide's content box. Pure functions: no DOM, no Vue.
// Text is measured by estimate (greedy word wrap with Inter's glyph widths by group), which errs
// on the wide side; nothing is clipped: a layout that cannot fit says so (`fits: false`) and is
// zoomed out to stay on the slide.

/** The type scale of styles/tokens.css in rem (`--deck-text-*`); a unit test keeps them equal. */
export const TEXT_REM = { xs: 0.8, sm: 0.95, base: 1.15, lg: 1.4 } as const
export type TextSize = keyof typeof TEXT_REM

/** Slidev renders its 980 px canvas with a 16 px root font size. */
export const ROOT_PX = 16
/**
 * Advance widths of Inter in em by character group, regular (400) and bold (the larger of 600
 * and 700): each the widest of its group as Chromium sets it, rounded up. Kerning only narrows
 * text, so a sum of these is an upper bound, 2-4% wide on ordinary text. Accented
 * letters count as their base letter; any other character as 1em.
 */
const GLYPH_EM: ReadonlyArray<readonly [string, number, number]> = [
  ['ijl', 0.245, 0.275],
  [' ', 0.285, 0.255],
  ['I!,.:;\'’‘·', 0.305, 0.345],
  ['`\\|tf', 0.335, 0.375],
  ['/()[]r1', 0.41, 0.435],
  ['{}_-–"“”^*?', 0.515, 0.56],
  ['sxkzavy', 0.565, 0.605],
  ['LJce7F', 0.59, 0.6],
  ['nhuoE25bdpqg', 0.615, 0.635],
  ['0346789#$&PRSTZ', 0.65, 0.68],
  ['B+<=>~KXY', 0.685, 0.74],
  ['ACDGHNOQUV€£×', 0.77, 0.78],
  ['mwM', 0.905, 0.935],
  ['%@W—…→½', 1.01, 1.06],
]
const OTHER_EM = 1
export type Weight = 'regular' | 'bold'

/** Estimated width in em of `text` in Inter: at least as wide as Chromium sets it, by measurement. */
export function textWidthEm(text: string, weight: Weight = 'regular') {
  const column = weight === 'bold' ? 2 : 1
  let em = 0
  for (const char of text.normalize('NFD').replace(/\p{M}/gu, ''))
    em += GLYPH_EM.find(([chars]) => chars.includes(char))?.[column] ?? OTHER_EM
  return em
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

/**
 * The space the component has on a slide, measured in the built deck: under a one-line `##`
 * heading the content area runs from y 110 to y 500 (deck.css's bottom padding keeps it above
 * the footer), 860 x 390 px, and deck.css centres the component in it. 360 px of it leaves
 * some air above and below, and room for the estimates to err.
 */
export const TIMELINE_BOX = { width: 860, height: 360 } as const

/** Up to this many entries stack top to bottom along a vertical line; more go in a grid of 2-3 rows. */
export const STACK_MAX = 6

/** Text size steps, largest first: the year and title use `title`, the detail uses `detail`. */
export const TIMELINE_STEPS = [
  { name: 'lg', title: 'lg', detail: 'base' },
  { name: 'md', title: 'base', detail: 'sm' },
  { name: 'sm', title: 'sm', detail: 'xs' },
  { name: 'xs', title: 'xs', detail: 'xs' },
] as const satisfies ReadonlyArray<{ name: string, title: TextSize, detail: TextSize }>
export type TimelineStep = (typeof TIMELINE_STEPS)[number]['name']

/** Fixed geometry in px and line heights, mirrored by the component's CSS. */
export const TIMELINE_GEOMETRY = {
  /** Grid: space to the right of each entry's text, inside its column, so the line stays unbroken. */
  gutter: 16,
  rowGap: 16,
  /** Grid: below the year, which sits on the line. */
  yearGap: 4,
  /** Below the title. */
  titleGap: 4,
  /** Stack: from an entry's left edge to its year, room for the marker on the vertical line. */
  rail: 28,
  /** Stack: between the year column and the text column. */
  columnGap: 20,
  /** Stack: between entries. */
  stackGap: 12,
  /** Stack: between the year and the "Strain" badge under it. */
  badgeGap: 4,
  /** The "Strain" badge: set in xs, with 0.4em of padding and a 1 px border on each side. */
  badge: { size: 'xs', padEm: 0.4, border: 1, lineHeight: 1.3 },
  lineHeight: { title: 1.2, detail: 1.35 },
} as const

/** The word on a strain entry's badge. */
export const STRAIN_LABEL = 'Strain'

export interface TimelineEntry { title: string, detail: string, kind?: 'growth' | 'strain' }

export interface TimelineLayout {
  /** `stack`: one entry per row along a vertical line; `grid`: rows of entries along horizontal lines. */
  kind: 'stack' | 'grid'
  rows: number
  columns: number
  step: TimelineStep
  /** Estimated height in px, unzoomed; at most the box height when `fits`. */
  height: number
  fits: boolean
  /** Some word is wider than its column and breaks inside (only when no other layout avoids it). */
  breaksWords: boolean
  /** CSS zoom: 1 when the layout fits, less when it had to shrink below the type scale. */
  zoom: number
}

type Step = (typeof TIMELINE_STEPS)[number]

/** Grids to try for more than STACK_MAX entries: 2 or 3 rows, each with distinct columns; fewer stack. */
export function candidateGrids(count: number) {
  const grids: Array<{ rows: number, columns: number }> = []
  if (count <= STACK_MAX)
    return grids
  for (let rows = 2; rows <= 3; rows++) {
    const columns = Math.ceil(count / rows)
    if (!grids.some(g => g.columns === columns))
      grids.push({ rows: Math.ceil(count / columns), columns })
  }
  return grids
}

const px = (size: TextSize) => TEXT_REM[size] * ROOT_PX

/** Height in px of an entry's title and detail, set `width` px wide, gap between them included. */
function textHeight(entry: TimelineEntry, step: Step, width: number) {
  const { titleGap, lineHeight } = TIMELINE_GEOMETRY
  return estimateLines(entry.title, TEXT_REM[step.title], width, 'bold') * px(step.title) * lineHeight.title + titleGap
    + estimateLines(entry.detail, TEXT_REM[step.detail], width) * px(step.detail) * lineHeight.detail
}

/** Estimated height in px of one grid entry in a column `width` px wide. */
export function entryHeight(entry: TimelineEntry, step: Step, width: number) {
  const { gutter, yearGap } = TIMELINE_GEOMETRY
  // Dot, year, "Strain" badge and line, on one row.
  return px(step.title) * 1.25 + yearGap + textHeight(entry, step, width - gutter)
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

/** Width and height in px of the "Strain" badge. */
function badgeBox() {
  const { size, padEm, border, lineHeight } = TIMELINE_GEOMETRY.badge
  return { width: (textWidthEm(STRAIN_LABEL, 'bold') + 2 * padEm) * px(size) + 2 * border, height: px(size) * lineHeight + 2 * border }
}

/** Width in px of the stack's year column: its widest year, or the badge when an entry has one. */
export function yearColumnWidth(years: readonly string[], strain: boolean, step: Step) {
  const year = Math.max(0, ...years.map(y => textWidthEm(y, 'bold'))) * px(step.title)
  return Math.max(year, strain ? badgeBox().width : 0)
}

/** Width in px left for titles and details in a stack `width` px wide. */
export function stackTextWidth(entries: readonly TimelineEntry[], step: Step, width: number) {
  const { rail, columnGap } = TIMELINE_GEOMETRY
  // Years have four digits (data/schema.ts); '0000' is as wide as any of them.
  return width - rail - yearColumnWidth(['0000'], entries.some(e => e.kind === 'strain'), step) - columnGap
}

/** Estimated height in px of `entries` stacked one per row in a box `width` px wide. */
export function stackHeight(entries: readonly TimelineEntry[], step: Step, width: number) {
  const { stackGap, badgeGap, lineHeight } = TIMELINE_GEOMETRY
  const text = stackTextWidth(entries, step, width)
  const year = px(step.title) * lineHeight.title
  return entries.reduce((sum, entry, i) => sum + (i > 0 ? stackGap : 0) + Math.max(
    textHeight(entry, step, text),
    year + (entry.kind === 'strain' ? badgeGap + badgeBox().height : 0),
  ), 0)
}

/** A box in px. */
export interface Box { width: number, height: number }

/** Below this zoom a shrunk layout would be unreadable anyway; it overflows instead. */
export const MIN_ZOOM = 0.5

/**
 * The last resort when even the smallest step does not fit: the largest CSS `zoom` (to 0.01,
 * at least MIN_ZOOM) at which a layout `heightAt(width)` px tall fits the box. At zoom z the
 * layout is set in a box 1/z as wide and then drawn z times as large, so its lines are longer.
 */
export function zoomToFit(heightAt: (width: number) => number, box: Box) {
  const fitsAt = (zoom: number) => zoom * heightAt(box.width / zoom) <= box.height
  if (fitsAt(1))
    return 1
  let [low, high] = [MIN_ZOOM, 1]
  for (let i = 0; i < 10; i++) {
    const mid = (low + high) / 2
    if (fitsAt(mid))
      low = mid
    else
      high = mid
  }
  return Math.floor(low * 100) / 100
}

/**
 * Up to STACK_MAX entries stack along a vertical line at the largest step that fits. More go in
 * a grid, in order of preference: larger text and fewer rows, where each row beyond the fewest
 * costs as much as one text step down, and a tie goes to fewer rows. Either way the first
 * candidate that fits without breaking a word inside wins; else the first that fits; else the
 * smallest step, `fits: false`, zoomed out so that all its text stays in the box (to MIN_ZOOM),
 * which the caller reports: nothing is clipped.
 */
export function timelineLayout(entries: readonly TimelineEntry[], box: Box = TIMELINE_BOX): TimelineLayout {
  if (entries.length === 0)
    return { kind: 'stack', rows: 0, columns: 0, step: 'lg', height: 0, fits: true, breaksWords: false, zoom: 1 }
  const breaks = (step: Step, width: number) => entries.some(e =>
    breaksWords(e.title, TEXT_REM[step.title], width, 'bold') || breaksWords(e.detail, TEXT_REM[step.detail], width))
  const candidate = (kind: TimelineLayout['kind'], rows: number, columns: number, step: Step, cost: number) => {
    const heightAt = (width: number) => kind === 'stack' ? stackHeight(entries, step, width) : gridHeight(entries, columns, step, width)
    const text = kind === 'stack' ? stackTextWidth(entries, step, box.width) : box.width / columns - TIMELINE_GEOMETRY.gutter
    const height = heightAt(box.width)
    return { kind, rows, columns, step: step.name, height, fits: height <= box.height, breaksWords: breaks(step, text), zoom: 1, cost, heightAt }
  }
  const candidates = entries.length <= STACK_MAX
    ? TIMELINE_STEPS.map((step, s) => candidate('stack', entries.length, 1, step, s))
    : TIMELINE_STEPS.flatMap((step, s) => candidateGrids(entries.length).map(({ rows, columns }, g) => candidate('grid', rows, columns, step, s + g)))
        .sort((a, b) => a.cost - b.cost || a.rows - b.rows)
  const best = candidates.find(c => c.fits && !c.breaksWords) ?? candidates.find(c => c.fits)
    ?? candidates.filter(c => c.step === 'xs').map(c => ({ ...c, zoom: zoomToFit(c.heightAt, box) })).sort((a, b) => b.zoom - a.zoom || a.height - b.height)[0]!
  const { cost: _, heightAt: __, ...layout } = best
  return layout
}
