// Layout maths for ScenarioComparison.vue: column widths and the text size step, so that a table
// of 2-5 scenarios across 1-6 dimensions fits the slide's content box. Pure functions: no DOM.
// Heights are estimates (see timeline-layout.ts); nothing is clipped: a table that cannot fit
// says so (`fits: false`) and is zoomed out to stay on the slide.
import type { Friction, ScenarioComparison } from '../data/schema.ts'
import type { Box, TextSize, Weight } from './timeline.ts'
import { breaksWords, estimateLines, ROOT_PX, TEXT_REM, textWidthEm, zoomToFit } from './timeline.ts'

/**
 * The space the component has on a slide, measured in the built deck: under a one-line `#`
 * heading the content area runs from y 110 to y 500 (deck.css's bottom padding keeps it above
 * the footer), 860 x 390 px, and deck.css centres the component in it. 360 px of it leaves
 * some air above and below, and room for the estimates to err.
 */
export const COMPARISON_BOX = { width: 860, height: 360 } as const

/**
 * Text size steps, largest first: scenario names use `head`; the caption and the summaries under
 * the names, which give context, `summary`; the row headers, cells and lists `body`. The body,
 * what the audience compares, is the last to shrink to the smallest size.
 */
export const COMPARISON_STEPS = [
  { name: 'lg', head: 'lg', summary: 'sm', body: 'base' },
  { name: 'md', head: 'base', summary: 'sm', body: 'sm' },
  { name: 'sm', head: 'base', summary: 'xs', body: 'sm' },
  { name: 'xs', head: 'sm', summary: 'xs', body: 'xs' },
] as const satisfies ReadonlyArray<{ name: string, head: TextSize, summary: TextSize, body: TextSize }>
export type ComparisonStep = (typeof COMPARISON_STEPS)[number]['name']
type Step = (typeof COMPARISON_STEPS)[number]

/** Fixed geometry in px (em where it scales with the text), mirrored by the component's CSS. */
export const COMPARISON_GEOMETRY = {
  padX: 8,
  padY: 5,
  /** Bounds of the row-header column, as a share of the width. */
  labelShare: { min: 0.14, max: 0.22 },
  captionGap: 6,
  nameGap: 4,
  /** Between list items, in em of the body text. */
  listGapEm: 0.2,
  /** A list item's indent, room for its marker, in em of the body text (the deck's 1.25rem at base). */
  listIndentEm: 1.1,
  /** `head`: the caption and the names; `body`: everything else. */
  lineHeight: { head: 1.2, body: 1.3 },
} as const

/** The words of the table, as the component renders them. */
export interface ComparisonText {
  caption: string
  /** Row headers of the dimension rows, top to bottom. */
  rowLabels: string[]
  /** Row header of the last row, whose cells are lists. */
  listLabel: string
  columns: Array<{
    name: string
    summary: string
    /** One per dimension row, in `rowLabels` order. */
    cells: string[]
    /** The last row: one list item each. */
    list: string[]
  }>
}

/** Row header of the last row. */
export const LIST_LABEL = 'Answers friction over'

const COUNT_WORDS = ['No', 'One', 'Two', 'Three', 'Four', 'Five']

/** "Three scenarios for the road ahead", with the count in words. */
export function defaultCaption(count: number) {
  return `${COUNT_WORDS[count] ?? count} scenarios for the road ahead`
}

/** Titles of the friction points each scenario answers, in its order; an unknown id shows as is. */
export function answeredTitles(comparison: ScenarioComparison, frictions: readonly Friction[]) {
  return comparison.scenarios.map(s => s.answers.map(id => frictions.find(f => f.id === id)?.title ?? id))
}

/** The words of the table as ScenarioComparison.vue renders them. */
export function comparisonText(comparison: ScenarioComparison, frictions: readonly Friction[], caption: string): ComparisonText {
  const lists = answeredTitles(comparison, frictions)
  return {
    caption,
    rowLabels: comparison.dimensions.map(d => d.label),
    listLabel: LIST_LABEL,
    columns: comparison.scenarios.map((s, i) => ({
      name: s.name,
      summary: s.summary,
      cells: comparison.dimensions.map(d => s.cells[d.id] ?? ''),
      list: lists[i] ?? [],
    })),
  }
}

export interface ComparisonLayout {
  step: ComparisonStep
  /** CSS widths of the row-header column and of each scenario column. */
  labelWidth: string
  columnWidth: string
  /** Estimated height in px, unzoomed; at most the box height when `fits`. */
  height: number
  fits: boolean
  /** Some word is wider than its cell and breaks inside (only when no other step avoids it). */
  breaksWords: boolean
  /** CSS zoom: 1 when the table fits, less when it had to shrink below the type scale. */
  zoom: number
}

const px = (size: TextSize) => TEXT_REM[size] * ROOT_PX

/**
 * Widths in px to try for the row-header column: each label on one line, and the narrowest
 * bound, all within the share bounds. Wrapping a label costs nothing in a row that its cells
 * make taller anyway, and the width goes to the scenario columns.
 */
export function labelColumnWidths(labels: readonly string[], step: Step, width: number) {
  const { padX, labelShare } = COMPARISON_GEOMETRY
  const clamp = (w: number) => Math.min(labelShare.max * width, Math.max(labelShare.min * width, w))
  const widths = labels.map(l => clamp(textWidthEm(l, 'bold') * px(step.body) + 2 * padX))
  return [...new Set([labelShare.min * width, ...widths])].sort((a, b) => a - b)
}

/** Estimated height in px with the row headers `label` px wide, and whether a word must break inside its cell. */
function measure(text: ComparisonText, step: Step, width: number, label: number) {
  const { padX, padY, captionGap, nameGap, listGapEm, listIndentEm, lineHeight } = COMPARISON_GEOMETRY
  const inner = (width - label) / Math.max(1, text.columns.length) - 2 * padX
  const pieces: Array<[string, number, number, Weight]> = []
  const lines = (s: string, size: TextSize, w: number, weight: Weight = 'regular') => {
    pieces.push([s, TEXT_REM[size], w, weight])
    return estimateLines(s, TEXT_REM[size], w, weight)
  }
  const body = px(step.body) * lineHeight.body
  const row = (rowLabel: string, cell: (column: ComparisonText['columns'][number]) => number) =>
    Math.max(rowLabel ? lines(rowLabel, step.body, label - 2 * padX, 'bold') * body : 0, ...text.columns.map(cell)) + 2 * padY + 1
  const list = (items: readonly string[]) => items.reduce((sum, item, i) =>
    sum + (i > 0 ? listGapEm * px(step.body) : 0) + lines(item, step.body, inner - listIndentEm * px(step.body)) * body, 0)

  const height = lines(text.caption, step.summary, width, 'bold') * px(step.summary) * lineHeight.head + captionGap
    + row('', c => lines(c.name, step.head, inner, 'bold') * px(step.head) * lineHeight.head + nameGap + lines(c.summary, step.summary, inner) * px(step.summary) * lineHeight.body)
    + text.rowLabels.reduce((sum, rowLabel, r) => sum + row(rowLabel, c => lines(c.cells[r] ?? '', step.body, inner) * body), 0)
    + row(text.listLabel, c => list(c.list))
  return { height, breaks: pieces.some(([s, rem, w, weight]) => breaksWords(s, rem, w, weight)) }
}

/** Estimated height in px of the whole table, caption included, with the row headers `label` px wide. */
export function tableHeight(text: ComparisonText, step: Step, width: number, label = labelColumnWidths([...text.rowLabels, text.listLabel], step, width).at(-1)!) {
  return measure(text, step, width, label).height
}

/**
 * The largest text step that fits without breaking a word inside; else the largest that fits;
 * else the smallest, `fits: false`, zoomed out so that all its text stays in the box (to
 * MIN_ZOOM), which the caller reports: nothing is clipped. Within a step, the row-header width
 * that makes the table shortest.
 */
export function comparisonLayout(text: ComparisonText, box: Box = COMPARISON_BOX): ComparisonLayout {
  const labels = [...text.rowLabels, text.listLabel]
  // Shortest first; of equal heights, the widest label column, which wraps the fewest labels.
  const order = (a: { height: number, label: number }, b: { height: number, label: number }) =>
    Math.round(a.height) - Math.round(b.height) || b.label - a.label
  const best = (step: Step, width: number) => {
    const options = labelColumnWidths(labels, step, width).map(label => ({ label, ...measure(text, step, width, label) }))
    return options.filter(o => !o.breaks).sort(order)[0] ?? options.sort(order)[0]!
  }
  const layout = (step: Step, zoom = 1): ComparisonLayout => {
    const { label, breaks } = best(step, box.width / zoom)
    const { height } = best(step, box.width)
    const share = label / (box.width / zoom)
    return {
      step: step.name,
      labelWidth: percent(share),
      columnWidth: percent((1 - share) / Math.max(1, text.columns.length)),
      height,
      fits: height <= box.height,
      breaksWords: breaks,
      zoom,
    }
  }
  const candidates = COMPARISON_STEPS.map(step => layout(step))
  const smallest = COMPARISON_STEPS.at(-1)!
  return candidates.find(c => c.fits && !c.breaksWords) ?? candidates.find(c => c.fits)
    ?? layout(smallest, zoomToFit(width => best(smallest, width).height, box))
}

function percent(share: number) {
  return `${(share * 100).toFixed(2)}%`
}
