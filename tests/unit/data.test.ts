import { describe, expect, it } from 'vitest'
import { deck } from '../../data'

describe('deck data', () => {
  it('loads', () => {
    expect(deck.milestones.map(m => m.year)).toEqual([2019, 2020, 2021, 2022, 2023])
  })
})
