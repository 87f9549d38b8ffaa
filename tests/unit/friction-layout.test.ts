import { describe, expect, it } from 'vitest'
import { deck } from '../../data/index.ts'
import { FRICTION_BOX, frictionLayout } from '../../layout/frictions.ts'

describe('frictionLayout', () => {
  it('fits the deck\'s friction points', () => {
    const layout = frictionLayout(deck.frictions)
    expect(layout.fits).toBe(true)
    expect(layout.height).toBeLessThanOrEqual(FRICTION_BOX.height)
  })

  it('grows with the text and refuses what cannot fit', () => {
    const short = frictionLayout(deck.frictions.map(f => ({ ...f, specifics: [f.specifics[0]!] })))
    const long = frictionLayout(deck.frictions.map(f => ({ ...f, specifics: [...f.specifics, 'x '.repeat(70).trim()] })))
    expect(short.height).toBeLessThan(frictionLayout(deck.frictions).height)
    expect(long.fits).toBe(false)
  })

  it('narrows the columns as points are added', () => {
    const two = frictionLayout(deck.frictions.slice(0, 2))
    const three = frictionLayout(deck.frictions)
    expect(two.columnWidth).toBeGreaterThan(three.columnWidth)
  })
})
