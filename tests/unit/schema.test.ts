// Every rule of the data schemas, with the exact wording a presenter will read.
import { describe, expect, it } from 'vitest'
import frictions from '../../data/frictions.json?raw'
import milestones from '../../data/milestones.json?raw'
import { DataError, formatPath, loadDeckData, parseJson, parseWithFriendlyErrors } from '../../data/parse.ts'
import scenarios from '../../data/scenarios.json?raw'
import { FrictionsSchema, MilestonesSchema, ScenarioComparisonSchema } from '../../data/schema.ts'

const FILE = 'data/milestones.json'
const good = { year: 2019, title: 'Initial $1B investment', detail: 'Azure exclusivity deal' }

function errorOf(fn: () => unknown) {
  try {
    fn()
  }
  catch (error) {
    expect(error).toBeInstanceOf(DataError)
    return (error as DataError).message
  }
  throw new Error('expected a DataError, but nothing was thrown')
}

const milestonesError = (value: unknown) => errorOf(() => parseWithFriendlyErrors(MilestonesSchema, value, FILE))

describe('milestones', () => {
  it('accepts the real data and fills defaults', () => {
    const parsed = parseWithFriendlyErrors(MilestonesSchema, [good], FILE)
    expect(parsed[0]?.kind).toBe('growth')
  })

  it('names a missing required field', () => {
    expect(milestonesError([{ year: 2019, title: 'x' }])).toMatchInlineSnapshot(`"data/milestones.json: [0].detail: missing required field "detail""`)
  })

  it('names a wrong type with the value it got', () => {
    expect(milestonesError([{ ...good, year: '2019' }])).toMatchInlineSnapshot(`"data/milestones.json: [0].year: expected a whole year such as 2019, got "2019""`)
    expect(milestonesError([{ ...good, title: 5 }])).toMatchInlineSnapshot(`"data/milestones.json: [0].title: expected text, got 5"`)
  })

  it('rejects an unknown or misspelt key, suggesting the right one', () => {
    expect(milestonesError([{ ...good, titel: 'x' }])).toMatchInlineSnapshot(`"data/milestones.json: [0]: unknown key "titel" (did you mean "title"?)"`)
    expect(milestonesError([{ ...good, colour: 'red' }])).toMatchInlineSnapshot(`"data/milestones.json: [0]: unknown key "colour""`)
  })

  it('rejects an empty list and more than twelve', () => {
    expect(milestonesError([])).toMatchInlineSnapshot(`"data/milestones.json: (root): expected at least 1 milestone, got a list of 0"`)
    const thirteen = Array.from({ length: 13 }, (_, i) => ({ ...good, year: 2016 + i }))
    expect(milestonesError(thirteen)).toMatchInlineSnapshot(`"data/milestones.json: (root): expected at most 12 milestones, got a list of 13"`)
  })

  it('rejects a year out of range, twice, or out of order', () => {
    expect(milestonesError([{ ...good, year: 1999 }])).toMatchInlineSnapshot(`"data/milestones.json: [0].year: expected a year from 2015 to 2035, got 1999"`)
    expect(milestonesError([{ ...good, year: 2019.5 }])).toMatchInlineSnapshot(`"data/milestones.json: [0].year: expected a whole year such as 2019, got 2019.5"`)
    expect(milestonesError([good, good])).toMatchInlineSnapshot(`"data/milestones.json: [1].year: expected one milestone per year, but 2019 appears twice"`)
    expect(milestonesError([{ ...good, year: 2020 }, good])).toMatchInlineSnapshot(`"data/milestones.json: [1].year: expected years in ascending order, but 2019 follows 2020"`)
  })

  it('rejects empty and over-long text, and an unknown kind', () => {
    expect(milestonesError([{ ...good, title: '  ' }])).toMatchInlineSnapshot(`"data/milestones.json: [0].title: expected non-empty text, got "  ""`)
    expect(milestonesError([{ ...good, detail: 'x'.repeat(301) }])).toMatchInlineSnapshot(`"data/milestones.json: [0].detail: expected at most 300 characters, got "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…""`)
    expect(milestonesError([{ ...good, kind: 'tension' }])).toMatchInlineSnapshot(`"data/milestones.json: [0].kind: expected "growth" or "strain", got "tension""`)
  })

  it('reports every problem at once, one per line', () => {
    expect(milestonesError([{ ...good, year: 1999, titel: 'x' }]).split('\n')).toHaveLength(2)
  })
})

describe('scenario comparison', () => {
  const table = JSON.parse(scenarios)
  const scenarioError = (value: unknown) => errorOf(() => parseWithFriendlyErrors(ScenarioComparisonSchema, value, 'data/scenarios.json'))

  it('needs a cell for every dimension and no cell for an unknown one', () => {
    const broken = structuredClone(table)
    delete broken.scenarios[1].cells.cost
    broken.scenarios[2].cells.price = 'x'
    expect(scenarioError(broken)).toMatchInlineSnapshot(`
      "data/scenarios.json: scenarios[1].cells: expected a cell for dimension "cost"
      data/scenarios.json: scenarios[2].cells.price: expected one of the dimension ids "infrastructure", "applications", "cost""
    `)
  })

  it('rejects duplicate ids, and fewer than two or more than five scenarios', () => {
    const duplicate = structuredClone(table)
    duplicate.scenarios[1].id = duplicate.scenarios[0].id
    expect(scenarioError(duplicate)).toMatchInlineSnapshot(`"data/scenarios.json: scenarios[1].id: expected a unique id, but "renegotiated" appears twice"`)
    expect(scenarioError({ ...table, scenarios: table.scenarios.slice(0, 1) })).toMatchInlineSnapshot(`"data/scenarios.json: scenarios: expected at least 2 scenarios, got a list of 1"`)
    const six = Array.from({ length: 6 }, (_, i) => ({ ...table.scenarios[0], id: `s${i}` }))
    expect(scenarioError({ ...table, scenarios: six })).toMatchInlineSnapshot(`"data/scenarios.json: scenarios: expected at most 5 scenarios, got a list of 6"`)
  })

  it('rejects an id that is not kebab-case', () => {
    const bad = structuredClone(table)
    bad.dimensions[0].id = 'Infra Structure'
    expect(scenarioError(bad)).toContain('dimensions[0].id: expected a kebab-case id such as "revenue-sharing", got "Infra Structure"')
  })
})

describe('invalid JSON', () => {
  it('gives file, line and column', () => {
    expect(errorOf(() => parseJson(FILE, '[\n  { "year": 2019 }\n  { "year": 2020 }\n]'))).toMatchInlineSnapshot(`"data/milestones.json:3:3: invalid JSON: expected "," between entries"`)
    expect(errorOf(() => parseJson(FILE, '[{ "year": 2019, }]'))).toMatchInlineSnapshot(`"data/milestones.json:1:18: invalid JSON: expected a double-quoted property name"`)
    expect(errorOf(() => parseJson(FILE, ''))).toMatchInlineSnapshot(`"data/milestones.json:1:1: invalid JSON: expected a value"`)
    expect(errorOf(() => parseJson(FILE, '// note\n[]'))).toMatchInlineSnapshot(`"data/milestones.json:1:1: invalid JSON: comments are not allowed in JSON"`)
  })
})

describe('the deck as a whole', () => {
  it('loads the real files', () => {
    const deck = loadDeckData({ milestones, frictions, scenarios })
    expect(deck.milestones.length).toBeGreaterThan(0)
    expect(deck.scenarios.scenarios.length).toBeGreaterThanOrEqual(2)
  })

  it('rejects a scenario answering a friction point that does not exist', () => {
    const bad = JSON.parse(scenarios)
    bad.scenarios[0].answers = ['revenue-sharing', 'pricing']
    expect(errorOf(() => loadDeckData({ milestones, frictions, scenarios: JSON.stringify(bad) }))).toMatchInlineSnapshot(`"data/scenarios.json: scenarios[0].answers[1]: expected a friction point id from data/frictions.json ("revenue-sharing", "competing-initiatives", "governance"), got "pricing""`)
  })
})

describe('formatPath', () => {
  it('writes JSON paths the way a reader looks them up', () => {
    expect(formatPath([])).toBe('(root)')
    expect(formatPath([2, 'title'])).toBe('[2].title')
    expect(formatPath(['scenarios', 0, 'cells', 'cost'])).toBe('scenarios[0].cells.cost')
  })
})

describe('lists of plain values', () => {
  it('rejects a friction point answered twice and a specific given twice', () => {
    const table = JSON.parse(scenarios)
    table.scenarios[0].answers = ['governance', 'governance']
    expect(errorOf(() => parseWithFriendlyErrors(ScenarioComparisonSchema, table, 'data/scenarios.json'))).toMatchInlineSnapshot(`"data/scenarios.json: scenarios[0].answers[1]: expected each friction point id once, but "governance" appears twice"`)
    const points = JSON.parse(frictions)
    points[0].specifics = ['same', 'same']
    expect(errorOf(() => parseWithFriendlyErrors(FrictionsSchema, points, 'data/frictions.json'))).toMatchInlineSnapshot(`"data/frictions.json: [0].specifics[1]: expected each specific once, but "same" appears twice"`)
  })
})
