// The types the components and tests see are derived from the schemas, not written by hand, and
// the virtual module the slides import carries them.
import type { Dimension, Friction, Milestone, Scenario, ScenarioComparison } from '../../data/schema.ts'
import type { ComparisonText } from '../../tooling/deck-data.ts'
import { comparison, frictions, timeline } from 'virtual:deck-data'
import { describe, expectTypeOf, it } from 'vitest'

describe('schema types', () => {
  it('derives the data types from the schemas', () => {
    expectTypeOf<Milestone>().toEqualTypeOf<{ year: number, title: string, detail: string, kind: 'growth' | 'strain' }>()
    expectTypeOf<Friction>().toEqualTypeOf<{ id: string, title: string, claim: string, specifics: string[] }>()
    expectTypeOf<Dimension>().toEqualTypeOf<{ id: string, label: string }>()
    expectTypeOf<Scenario>().toEqualTypeOf<{ id: string, name: string, summary: string, cells: Record<string, string>, answers: string[] }>()
    expectTypeOf<ScenarioComparison>().toEqualTypeOf<{ dimensions: Dimension[], scenarios: Scenario[] }>()
  })

  it('types virtual:deck-data with the schemas\' types', () => {
    expectTypeOf(timeline.milestones).toEqualTypeOf<Milestone[]>()
    expectTypeOf(frictions.frictions).toEqualTypeOf<Friction[]>()
    expectTypeOf(comparison.text).toEqualTypeOf<ComparisonText>()
  })
})
