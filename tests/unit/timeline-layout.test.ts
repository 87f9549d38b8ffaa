import type { TimelineEntry } from '../../components/timeline-layout.ts'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { breaksWords, candidateGrids, estimateLines, TEXT_REM, TIMELINE_BOX, TIMELINE_STEPS, timelineLayout } from '../../components/timeline-layout.ts'
import { deck } from '../../data'
import { fixtures } from '../fixtures/index.ts'

const STEP_NAMES = TIMELINE_STEPS.map(s => s.name)
const stepIndex = (name: string) => STEP_NAMES.indexOf(name as (typeof STEP_NAMES)[number])

/** `count` entries of the given title and detail lengths, in words of realistic size. */
function entries(count: number, titleLength = 20, detailLength = 60): TimelineEntry[] {
  const words = (length: number) => 'The two sides shift the terms as each side builds its own tools '.repeat(10).slice(0, length).trim()
  return Array.from({ length: count }, () => ({ title: words(titleLength), detail: words(detailLength) }))
}

describe('type scale', () => {
  it('matches the --deck-text-* variables of styles/tokens.css', () => {
    const css = readFileSync(resolve(import.meta.dirname, '../../styles/tokens.css'), 'utf8')
    for (const [size, rem] of Object.entries(TEXT_REM))
      expect(css, `--deck-text-${size}`).toMatch(new RegExp(`--deck-text-${size}:\\s*${rem}rem;`))
  })

  it('never goes below 0.75rem', () => {
    for (const step of TIMELINE_STEPS) {
      expect(TEXT_REM[step.title]).toBeGreaterThanOrEqual(0.75)
      expect(TEXT_REM[step.detail]).toBeGreaterThanOrEqual(0.75)
    }
  })
})

describe('estimateLines', () => {
  it('keeps short text on one line', () => {
    expect(estimateLines('GPT-3 launch', TEXT_REM.base, 400)).toBe(1)
  })

  it('wraps at word boundaries, more lines in a narrower column', () => {
    const text = deck.milestones[0]!.detail
    const wide = estimateLines(text, TEXT_REM.sm, 600)
    const narrow = estimateLines(text, TEXT_REM.sm, 150)
    expect(wide).toBeGreaterThanOrEqual(1)
    expect(narrow).toBeGreaterThan(wide)
  })

  it('breaks a word longer than the line over several lines', () => {
    expect(estimateLines('x'.repeat(100), TEXT_REM.xs, 100)).toBeGreaterThan(4)
    expect(breaksWords('x'.repeat(100), TEXT_REM.xs, 100)).toBe(true)
    expect(breaksWords('short words only', TEXT_REM.xs, 100)).toBe(false)
  })

  it('counts more lines for bold and for larger text', () => {
    const text = fixtures.milestones1[0]!.detail
    expect(estimateLines(text, TEXT_REM.sm, 300, 'bold')).toBeGreaterThanOrEqual(estimateLines(text, TEXT_REM.sm, 300))
    expect(estimateLines(text, TEXT_REM.lg, 300)).toBeGreaterThan(estimateLines(text, TEXT_REM.xs, 300))
  })
})

describe('candidateGrids', () => {
  it.each(Array.from({ length: 12 }, (_, i) => i + 1))('offers %i entries one row up to 6, then 2-3 rows, never an empty row', (count) => {
    const grids = candidateGrids(count)
    expect(grids[0]).toEqual(count <= 6 ? { rows: 1, columns: count } : { rows: 2, columns: Math.ceil(count / 2) })
    for (const { rows, columns } of grids) {
      expect(rows).toBeLessThanOrEqual(3)
      expect(rows * columns).toBeGreaterThanOrEqual(count)
      expect((rows - 1) * columns).toBeLessThan(count)
    }
    expect(new Set(grids.map(g => g.columns)).size).toBe(grids.length)
  })
})

describe('timelineLayout', () => {
  it('lays the deck\'s milestones in one row along the line', () => {
    const layout = timelineLayout(deck.milestones)
    expect(layout).toMatchObject({ rows: 1, columns: deck.milestones.length, fits: true, breaksWords: false })
    expect(layout.height).toBeLessThanOrEqual(TIMELINE_BOX.height)
  })

  it.each(Array.from({ length: 12 }, (_, i) => i + 1))('fits %i short entries at the largest step, in one row up to 6, two rows beyond', (count) => {
    const layout = timelineLayout(entries(count, 8, 20))
    expect(layout).toMatchObject({ step: 'lg', fits: true, rows: count <= 6 ? 1 : 2 })
    expect(layout.rows * layout.columns).toBeGreaterThanOrEqual(count)
  })

  it('steps the text down, never up, as the text grows', () => {
    let previous = 0
    for (const detailLength of [20, 60, 100, 140, 180, 220]) {
      const layout = timelineLayout(entries(6, 30, detailLength))
      expect(stepIndex(layout.step), `detail of ${detailLength} characters`).toBeGreaterThanOrEqual(previous)
      previous = stepIndex(layout.step)
    }
    expect(previous).toBeGreaterThan(0)
  })

  it('fits one entry at the maximum lengths', () => {
    expect(timelineLayout(fixtures.milestones1)).toMatchObject({ rows: 1, columns: 1, fits: true })
  })

  it('fits twelve entries of ordinary length', () => {
    const layout = timelineLayout(fixtures.milestones12)
    expect(layout.fits).toBe(true)
    expect(layout.rows).toBeGreaterThanOrEqual(2)
    expect(layout.height).toBeLessThanOrEqual(TIMELINE_BOX.height)
  })

  it('says so when twelve entries at the maximum lengths cannot fit, at the smallest step', () => {
    const layout = timelineLayout(fixtures.milestones12max)
    expect(layout).toMatchObject({ step: 'xs', fits: false })
    expect(layout.height).toBeGreaterThan(TIMELINE_BOX.height)
  })

  it('prefers a smaller step to breaking a word inside, while one avoids it', () => {
    const long = [...entries(5, 10, 40), { title: 'Supercomputing', detail: 'Short.' }]
    const layout = timelineLayout(long)
    expect(layout.breaksWords).toBe(false)
    const step = TIMELINE_STEPS.find(s => s.name === layout.step)!
    expect(breaksWords('Supercomputing', TEXT_REM[step.title], TIMELINE_BOX.width / layout.columns - 16, 'bold')).toBe(false)
  })

  it('breaks a word only when no layout avoids it', () => {
    const layout = timelineLayout([{ title: 'x'.repeat(80), detail: 'y'.repeat(300) }, ...entries(11)])
    expect(layout.breaksWords).toBe(true)
  })

  it('lays out nothing for no entries', () => {
    expect(timelineLayout([])).toMatchObject({ rows: 0, columns: 0, fits: true })
  })
})
