// The fit maths' decisions, with expectations reasoned from the geometry and the article's data,
// not computed by the functions under test. How close their heights come to Chromium's is
// fit-accuracy.test.ts's job.
import { describe, expect, it } from 'vitest'
import { comparisonLayout, comparisonText, defaultCaption, labelColumnWidths, LIST_LABEL, summariesHeight } from '../../layout/comparison.ts'
import { frictionLayout, frictionPointHeight } from '../../layout/frictions.ts'
import { BUDGET, canvasOf, COMPARISON, contentBox, FRICTIONS, px, TIMELINE, TYPE_SCALE } from '../../layout/geometry.ts'
import { breaksWords, segments, wrap } from '../../layout/text.ts'
import { candidateGrids, timelineLayout } from '../../layout/timeline.ts'
import { layoutContext } from '../../tooling/deck-data.ts'
import { measureInter } from '../../tooling/font-metrics.ts'
import { deckData, fixtures } from '../fixtures/index.ts'
import { ROOT } from '../support/paths.ts'

const measure = measureInter
/** The deck's own content box, from its canvas in slides.md. */
const { box } = layoutContext(ROOT)

describe('geometry', () => {
  it('derives the canvas height as Slidev does, rounding up', () => {
    // 980 / (16 / 9) = 551.25
    expect(canvasOf(980, 16 / 9)).toEqual({ width: 980, height: 552 })
    expect(canvasOf(1280, 16 / 10)).toEqual({ width: 1280, height: 800 })
  })

  it('leaves 860 x 359 px for a component on the 980 x 552 canvas', () => {
    // 980 - 2 x 60 px side padding; 552 - 44 top - 2.3rem x 16 x 1.15 heading (42.32) - 24 gap - 52 bottom - 30 air = 359.68
    expect(contentBox(canvasOf(980, 16 / 9))).toEqual({ width: 860, height: 359 })
  })

  it('never sets a type step below 0.75rem, and grows at every step', () => {
    const sizes = Object.values(TYPE_SCALE)
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(0.75)
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b))
  })
})

describe('line breaking', () => {
  it('breaks at spaces and after a hyphen between letters, never inside "GPT-3"', () => {
    expect(segments('Revenue-sharing and GPT-3 models')).toEqual(['Revenue-', 'sharing ', 'and ', 'GPT-3 ', 'models'])
  })

  it('keeps short text on one line and wraps long text into lines that each fit', () => {
    const style = { size: px('base'), weight: 400 } as const
    expect(wrap('GPT-3 launch', style, 400, measure)).toEqual(['GPT-3 launch'])
    const lines = wrap(deckData.timeline.milestones[0]!.detail, style, 200, measure)
    expect(lines.length).toBeGreaterThan(2)
    for (const line of lines)
      expect(measure(line, style.size, 400)).toBeLessThanOrEqual(200)
    expect(lines.join(' ')).toBe(deckData.timeline.milestones[0]!.detail)
  })

  it('breaks a word wider than the line between characters', () => {
    const style = { size: px('xs'), weight: 400 } as const
    // 100 "x" at 12.8 px are about 700 px wide: at least 7 lines of 100 px.
    expect(wrap('x'.repeat(100), style, 100, measure).length).toBeGreaterThanOrEqual(7)
    expect(breaksWords('x'.repeat(100), style, 100, measure)).toBe(true)
    expect(breaksWords('short words only', style, 100, measure)).toBe(false)
  })
})

describe('timelineLayout', () => {
  it('stacks the deck\'s five milestones at the largest step', () => {
    expect(timelineLayout(deckData.timeline.milestones, box, measure)).toMatchObject({ kind: 'stack', rows: 5, columns: 1, step: 'lg', fits: true })
  })

  it('offers more than six entries two or three rows, never an empty row', () => {
    expect(candidateGrids(6)).toEqual([])
    expect(candidateGrids(7)).toEqual([{ rows: 2, columns: 4 }, { rows: 3, columns: 3 }])
    expect(candidateGrids(12)).toEqual([{ rows: 2, columns: 6 }, { rows: 3, columns: 4 }])
  })

  it('stacks up to six entries, and lays out seven or more in a grid', () => {
    const entry = (i: number) => ({ title: `Step ${i}`, detail: 'One short line.' })
    expect(timelineLayout(Array.from({ length: TIMELINE.stackMax }, (_, i) => entry(i)), box, measure).kind).toBe('stack')
    expect(timelineLayout(Array.from({ length: TIMELINE.stackMax + 1 }, (_, i) => entry(i)), box, measure).kind).toBe('grid')
  })

  it('offers only text steps at body size (the legibility budget), and refuses details that need a smaller one', () => {
    for (const step of TIMELINE.steps)
      expect(Math.min(px(step.title), px(step.detail))).toBeGreaterThanOrEqual(BUDGET.bodyMinPx)
    // Six entries of 260-character details: far more than six stacked lines fit at 18.4 px.
    const detail = 'The two sides shift the terms as each builds its own tools. '.repeat(6).slice(0, 260).trim()
    expect(timelineLayout(Array.from({ length: 6 }, () => ({ title: 'A title', detail })), box, measure).fits).toBe(false)
    expect(timelineLayout(fixtures.milestones12max, box, measure).fits).toBe(false)
  })
})

describe('comparisonLayout', () => {
  it('fits the deck\'s three scenarios with every text at body size (the legibility budget), no word broken', () => {
    const layout = comparisonLayout(deckData.comparison.text, box, measure)
    expect(layout).toMatchObject({ fits: true, breaksWords: false })
    const step = COMPARISON.steps.find(s => s.name === layout.step)!
    expect(Math.min(px(step.body), px(step.head))).toBeGreaterThanOrEqual(BUDGET.bodyMinPx)
  })

  it('keeps the row headers between 14% and 22% of the width', () => {
    for (const step of COMPARISON.steps) {
      const widths = labelColumnWidths(['Infrastructure', LIST_LABEL, 'x'.repeat(60)], step, 860, measure)
      expect(widths[0]).toBeCloseTo(0.14 * 860)
      expect(widths.at(-1)).toBeCloseTo(0.22 * 860)
    }
  })

  it('captions the count in words', () => {
    expect([2, 3, 5].map(defaultCaption)).toEqual(['Two scenarios for the road ahead', 'Three scenarios for the road ahead', 'Five scenarios for the road ahead'])
  })

  it('lists the titles of the friction points each scenario answers, and refuses five scenarios of 300-character cells', () => {
    const text = comparisonText(fixtures.scenarios5max, fixtures.frictions5)
    expect(text.columns[0]!.list).toEqual(fixtures.scenarios5max.scenarios[0]!.answers.map(id => fixtures.frictions5.find(f => f.id === id)!.title))
    expect(comparisonLayout(text, box, measure).fits).toBe(false)
  })
})

describe('summariesHeight', () => {
  it('stacks the deck\'s three scenarios, each name and summary on one line at full width, and grows with the text', () => {
    const g = COMPARISON.summaries
    const one = g.rule + g.padTop + px(g.name) * g.lineHeight.name + g.nameGap + px(g.text) * g.lineHeight.text
    const { text } = deckData.comparison
    expect(summariesHeight(text, box, measure)).toBeCloseTo(3 * one + 2 * g.gap)
    const longer = { ...text, columns: text.columns.map(c => ({ ...c, summary: `${c.summary} ${c.summary}` })) }
    expect(summariesHeight(longer, box, measure)).toBeGreaterThan(3 * one + 2 * g.gap)
  })
})

describe('frictionLayout', () => {
  it('stacks the overview\'s titles: one line each, a rule, padding and a gap between', () => {
    // Three one-line titles: 3 x (rule + padding + one line at the title size) + 2 gaps.
    const g = FRICTIONS
    const line = px(g.title) * g.lineHeight.title
    expect(frictionLayout(deckData.frictions.frictions, box, measure).height).toBeCloseTo(3 * (g.rule + g.padTop + line) + 2 * g.overviewGap)
  })

  it('fits the deck\'s three points, grows with the text and refuses what cannot fit', () => {
    const { frictions } = deckData.frictions
    const base = frictionLayout(frictions, box, measure)
    expect(base.fits).toBe(true)
    expect(base.points).toHaveLength(3)
    expect(frictionPointHeight({ ...frictions[1]!, specifics: [frictions[1]!.specifics[0]!] }, box, measure)).toBeLessThan(base.points[1]!)
    expect(frictionLayout(frictions.map(f => ({ ...f, specifics: [...f.specifics, 'word '.repeat(28).trim()] })), box, measure).fits).toBe(false)
  })
})
