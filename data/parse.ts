import type { ParseError } from 'jsonc-parser'
import type { z } from 'zod'
import type { Friction, Milestone, ScenarioComparison } from './schema.ts'
import { parse as parseJsonc, printParseErrorCode } from 'jsonc-parser'
import { COMPARISON_BOX, comparisonLayout, comparisonText, defaultCaption } from '../layout/comparison.ts'
import { FRICTION_BOX, frictionLayout } from '../layout/frictions.ts'
import { TIMELINE_BOX, timelineLayout } from '../layout/timeline.ts'
import { DimensionSchema, FrictionSchema, FrictionsSchema, MilestoneSchema, MilestonesSchema, ScenarioComparisonSchema, ScenarioSchema } from './schema.ts'

/** Bad deck data: the message names the file, the place in it and what was expected. */
export class DataError extends Error {
  override name = 'DataError'
  constructor(message: string) {
    super(message)
    // Where in our parser the error was thrown says nothing to the person who edited the data.
    this.stack = `${this.name}: ${message}`
  }
}

/** Strict JSON (no comments, no trailing commas), with line and column on a syntax error. */
export function parseJson(file: string, source: string): unknown {
  const errors: ParseError[] = []
  const value: unknown = parseJsonc(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false })
  const first = errors[0]
  if (first) {
    const { line, column } = lineAndColumn(source, first.offset)
    throw new DataError(`${file}:${line}:${column}: invalid JSON: ${describeJsonError(printParseErrorCode(first.error))}`)
  }
  return value
}

/** Validates against a schema; every issue becomes one line "file: path: expected ..., got ...". */
export function parseWithFriendlyErrors<S extends z.ZodType>(schema: S, value: unknown, file: string): z.output<S> {
  const result = schema.safeParse(value)
  if (result.success)
    return result.data
  const lines = result.error.issues.map(issue => `${file}: ${formatPath(issue.path)}: ${describeIssue(issue, value)}`)
  throw new DataError(lines.join('\n'))
}

/** The data files of the deck, relative to the project root, and what each must hold. */
export const DATA_FILES = {
  milestones: { file: 'data/milestones.json', schema: MilestonesSchema },
  frictions: { file: 'data/frictions.json', schema: FrictionsSchema },
  scenarios: { file: 'data/scenarios.json', schema: ScenarioComparisonSchema },
} as const

export type DataSources = Record<keyof typeof DATA_FILES, string>

/** Parses and cross-checks every data file; `sources` holds each file's text. */
export function loadDeckData(sources: DataSources) {
  const { milestones, frictions, scenarios } = DATA_FILES
  const data = {
    milestones: parseWithFriendlyErrors(milestones.schema, parseJson(milestones.file, sources.milestones), milestones.file),
    frictions: parseWithFriendlyErrors(frictions.schema, parseJson(frictions.file, sources.frictions), frictions.file),
    scenarios: parseWithFriendlyErrors(scenarios.schema, parseJson(scenarios.file, sources.scenarios), scenarios.file),
  }
  const known = data.frictions.map(f => f.id)
  data.scenarios.scenarios.forEach((scenario, i) => {
    scenario.answers.forEach((id, j) => {
      if (!known.includes(id))
        throw new DataError(`${scenarios.file}: scenarios[${i}].answers[${j}]: expected a friction point id from ${frictions.file} (${known.map(k => `"${k}"`).join(', ')}), got "${id}"`)
    })
  })
  checkFit(data)
  return data
}

/**
 * Valid data fits its slide: text the schema allows field by field can still be too much in total
 * (twelve milestones of 300 characters). The components' own layout maths decide, at their
 * smallest legible text size.
 */
function checkFit(data: { milestones: Milestone[], frictions: Friction[], scenarios: ScenarioComparison }) {
  const tooMuch = (file: string, what: string, height: number, available: number, advice: string) =>
    new DataError(`${file}: (root): expected ${what} to fit its slide, but even at the smallest text size it needs about ${Math.round(height)} px of the ${available} px there: ${advice}`)
  const timeline = timelineLayout(data.milestones)
  if (!timeline.fits)
    throw tooMuch(DATA_FILES.milestones.file, 'the timeline', timeline.height, TIMELINE_BOX.height, 'shorten titles and details, or use fewer milestones')
  const table = comparisonLayout(comparisonText(data.scenarios, data.frictions, defaultCaption(data.scenarios.scenarios.length)))
  if (!table.fits)
    throw tooMuch(DATA_FILES.scenarios.file, 'the scenario comparison', table.height, COMPARISON_BOX.height, 'shorten summaries and cells, or use fewer scenarios or dimensions')
  const frictions = frictionLayout(data.frictions)
  if (!frictions.fits)
    throw tooMuch(DATA_FILES.frictions.file, 'the friction points', frictions.height, FRICTION_BOX.height, 'shorten claims and specifics, or use fewer points')
}

export type DeckData = ReturnType<typeof loadDeckData>

function lineAndColumn(source: string, offset: number) {
  const before = source.slice(0, offset).split('\n')
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 }
}

const JSON_ERRORS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'expected a double-quoted property name',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected "," between entries',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'expected the end of the file',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in string',
}

function describeJsonError(code: string) {
  return JSON_ERRORS[code] ?? code
}

/** `[2].title`, `scenarios[0].cells.cost`, or `(root)`. */
export function formatPath(path: ReadonlyArray<PropertyKey>) {
  if (path.length === 0)
    return '(root)'
  return path.map((key, i) => typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`).join('')
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = root
  for (const key of path)
    value = value != null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined
  return value
}

function describeValue(value: unknown) {
  if (value === undefined)
    return 'nothing'
  if (value === null)
    return 'null'
  if (Array.isArray(value))
    return `a list of ${value.length}`
  if (typeof value === 'object')
    return 'an object'
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  return String(value)
}

function describeIssue(issue: z.core.$ZodIssue, root: unknown) {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map(key => `unknown key "${key}"${suggest(key)}`).join('; ')
  }
  const got = valueAt(root, issue.path)
  if (issue.code === 'invalid_type' && got === undefined)
    return `missing required field "${String(issue.path.at(-1))}"`
  if (issue.code === 'custom')
    return issue.message
  // zod's own wording ("Invalid input: expected string, received number") where the schema set none.
  const expected = issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')
    ? `expected ${issue.expected === 'string' ? 'text' : issue.expected}`
    : issue.message
  return `${expected}, got ${describeValue(got)}`
}

const KNOWN_KEYS = [...new Set([MilestoneSchema, FrictionSchema, DimensionSchema, ScenarioSchema, ScenarioComparisonSchema]
  .flatMap(schema => Object.keys(schema.shape)))]

/** "did you mean" for a misspelt key: the closest allowed key by edit distance. */
function suggest(key: string) {
  const best = KNOWN_KEYS
    .map(candidate => ({ candidate, distance: editDistance(key, candidate) }))
    .sort((a, b) => a.distance - b.distance)[0]
  return best && best.distance <= 2 ? ` (did you mean "${best.candidate}"?)` : ''
}

function editDistance(a: string, b: string) {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return row[b.length]!
}
