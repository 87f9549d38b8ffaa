// Layout maths for ScenarioComparison.vue: column widths and the text size step, so that a table
// of 2-5 scenarios across 1-6 dimensions fits the slide's content box. Pure functions: no DOM.
// Heights are estimates (see timeline-layout.ts); nothing is clamped, so a table that cannot fit
// says so (`fits: false`).
import type { Friction, ScenarioComparison } from '../data/schema.ts'
import type { TextSize, Weight } from './timeline-layout.ts'
import { breaksWords, estimateLines, ROOT_PX, TEXT_REM, textWidthEm } from './timeline-layout.ts'

/** The space the component has on a slide. */
export const COMPARISON_BOX = { width: 860, height: 360 } as const

/** Text size steps, largest first: caption and scenario names use `head`, everything else `body`. */
export const COMPARISON_STEPS = [
  { name: 'lg', head: 'lg', body: 'base' },
  { name: 'md', head: 'base', body: 'sm' },
  { name: 'sm', head: 'sm', body: 'xs' },
  { name: 'xs', head: 'xs', body: 'xs' },
] as const satisfies ReadonlyArray<{ name: string, head: TextSize, body: TextSize }>
export type ComparisonStep = (typeof COMPARISON_STEPS)[number]['name']
type Step = (typeof COMPARISON_STEPS)[number]

/** Fixed geometry in px, mirrored by the component's CSS. */
export const COMPARISON_GEOMETRY = {
  padX: 8,
  padY: 5,
  /** Bounds of the row-header column, as a share of the width. */
  labelShare: { min: 0.14, max: 0.22 },
  captionGap: 6,
  nameGap: 4,
  listGap: 2,
  /** Room for a list item's marker. */
  listIndent: 14,
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
  /** Estimated height in px; at most the box height when `fits`. */
  height: number
  fits: boolean
  /** Some word is wider than its cell and breaks inside (only when no other step avoids it). */
  breaksWords: boolean
}

/** Width in px of the row-header column: its longest label on one line, within the share bounds. */
export function labelColumnWidth(labels: readonly string[], step: Step, width: number) {
  const { padX, labelShare } = COMPARISON_GEOMETRY
  const longest = Math.max(0, ...labels.map(l => textWidthEm(l, 'bold'))) * TEXT_REM[step.body] * ROOT_PX
  return Math.min(labelShare.max * width, Math.max(labelShare.min * width, longest + 2 * padX))
}

/** Each piece of text with the size, weight and width it is set in, and the rows' structure. */
function measure(text: ComparisonText, step: Step, width: number) {
  const { padX, padY, captionGap, nameGap, listGap, listIndent } = COMPARISON_GEOMETRY
  const head = TEXT_REM[step.head]
  const body = TEXT_REM[step.body]
  const label = labelColumnWidth([...text.rowLabels, text.listLabel], step, width)
  const inner = (width - label) / Math.max(1, text.columns.length) - 2 * padX
  const lineHead = head * ROOT_PX * 1.2
  const lineBody = body * ROOT_PX * 1.3
  const pieces: Array<[string, number, number, Weight]> = []
  const lines = (s: string, rem: number, w: number, weight: Weight = 'regular') => {
    pieces.push([s, rem, w, weight])
    return estimateLines(s, rem, w, weight)
  }
  const row = (rowLabel: string, cell: (column: ComparisonText['columns'][number]) => number) =>
    Math.max(lines(rowLabel, body, label - 2 * padX, 'bold') * lineBody, ...text.columns.map(cell)) + 2 * padY + 1

  const height = estimateLines(text.caption, head, width, 'bold') * lineHead + captionGap
    + row('', c => lines(c.name, head, inner, 'bold') * lineHead + nameGap + lines(c.summary, body, inner) * lineBody)
    + text.rowLabels.reduce((sum, rowLabel, r) => sum + row(rowLabel, c => lines(c.cells[r] ?? '', body, inner) * lineBody), 0)
    + row(text.listLabel, c => c.list.reduce((sum, item) => sum + lines(item, body, inner - listIndent) * lineBody + listGap, 0))
  return { label, height, breaks: pieces.some(([s, rem, w, weight]) => breaksWords(s, rem, w, weight)) }
}

/** Estimated height in px of the whole table, caption included. */
export function tableHeight(text: ComparisonText, step: Step, width: number) {
  return measure(text, step, width).height
}

/**
 * The largest text step that fits without breaking a word inside; else the largest that fits;
 * else the smallest, with `fits: false`, which the caller reports rather than clipping text.
 */
export function comparisonLayout(text: ComparisonText, box: { width: number, height: number } = COMPARISON_BOX): ComparisonLayout {
  const candidates = COMPARISON_STEPS.map((step) => {
    const { label, height, breaks } = measure(text, step, box.width)
    const share = label / box.width
    return {
      step: step.name,
      labelWidth: percent(share),
      columnWidth: percent((1 - share) / Math.max(1, text.columns.length)),
      height,
      fits: height <= box.height,
      breaksWords: breaks,
    }
  })
  const smallest = candidates[candidates.length - 1]!
  return candidates.find(c => c.fits && !c.breaksWords) ?? candidates.find(c => c.fits) ?? smallest
}

function percent(share: number) {
  return `${(share * 100).toFixed(2)}%`
}
