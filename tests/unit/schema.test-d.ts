// The types the components and tests see are derived from the schemas, not written by hand.
import type { Dimension, Friction, Milestone, Scenario, ScenarioComparison } from '../../data/schema.ts'
import { describe, expectTypeOf, it } from 'vitest'
import { deck } from '../../data/index.ts'

describe('schema types', () => {
  it('derives the data types from the schemas', () => {
    expectTypeOf<Milestone>().toEqualTypeOf<{ year: number, title: string, detail: string, kind: 'growth' | 'strain' }>()
    expectTypeOf<Friction>().toEqualTypeOf<{ id: string, title: string, claim: string, specifics: string[] }>()
    expectTypeOf<Dimension>().toEqualTypeOf<{ id: string, label: string }>()
    expectTypeOf<Scenario>().toEqualTypeOf<{ id: string, name: string, summary: string, cells: Record<string, string>, answers: string[] }>()
    expectTypeOf<ScenarioComparison>().toEqualTypeOf<{ dimensions: Dimension[], scenarios: Scenario[] }>()
  })

  it('exports the parsed data with those types', () => {
    expectTypeOf(deck.milestones).toEqualTypeOf<Milestone[]>()
    expectTypeOf(deck.frictions).toEqualTypeOf<Friction[]>()
    expectTypeOf(deck.scenarios).toEqualTypeOf<ScenarioComparison>()
  })
})
