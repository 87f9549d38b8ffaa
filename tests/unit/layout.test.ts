// The geometry the CSS reads, and the words the scenario table is given. Whether content fits its
// slide is measured on the rendered slide (tooling/checks/slide.ts), not computed here.
import { describe, expect, it } from 'vitest'
import { canvasOf, TYPE_SCALE } from '../../layout/geometry.ts'
import { comparisonText } from '../../tooling/deck-data.ts'
import { fixtures } from '../fixtures/index.ts'

describe('geometry', () => {
  it('derives the canvas height as Slidev does, rounding up', () => {
    // 980 / (16 / 9) = 551.25
    expect(canvasOf(980, 16 / 9)).toEqual({ width: 980, height: 552 })
    expect(canvasOf(1280, 16 / 10)).toEqual({ width: 1280, height: 800 })
  })

  it('never sets a type step below 0.75rem, and grows at every step', () => {
    const sizes = Object.values(TYPE_SCALE)
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(0.75)
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b))
  })
})

describe('comparisonText', () => {
  it('captions the count in words', () => {
    const caption = (n: number) => comparisonText({ ...fixtures.scenarios5, scenarios: fixtures.scenarios5.scenarios.slice(0, n) }, fixtures.frictions5).caption
    expect([2, 3, 5].map(caption)).toEqual(['Two scenarios for the road ahead', 'Three scenarios for the road ahead', 'Five scenarios for the road ahead'])
  })

  it('lists the titles of the friction points each scenario answers', () => {
    const text = comparisonText(fixtures.scenarios5max, fixtures.frictions5)
    expect(text.columns[0]!.list).toEqual(fixtures.scenarios5max.scenarios[0]!.answers.map(id => fixtures.frictions5.find(f => f.id === id)!.title))
  })
})
