// Reading a data file so that every mistake points at its value: file, line and column, JSON path,
// what was expected and what is there; each zod issue placed by its path in jsonc-parser's tree.
import type { JSONPath, ParseError } from 'jsonc-parser'
import type { z } from 'zod'
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode } from 'jsonc-parser'

/** Bad deck data: the message names the file, the place in it and what was expected. */
export class DataError extends Error {
  override name = 'DataError'
  constructor(message: string) {
    super(message)
    // Where in our parser the error was thrown says nothing to the person who edited the data.
    this.stack = `${this.name}: ${message}`
  }
}

/** jsonc-parser's error names in words, where the name read as words ("colon expected") would not do. */
const JSON_ERRORS: Partial<Record<ReturnType<typeof printParseErrorCode>, string>> = {
  PropertyNameExpected: 'expected a double-quoted property name',
  ValueExpected: 'expected a value',
  CommaExpected: 'expected "," between entries',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
}

export type JsonSource = ReturnType<typeof parseJson>

/** Strict JSON (no comments, no trailing commas), with line and column on a syntax error. */
export function parseJson(file: string, text: string) {
  const errors: ParseError[] = []
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false })
  if (errors[0]) {
    const code = printParseErrorCode(errors[0].error)
    throw new DataError(`${place({ file, text }, errors[0].offset)}: invalid JSON: ${JSON_ERRORS[code] ?? code.replace(/\B(?=[A-Z])/g, ' ').toLowerCase()}`)
  }
  return { file, text, tree, value: tree && getNodeValue(tree) as unknown }
}

/** `data/x.json:12:15` for an offset in the file. */
function place(source: { file: string, text: string }, offset: number) {
  const before = source.text.slice(0, offset).split('\n')
  return `${source.file}:${before.length}:${before.at(-1)!.length + 1}`
}

const nodeAt = (source: JsonSource, path: ReadonlyArray<PropertyKey>) => source.tree && findNodeAtLocation(source.tree, path as JSONPath)

/** Where the value at `path` starts; for a path that does not exist, where its nearest parent does. */
function placeOf(source: JsonSource, path: ReadonlyArray<PropertyKey>): string {
  const node = nodeAt(source, path)
  return node || !path.length ? place(source, node?.offset ?? 0) : placeOf(source, path.slice(0, -1))
}

/** One line per problem: "file:line:column: path: problem". */
export function problem(source: JsonSource, path: ReadonlyArray<PropertyKey>, message: string) {
  return `${placeOf(source, path)}: ${formatPath(path)}: ${message}`
}

/** Validates against a schema; every issue becomes one line, placed at the offending value (an unknown key at the key). */
export function parseWithSchema<S extends z.ZodType>(schema: S, source: JsonSource): z.output<S> {
  // In place of zod's own wording ("Invalid input: expected string, received number"), where the schema set none.
  const result = schema.safeParse(source.value, { error: issue => issue.code === 'invalid_type' ? `expected ${issue.expected === 'string' ? 'text' : issue.expected}` : undefined })
  if (result.success)
    return result.data
  throw new DataError(result.error.issues.flatMap(issue => issue.code === 'unrecognized_keys'
    ? issue.keys.map((key) => {
        const at = nodeAt(source, [...issue.path, key])?.parent
        return `${at ? place(source, at.offset) : placeOf(source, issue.path)}: ${formatPath(issue.path)}: unknown key "${key}"${suggest(key, objectKeys(schema, issue.path))}`
      })
    : [problem(source, issue.path, describeIssue(issue, source))]).join('\n'))
}

/** `[2].title`, `scenarios[0].cells.cost`, or `(root)`. */
export function formatPath(path: ReadonlyArray<PropertyKey>) {
  return path.map((key, i) => typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`).join('') || '(root)'
}

/** The keys an object at `path` may have, read from the schema through its lists, objects and records. */
function objectKeys(schema: z.ZodType, path: ReadonlyArray<PropertyKey>) {
  interface Walk { element?: Walk, shape?: Record<string, Walk>, valueType?: Walk }
  const found = path.reduce<Walk | undefined>((node, key) => typeof key === 'number' ? node?.element : node?.shape?.[String(key)] ?? node?.valueType, schema as Walk)
  return Object.keys(found?.shape ?? {})
}

function describeValue(value: unknown) {
  if (Array.isArray(value))
    return `a list of ${value.length}`
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  return value === undefined ? 'nothing' : value && typeof value === 'object' ? 'an object' : String(value)
}

function describeIssue(issue: z.core.$ZodIssue, source: JsonSource) {
  const node = nodeAt(source, issue.path)
  if (issue.code === 'invalid_type' && !node)
    return `missing required field "${String(issue.path.at(-1))}"`
  return issue.code === 'custom' ? issue.message : `${issue.message}, got ${describeValue(node && getNodeValue(node))}`
}

/** "did you mean" for a misspelt key: the allowed key of that object within two edits (Levenshtein). */
function suggest(key: string, allowed: readonly string[]) {
  const distance = (a: string, b: string) => {
    let row = [...Array.from({ length: b.length + 1 }).keys()]
    for (let i = 1; i <= a.length; i++)
      row = row.reduce<number[]>((next, above, j) => [...next, j ? Math.min(above + 1, next[j - 1]! + 1, row[j - 1]! + Number(a[i - 1] !== b[j - 1])) : i], [])
    return row[b.length]!
  }
  const best = allowed.filter(candidate => distance(key, candidate) <= 2).sort((a, b) => distance(key, a) - distance(key, b))[0]
  return best ? ` (did you mean "${best}"?)` : ''
}
