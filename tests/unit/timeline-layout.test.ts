import type { TimelineEntry } from '../../layout/timeline.ts'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { deck } from '../../data'
import { breaksWords, candidateGrids, estimateLines, MIN_ZOOM, STACK_MAX, stackHeight, TEXT_REM, textWidthEm, TIMELINE_BOX, TIMELINE_STEPS, timelineLayout, zoomToFit } from '../../layout/timeline.ts'
import { fixtures, rendered } from '../fixtures/index.ts'

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

describe('textWidthEm', () => {
  // Widths that Chromium set in Inter, recorded by measuring the built deck (tests/fixtures/rendered.json).
  it.each(rendered.widths)('is never narrower than Chromium sets %j, nor over a tenth wider', (text, regular, semibold, bold) => {
    expect(textWidthEm(text)).toBeGreaterThanOrEqual(regular)
    expect(textWidthEm(text, 'bold')).toBeGreaterThanOrEqual(Math.max(semibold, bold))
    if (text.length >= 20) {
      expect(textWidthEm(text)).toBeLessThanOrEqual(regular * 1.1)
      expect(textWidthEm(text, 'bold')).toBeLessThanOrEqual(Math.max(semibold, bold) * 1.1)
    }
  })

  it('counts an accented letter as its base letter, and an unknown character as 1em', () => {
    expect(textWidthEm('café')).toBe(textWidthEm('cafe'))
    expect(textWidthEm('\u6F22')).toBe(1)
  })
})

describe('candidateGrids', () => {
  it.each(Array.from({ length: 12 }, (_, i) => i + 1))('offers %i entries 2-3 rows beyond STACK_MAX, never an empty row', (count) => {
    const grids = candidateGrids(count)
    if (count <= STACK_MAX)
      return expect(grids).toEqual([])
    expect(grids[0]).toEqual({ rows: 2, columns: Math.ceil(count / 2) })
    for (const { rows, columns } of grids) {
      expect(rows).toBeLessThanOrEqual(3)
      expect(rows * columns).toBeGreaterThanOrEqual(count)
      expect((rows - 1) * columns).toBeLessThan(count)
    }
    expect(new Set(grids.map(g => g.columns)).size).toBe(grids.length)
  })
})

describe('timelineLayout', () => {
  it('stacks the deck\'s milestones along a vertical line, at the largest step', () => {
    const layout = timelineLayout(deck.milestones)
    expect(layout).toMatchObject({ kind: 'stack', rows: deck.milestones.length, columns: 1, step: 'lg', fits: true, breaksWords: false, zoom: 1 })
    expect(layout.height).toBeLessThanOrEqual(TIMELINE_BOX.height)
  })

  it.each(Array.from({ length: 12 }, (_, i) => i + 1))('fits %i short entries at the largest step, stacked up to 6, in two rows beyond', (count) => {
    const layout = timelineLayout(entries(count, 8, 20))
    // Six stacked entries of a title and a detail line each need about 395 px at the largest step.
    expect(layout).toMatchObject(count <= STACK_MAX
      ? { kind: 'stack', step: count < STACK_MAX ? 'lg' : 'md', fits: true, rows: count, columns: 1 }
      : { kind: 'grid', step: 'lg', fits: true, rows: 2 })
    expect(layout.rows * layout.columns).toBeGreaterThanOrEqual(count)
  })

  it('estimates the stack as tall as Chromium rendered it, at every step', () => {
    // Heights measured in the built deck (tests/fixtures/rendered.json), for the milestones of the time.
    for (const step of TIMELINE_STEPS) {
      const real = rendered.timeline.heights[step.name]
      expect(stackHeight(rendered.timeline.milestones, step, TIMELINE_BOX.width), step.name).toBeGreaterThanOrEqual(real - 1)
      expect(stackHeight(rendered.timeline.milestones, step, TIMELINE_BOX.width), step.name).toBeLessThanOrEqual(real * 1.05)
    }
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
    expect(timelineLayout(fixtures.milestones1)).toMatchObject({ kind: 'stack', rows: 1, columns: 1, fits: true })
  })

  it('fits twelve entries of ordinary length in a grid', () => {
    const layout = timelineLayout(fixtures.milestones12)
    expect(layout).toMatchObject({ kind: 'grid', fits: true, zoom: 1 })
    expect(layout.rows).toBeGreaterThanOrEqual(2)
    expect(layout.height).toBeLessThanOrEqual(TIMELINE_BOX.height)
  })

  it('fits twelve entries of short titles and 100-character details without shrinking below the type scale', () => {
    const layout = timelineLayout(entries(12, 12, 100))
    expect(layout).toMatchObject({ kind: 'grid', fits: true, zoom: 1 })
  })

  it('says so when twelve entries at the maximum lengths cannot fit at the smallest step, and zooms out', () => {
    const layout = timelineLayout(fixtures.milestones12max)
    expect(layout).toMatchObject({ kind: 'grid', step: 'xs', fits: false })
    expect(layout.height).toBeGreaterThan(TIMELINE_BOX.height)
    expect(layout.zoom).toBeLessThan(1)
    expect(layout.zoom).toBeGreaterThanOrEqual(MIN_ZOOM)
  })

  it('zooms out a stack that does not fit at the smallest step just enough to stay in the box', () => {
    const long = entries(6, 80, 300)
    const layout = timelineLayout(long)
    expect(layout).toMatchObject({ kind: 'stack', step: 'xs', fits: false })
    expect(layout.zoom).toBeLessThan(1)
    expect(layout.zoom).toBeGreaterThan(MIN_ZOOM)
    const xs = TIMELINE_STEPS.at(-1)!
    const heightAt = (zoom: number) => zoom * stackHeight(long, xs, TIMELINE_BOX.width / zoom)
    expect(heightAt(layout.zoom)).toBeLessThanOrEqual(TIMELINE_BOX.height)
    expect(heightAt(layout.zoom + 0.02)).toBeGreaterThan(TIMELINE_BOX.height)
  })

  it('prefers a smaller step to breaking a word inside, while one avoids it', () => {
    const long = [...entries(11, 10, 40), { title: 'Supercomputing', detail: 'Short.' }]
    const layout = timelineLayout(long)
    expect(layout).toMatchObject({ kind: 'grid', breaksWords: false })
    const step = TIMELINE_STEPS.find(s => s.name === layout.step)!
    expect(breaksWords('Supercomputing', TEXT_REM[step.title], TIMELINE_BOX.width / layout.columns - 16, 'bold')).toBe(false)
  })

  it('breaks a word only when no layout avoids it', () => {
    const layout = timelineLayout([{ title: 'x'.repeat(80), detail: 'y'.repeat(300) }, ...entries(11)])
    expect(layout.breaksWords).toBe(true)
  })

  it('lays out nothing for no entries', () => {
    expect(timelineLayout([])).toMatchObject({ rows: 0, columns: 0, fits: true, zoom: 1 })
  })
})

describe('zoomToFit', () => {
  it('keeps what fits at 1', () => {
    expect(zoomToFit(() => 100, { width: 860, height: 360 })).toBe(1)
  })

  it('finds the largest zoom, to 0.01, at which the longer lines fit', () => {
    // A block of 100,000 px² of text: at zoom z it is 860 / z wide, so 100000 z / 860 tall when drawn.
    const heightAt = (width: number) => 100_000 / width * 5
    const zoom = zoomToFit(heightAt, { width: 860, height: 360 })
    expect(zoom * heightAt(860 / zoom)).toBeLessThanOrEqual(360)
    expect((zoom + 0.01) * heightAt(860 / (zoom + 0.01))).toBeGreaterThan(360)
  })

  it('stops at MIN_ZOOM', () => {
    expect(zoomToFit(() => 10_000, { width: 860, height: 360 })).toBe(MIN_ZOOM)
  })
})
