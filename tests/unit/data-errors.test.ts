// Every rule of the data schemas, with the exact wording a presenter will read, placed at the value:
// each input below is small enough to count its lines and columns by eye.
import { describe, expect, it } from 'vitest'
import { FrictionsSchema, MilestonesSchema, ScenarioComparisonSchema } from '../../data/schema.ts'
import { formatPath, parseJson, parseWithSchema } from '../../tooling/data-errors.ts'
import { errorOf } from '../support/data-error.ts'

const FILE = 'data/milestones.json'

const check = (schema: Parameters<typeof parseWithSchema>[0], text: string, file = FILE) => parseWithSchema(schema, parseJson(file, text))
const milestonesError = (text: string) => errorOf(() => check(MilestonesSchema, text))
/** One milestone per line, so that line n holds entry n - 2. */
const lines = (...entries: string[]) => `[\n${entries.join(',\n')}\n]`
const GOOD = '{ "year": 2019, "title": "Initial $1B investment", "detail": "Azure exclusivity deal" }'

describe('milestones', () => {
  it('accepts good data and fills defaults', () => {
    expect(parseWithSchema(MilestonesSchema, parseJson(FILE, lines(GOOD)))[0]?.kind).toBe('growth')
  })

  it('places a wrong type at the value: line 3, column 11 is the "2021" of the second entry', () => {
    expect(milestonesError(lines(GOOD, GOOD.replace('2019', '"2021"')))).toBe('data/milestones.json:3:11: [1].year: expected a whole year such as 2019, got "2021"')
  })

  it('places a missing field at its object', () => {
    expect(milestonesError(lines('{ "year": 2019, "title": "x" }'))).toBe('data/milestones.json:2:1: [0].detail: missing required field "detail"')
  })

  it('places an unknown key at the key, and suggests only keys of that object', () => {
    // "titel" is two edits from "title" (a milestone key); "clam" is one edit from "claim", a key of
    // friction points, not of milestones, so no suggestion.
    expect(milestonesError(lines(GOOD.replace('}', ', "titel": "x" }')))).toBe('data/milestones.json:2:89: [0]: unknown key "titel" (did you mean "title"?)')
    expect(milestonesError(lines(GOOD.replace('}', ', "clam": "x" }')))).toBe('data/milestones.json:2:89: [0]: unknown key "clam"')
    const frictions = '[{ "id": "a", "title": "T", "clam": "C", "specifics": ["s"] }]'
    expect(errorOf(() => check(FrictionsSchema, frictions, 'data/frictions.json'))).toBe('data/frictions.json:1:2: [0].claim: missing required field "claim"\ndata/frictions.json:1:29: [0]: unknown key "clam" (did you mean "claim"?)')
  })

  it('rejects an empty list and more than twelve, at the list', () => {
    expect(milestonesError('[]')).toBe('data/milestones.json:1:1: (root): expected at least 1 milestone, got a list of 0')
    const thirteen = Array.from({ length: 13 }, (_, i) => GOOD.replace('2019', String(2016 + i)))
    expect(milestonesError(lines(...thirteen))).toBe('data/milestones.json:1:1: (root): expected at most 12 milestones, got a list of 13')
  })

  it('rejects a year out of range, twice, or out of order', () => {
    expect(milestonesError(lines(GOOD.replace('2019', '1999')))).toBe('data/milestones.json:2:11: [0].year: expected a year from 2015 to 2035, got 1999')
    expect(milestonesError(lines(GOOD.replace('2019', '2019.5')))).toBe('data/milestones.json:2:11: [0].year: expected a whole year such as 2019, got 2019.5')
    expect(milestonesError(lines(GOOD, GOOD))).toBe('data/milestones.json:3:11: [1].year: expected one milestone per year, but 2019 appears twice')
    expect(milestonesError(lines(GOOD.replace('2019', '2020'), GOOD))).toBe('data/milestones.json:3:11: [1].year: expected years in ascending order, but 2019 follows 2020')
  })

  it('rejects empty and over-long text, and an unknown kind', () => {
    expect(milestonesError(lines(GOOD.replace('"Initial $1B investment"', '"  "')))).toBe('data/milestones.json:2:26: [0].title: expected non-empty text, got "  "')
    expect(milestonesError(lines(GOOD.replace('"Azure exclusivity deal"', `"${'x'.repeat(301)}"`)))).toBe(`data/milestones.json:2:62: [0].detail: expected at most 300 characters, got "${'x'.repeat(40)}…"`)
    expect(milestonesError(lines(GOOD.replace('}', ', "kind": "tension" }')))).toBe('data/milestones.json:2:97: [0].kind: expected "growth" or "strain", got "tension"')
  })

  it('reports every problem at once, one per line', () => {
    expect(milestonesError(lines(GOOD.replace('2019', '1999').replace('}', ', "titel": "x" }'))).split('\n')).toHaveLength(2)
  })
})

describe('scenario comparison', () => {
  const table = (cells: string, extra = '') => `{
"dimensions": [{ "id": "cost", "label": "Cost" }],
"scenarios": [
{ "id": "a", "name": "A", "summary": "S", "cells": ${cells}, "answers": ["x"] },
{ "id": "b", "name": "B", "summary": "S", "cells": { "cost": "c" }, "answers": ["x"] }${extra}
]
}`
  const scenarioError = (text: string) => errorOf(() => check(ScenarioComparisonSchema, text, 'data/scenarios.json'))

  it('needs a cell for every dimension and no cell for an unknown one', () => {
    expect(scenarioError(table('{ "price": "c" }'))).toBe([
      'data/scenarios.json:4:52: scenarios[0].cells: expected a cell for dimension "cost"',
      'data/scenarios.json:4:63: scenarios[0].cells.price: expected one of the dimension ids "cost"',
    ].join('\n'))
  })

  it('rejects duplicate ids, and fewer than two scenarios', () => {
    expect(scenarioError(table('{ "cost": "c" }', ',\n{ "id": "a", "name": "C", "summary": "S", "cells": { "cost": "c" }, "answers": ["x"] }'))).toBe('data/scenarios.json:6:9: scenarios[2].id: expected a unique id, but "a" appears twice')
    expect(scenarioError(table('{ "cost": "c" }').replace(/,\n\{ "id": "b".*\n/, '\n'))).toBe('data/scenarios.json:3:14: scenarios: expected at least 2 scenarios, got a list of 1')
  })

  it('rejects an id that is not kebab-case', () => {
    expect(scenarioError(table('{ "cost": "c" }').replace('"id": "cost"', '"id": "Infra Structure"'))).toContain('data/scenarios.json:2:24: dimensions[0].id: expected a kebab-case id such as "revenue-sharing", got "Infra Structure"')
  })
})

describe('invalid JSON', () => {
  it('gives file, line and column', () => {
    expect(errorOf(() => parseJson(FILE, '[\n  { "year": 2019 }\n  { "year": 2020 }\n]'))).toBe('data/milestones.json:3:3: invalid JSON: expected "," between entries')
    expect(errorOf(() => parseJson(FILE, '[{ "year": 2019, }]'))).toBe('data/milestones.json:1:18: invalid JSON: expected a double-quoted property name')
    expect(errorOf(() => parseJson(FILE, ''))).toBe('data/milestones.json:1:1: invalid JSON: expected a value')
    expect(errorOf(() => parseJson(FILE, '// note\n[]'))).toBe('data/milestones.json:1:1: invalid JSON: comments are not allowed in JSON')
  })
})

describe('formatPath', () => {
  it('writes JSON paths the way a reader looks them up', () => {
    expect(formatPath([])).toBe('(root)')
    expect(formatPath([2, 'title'])).toBe('[2].title')
    expect(formatPath(['scenarios', 0, 'cells', 'cost'])).toBe('scenarios[0].cells.cost')
  })
})
