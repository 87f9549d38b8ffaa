import type { ComparisonText } from '../../layout/comparison.ts'
import { describe, expect, it } from 'vitest'
import { deck } from '../../data'
import { answeredTitles, COMPARISON_BOX, COMPARISON_GEOMETRY, COMPARISON_STEPS, comparisonLayout, comparisonText, defaultCaption, labelColumnWidths, LIST_LABEL, tableHeight } from '../../layout/comparison.ts'
import { MIN_ZOOM, TEXT_REM } from '../../layout/timeline.ts'
import { fixtures, rendered } from '../fixtures/index.ts'

const STEP_NAMES = COMPARISON_STEPS.map(s => s.name)
const stepIndex = (name: string) => STEP_NAMES.indexOf(name as (typeof STEP_NAMES)[number])
const percent = (width: string) => Number.parseFloat(width)
const stepOf = (name: string) => COMPARISON_STEPS.find(s => s.name === name)!

/** `columns` scenarios across `rows` dimensions, every cell `length` characters of short words. */
function table(columns: number, rows: number, length: number, { summary = length, answers = 1 } = {}): ComparisonText {
  const words = (n: number) => 'Both sides build their own tools and share some of them '.repeat(10).slice(0, n).trim()
  return {
    caption: defaultCaption(columns),
    rowLabels: Array.from({ length: rows }, (_, r) => `Dimension ${r + 1}`),
    listLabel: LIST_LABEL,
    columns: Array.from({ length: columns }, (_, c) => ({
      name: `Scenario ${c + 1}`,
      summary: words(summary),
      cells: Array.from({ length: rows }, () => words(length)),
      list: Array.from({ length: answers }, () => words(30)),
    })),
  }
}

describe('the words of the table', () => {
  it('captions the count in words', () => {
    expect([2, 3, 4, 5].map(defaultCaption)).toEqual([
      'Two scenarios for the road ahead',
      'Three scenarios for the road ahead',
      'Four scenarios for the road ahead',
      'Five scenarios for the road ahead',
    ])
  })

  it('lists the titles of the friction points each scenario answers, in its order', () => {
    const titles = answeredTitles(deck.scenarios, deck.frictions)
    deck.scenarios.scenarios.forEach((scenario, i) => {
      expect(titles[i]).toEqual(scenario.answers.map(id => deck.frictions.find(f => f.id === id)!.title))
    })
  })

  it('shows an id that has no friction point as is, rather than dropping it', () => {
    expect(answeredTitles(deck.scenarios, [])).toEqual(deck.scenarios.scenarios.map(s => s.answers))
  })

  it('takes one cell per dimension, in dimension order', () => {
    const text = comparisonText(deck.scenarios, deck.frictions, 'Caption')
    expect(text.rowLabels).toEqual(deck.scenarios.dimensions.map(d => d.label))
    text.columns.forEach((column, i) => {
      const scenario = deck.scenarios.scenarios[i]!
      expect(column.name).toBe(scenario.name)
      expect(column.cells).toEqual(deck.scenarios.dimensions.map(d => scenario.cells[d.id]))
    })
  })
})

describe('comparisonLayout', () => {
  it('fits the deck\'s scenarios without breaking words, the cells at --deck-text-sm or larger', () => {
    const layout = comparisonLayout(comparisonText(deck.scenarios, deck.frictions, defaultCaption(deck.scenarios.scenarios.length)))
    expect(layout).toMatchObject({ fits: true, breaksWords: false, zoom: 1 })
    expect(layout.height).toBeLessThanOrEqual(COMPARISON_BOX.height)
    const step = stepOf(layout.step)
    expect(TEXT_REM[step.body]).toBeGreaterThanOrEqual(TEXT_REM.sm)
    expect(TEXT_REM[step.summary]).toBeGreaterThanOrEqual(TEXT_REM.sm)
  })

  it('estimates the table at least as tall as Chromium rendered it, and at most 15% taller', () => {
    // Heights measured in the built deck (tests/fixtures/rendered.json), for the words of the time.
    const { text, labelWidth, heights } = rendered.comparison
    for (const step of COMPARISON_STEPS) {
      const estimate = tableHeight(text, step, COMPARISON_BOX.width, percent(labelWidth) / 100 * COMPARISON_BOX.width)
      expect(estimate, step.name).toBeGreaterThanOrEqual(heights[step.name] - 1)
      // Widths run 2-4% wide, so a cell near the end of a line can take one line more than it does.
      expect(estimate, step.name).toBeLessThanOrEqual(heights[step.name] * 1.15)
    }
  })

  it('offers row-header widths within the share bounds, narrowest first', () => {
    const { min, max } = COMPARISON_GEOMETRY.labelShare
    for (const step of COMPARISON_STEPS) {
      const widths = labelColumnWidths(['Infrastructure', LIST_LABEL, 'x'.repeat(40)], step, 860)
      expect(widths[0]).toBeCloseTo(min * 860)
      expect(widths.at(-1)).toBeCloseTo(max * 860)
      expect(widths).toEqual([...widths].sort((a, b) => a - b))
    }
  })

  it.each([2, 3, 4, 5])('fits %i scenarios of short text, columns filling the width', (columns) => {
    const layout = comparisonLayout(table(columns, 4, 20))
    expect(layout.fits).toBe(true)
    expect(percent(layout.labelWidth) + columns * percent(layout.columnWidth)).toBeCloseTo(100, 1)
    const { min, max } = COMPARISON_GEOMETRY.labelShare
    expect(percent(layout.labelWidth)).toBeGreaterThanOrEqual(min * 100 - 0.01)
    expect(percent(layout.labelWidth)).toBeLessThanOrEqual(max * 100 + 0.01)
  })

  it('fits two scenarios with hostile strings', () => {
    expect(comparisonLayout(comparisonText(fixtures.scenarios2, fixtures.frictions5, 'Caption')).fits).toBe(true)
  })

  it('steps the text down, never up, as columns or text grow', () => {
    let previous = 0
    for (const [columns, length] of [[2, 10], [3, 30], [4, 60], [5, 80], [5, 120]] as const) {
      const layout = comparisonLayout(table(columns, 4, length))
      expect(stepIndex(layout.step), `${columns} columns of ${length} characters`).toBeGreaterThanOrEqual(previous)
      previous = stepIndex(layout.step)
    }
    expect(previous).toBeGreaterThan(0)
  })

  it('estimates a taller table for every added row and for larger text', () => {
    const [lg, , , xs] = COMPARISON_STEPS
    expect(tableHeight(table(3, 5, 40), xs, 860)).toBeGreaterThan(tableHeight(table(3, 4, 40), xs, 860))
    expect(tableHeight(table(3, 4, 40), lg, 860)).toBeGreaterThan(tableHeight(table(3, 4, 40), xs, 860))
  })

  it('says so when five scenarios of 300-character cells cannot fit, at the smallest step, zoomed out as far as it goes', () => {
    const layout = comparisonLayout(comparisonText(fixtures.scenarios5, fixtures.frictions5, defaultCaption(5)))
    expect(layout).toMatchObject({ step: 'xs', fits: false, zoom: MIN_ZOOM })
    expect(layout.height).toBeGreaterThan(COMPARISON_BOX.height)
  })

  it('fits five scenarios of 60-character cells and summaries, one answer each, at the smallest step', () => {
    expect(comparisonLayout(table(5, 3, 60))).toMatchObject({ step: 'xs', fits: true, zoom: 1 })
  })

  it('zooms out five scenarios of 60-character cells, 90-character summaries and three answers just enough to stay in the box, and says so', () => {
    const text = table(5, 3, 60, { summary: 90, answers: 3 })
    const layout = comparisonLayout(text)
    expect(layout).toMatchObject({ step: 'xs', fits: false })
    expect(layout.zoom).toBeLessThan(1)
    expect(layout.zoom).toBeGreaterThan(MIN_ZOOM)
    const label = percent(layout.labelWidth) / 100 * COMPARISON_BOX.width / layout.zoom
    expect(layout.zoom * tableHeight(text, stepOf('xs'), COMPARISON_BOX.width / layout.zoom, label)).toBeLessThanOrEqual(COMPARISON_BOX.height)
  })

  it('never sets text below 0.75rem', () => {
    for (const step of COMPARISON_STEPS) {
      expect(TEXT_REM[step.head]).toBeGreaterThanOrEqual(0.75)
      expect(TEXT_REM[step.summary]).toBeGreaterThanOrEqual(0.75)
      expect(TEXT_REM[step.body]).toBeGreaterThanOrEqual(0.75)
    }
  })

  it('shrinks the summaries before the cells: cells stay at --deck-text-sm or larger until the last step', () => {
    for (const step of COMPARISON_STEPS) {
      expect(TEXT_REM[step.summary], step.name).toBeLessThanOrEqual(TEXT_REM[step.head])
      expect(TEXT_REM[step.summary], step.name).toBeLessThanOrEqual(TEXT_REM[step.body])
      if (step !== COMPARISON_STEPS.at(-1))
        expect(TEXT_REM[step.body], step.name).toBeGreaterThanOrEqual(TEXT_REM.sm)
    }
  })
})
