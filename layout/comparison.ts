// Fit maths for ScenarioComparison.vue: column widths and the text step, so that a table of 2-5
// scenarios across 1-6 dimensions fits the slide's content box. Runs in Node at build time (the
// deck-data plugin), which hands the component the words of the table and this decision as plain
// data. Nothing is clipped: a table that cannot fit says so (`fits: false`), and the data check
// refuses it.
import type { Friction, ScenarioComparison } from '../data/schema.ts'
import type { Box, TextSize } from './geometry.ts'
import type { Measure, Weight } from './text.ts'
import { COMPARISON, px } from './geometry.ts'
import { breaksWords, lineCount } from './text.ts'

export type ComparisonStep = (typeof COMPARISON.steps)[number]
export type ComparisonStepName = ComparisonStep['name']

/** The words of the table, as the component renders them. */
export interface ComparisonText {
  caption: string
  /** Row headers of the dimension rows, top to bottom. */
  rowLabels: string[]
  /** Row header of the last row, whose cells are lists. */
  listLabel: string
  columns: Array<{
    id: string
    name: string
    /** Shown on the scenarios slide before the table, not in it. */
    summary: string
    /** One per dimension row, in `rowLabels` order. */
    cells: string[]
    /** The last row: the titles of the friction points the scenario answers. */
    list: string[]
  }>
}

/** Row header of the last row. */
export const LIST_LABEL = 'Resolves'

const COUNT_WORDS = ['No', 'One', 'Two', 'Three', 'Four', 'Five']

/** "Three scenarios for the road ahead", with the count in words. */
export function defaultCaption(count: number) {
  return `${COUNT_WORDS[count] ?? count} scenarios for the road ahead`
}

/** The words of the table: cells in dimension order, answered friction points by title. */
export function comparisonText(comparison: ScenarioComparison, frictions: readonly Friction[]): ComparisonText {
  return {
    caption: defaultCaption(comparison.scenarios.length),
    rowLabels: comparison.dimensions.map(d => d.label),
    listLabel: LIST_LABEL,
    columns: comparison.scenarios.map(s => ({
      id: s.id,
      name: s.name,
      summary: s.summary,
      cells: comparison.dimensions.map(d => s.cells[d.id] ?? ''),
      list: s.answers.map(id => frictions.find(f => f.id === id)?.title ?? id),
    })),
  }
}

export interface ComparisonLayout {
  step: ComparisonStepName
  /** Width in px of the row-header column; the scenario columns share the rest equally. */
  labelWidth: number
  /** Estimated height in px; at most the box height when `fits`. */
  height: number
  fits: boolean
  /** Some word is wider than its cell and breaks inside (only when no other step avoids it). */
  breaksWords: boolean
}

/**
 * Widths in px to try for the row-header column: each label on one line, and the narrowest
 * bound, all within the share bounds. Wrapping a label costs nothing in a row that its cells
 * make taller anyway, and the width goes to the scenario columns.
 */
export function labelColumnWidths(labels: readonly string[], step: ComparisonStep, width: number, measure: Measure) {
  const { padX, labelShare } = COMPARISON
  const clamp = (w: number) => Math.min(labelShare.max * width, Math.max(labelShare.min * width, w))
  const widths = labels.map(l => clamp(Math.ceil(measure(l, px(step.body), 600)) + 2 * padX))
  return [...new Set([labelShare.min * width, ...widths])].sort((a, b) => a - b)
}

/** Estimated height in px of the whole table, caption included, with the row headers `label` px wide. */
export function tableHeight(text: ComparisonText, step: ComparisonStep, width: number, label: number, measure: Measure) {
  return measureTable(text, step, width, label, measure).height
}

function measureTable(text: ComparisonText, step: ComparisonStep, width: number, label: number, measure: Measure) {
  const { padX, padY, rule, headRule, listGapEm, listIndentEm, lineHeight } = COMPARISON
  const inner = (width - label) / Math.max(1, text.columns.length) - 2 * padX
  let breaks = false
  const lines = (s: string, size: TextSize, w: number, weight: Weight = 400) => {
    const style = { size: px(size), weight }
    breaks ||= breaksWords(s, style, w, measure)
    return lineCount(s, style, w, measure)
  }
  const body = px(step.body) * lineHeight.body
  const row = (rowLabel: string, ruleBelow: number, cell: (column: ComparisonText['columns'][number]) => number) =>
    Math.max(rowLabel ? lines(rowLabel, step.body, label - 2 * padX, 600) * body : 0, ...text.columns.map(cell)) + 2 * padY + ruleBelow
  const list = (items: readonly string[]) => items.reduce((sum, item, i) =>
    sum + (i > 0 ? listGapEm * px(step.body) : 0) + lines(item, step.body, inner - listIndentEm * px(step.body)) * body, 0)

  // The caption is for screen readers only (the slide's heading says it); the names head the columns.
  const height = row('', headRule, c => lines(c.name, step.head, inner, 600) * px(step.head) * lineHeight.head)
    + text.rowLabels.reduce((sum, rowLabel, r) => sum + row(rowLabel, rule, c => lines(c.cells[r] ?? '', step.body, inner) * body), 0)
    + row(text.listLabel, rule, c => list(c.list))
  return { height, breaks }
}

/**
 * The largest text step that fits without breaking a word inside; else the largest that fits;
 * else the smallest, `fits: false`. Within a step, the row-header width that makes the table
 * shortest; of equal heights, the widest, which wraps the fewest labels.
 */
export function comparisonLayout(text: ComparisonText, box: Box, measure: Measure): ComparisonLayout {
  const labels = [...text.rowLabels, text.listLabel]
  const layout = (step: ComparisonStep): ComparisonLayout => {
    const options = labelColumnWidths(labels, step, box.width, measure).map(label => ({ label, ...measureTable(text, step, box.width, label, measure) }))
    const order = (a: typeof options[number], b: typeof options[number]) => Math.round(a.height) - Math.round(b.height) || b.label - a.label
    const best = options.filter(o => !o.breaks).sort(order)[0] ?? options.sort(order)[0]!
    return { step: step.name, labelWidth: best.label, height: best.height, fits: best.height <= box.height, breaksWords: best.breaks }
  }
  const candidates = COMPARISON.steps.map(layout)
  return candidates.find(c => c.fits && !c.breaksWords) ?? candidates.find(c => c.fits) ?? candidates.at(-1)!
}

/** Estimated height in px of the scenarios slide (ScenarioSummaries.vue): each name over its summary, full width, stacked. */
export function summariesHeight(text: ComparisonText, box: Box, measure: Measure) {
  const g = COMPARISON.summaries
  return text.columns.reduce((sum, c, i) => sum + (i > 0 ? g.gap : 0) + g.rule + g.padTop
    + lineCount(c.name, { size: px(g.name), weight: 600 }, box.width, measure) * px(g.name) * g.lineHeight.name + g.nameGap
    + lineCount(c.summary, { size: px(g.text), weight: 400 }, box.width, measure) * px(g.text) * g.lineHeight.text, 0)
}
