// Reading a data file so that every mistake points at its value: file, line and column, the JSON
// path, what was expected and what is there. JSON syntax through jsonc-parser (strict JSON), the
// schema through zod, each zod issue placed by its path in jsonc-parser's tree.
import type { Node, ParseError } from 'jsonc-parser'
import type { z } from 'zod'
import { findNodeAtLocation, parseTree, printParseErrorCode } from 'jsonc-parser'

/** Bad deck data: the message names the file, the place in it and what was expected. */
export class DataError extends Error {
  override name = 'DataError'
  constructor(message: string) {
    super(message)
    // Where in our parser the error was thrown says nothing to the person who edited the data.
    this.stack = `${this.name}: ${message}`
  }
}

/** A data file's text and its parse tree, for placing messages. */
export interface JsonSource {
  file: string
  text: string
  tree: Node | undefined
  value: unknown
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

/** Strict JSON (no comments, no trailing commas), with line and column on a syntax error. */
export function parseJson(file: string, text: string): JsonSource {
  const errors: ParseError[] = []
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false })
  const first = errors[0]
  if (first)
    throw new DataError(`${place({ file, text }, first.offset)}: invalid JSON: ${JSON_ERRORS[printParseErrorCode(first.error)] ?? printParseErrorCode(first.error)}`)
  return { file, text, tree, value: tree ? nodeValue(tree) : undefined }
}

function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': return Object.fromEntries((node.children ?? []).map(p => [p.children![0]!.value as string, nodeValue(p.children![1]!)]))
    case 'array': return (node.children ?? []).map(nodeValue)
    default: return node.value
  }
}

/** `data/x.json:12:15` for an offset in the file. */
export function place(source: Pick<JsonSource, 'file' | 'text'>, offset: number) {
  const before = source.text.slice(0, offset).split('\n')
  return `${source.file}:${before.length}:${(before.at(-1)?.length ?? 0) + 1}`
}

/** Where the value at `path` starts; for a path that does not exist, where its nearest parent does. */
export function placeOf(source: JsonSource, path: ReadonlyArray<PropertyKey>) {
  for (let n = path.length; n >= 0; n--) {
    const node = source.tree && findNodeAtLocation(source.tree, path.slice(0, n) as Array<string | number>)
    if (node)
      return place(source, node.offset)
  }
  return place(source, 0)
}

/** Where the key `key` of the object at `path` is written. */
function placeOfKey(source: JsonSource, path: ReadonlyArray<PropertyKey>, key: string) {
  const value = source.tree && findNodeAtLocation(source.tree, [...path, key] as Array<string | number>)
  return value?.parent ? place(source, value.parent.offset) : placeOf(source, path)
}

/** One line per problem: "file:line:column: path: problem". */
export function problem(source: JsonSource, path: ReadonlyArray<PropertyKey>, message: string) {
  return `${placeOf(source, path)}: ${formatPath(path)}: ${message}`
}

/** Validates against a schema; every issue becomes one line, placed at the offending value. */
export function parseWithSchema<S extends z.ZodType>(schema: S, source: JsonSource): z.output<S> {
  const result = schema.safeParse(source.value)
  if (result.success)
    return result.data
  const lines = result.error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const allowed = objectKeys(schema, issue.path)
      return issue.keys.map(key => `${placeOfKey(source, issue.path, key)}: ${formatPath(issue.path)}: unknown key "${key}"${suggest(key, allowed)}`)
    }
    return [`${placeOf(source, issue.path)}: ${formatPath(issue.path)}: ${describeIssue(issue, source.value)}`]
  })
  throw new DataError(lines.join('\n'))
}

/** `[2].title`, `scenarios[0].cells.cost`, or `(root)`. */
export function formatPath(path: ReadonlyArray<PropertyKey>) {
  if (path.length === 0)
    return '(root)'
  return path.map((key, i) => typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`).join('')
}

interface ZodDef { type: string, element?: z.ZodType, shape?: Record<string, z.ZodType>, valueType?: z.ZodType, innerType?: z.ZodType, in?: z.ZodType }
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: ZodDef } })._zod.def

/** The keys an object at `path` may have, read from the schema (wrappers such as defaults unwrapped). */
function objectKeys(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): string[] {
  let current: z.ZodType | undefined = schema
  const unwrap = () => {
    while (current) {
      const def = defOf(current)
      const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined)
      if (!inner)
        break
      current = inner
    }
  }
  for (const key of path) {
    unwrap()
    if (!current)
      return []
    const def = defOf(current)
    current = def.type === 'array' ? def.element : def.type === 'object' ? def.shape?.[String(key)] : def.type === 'record' ? def.valueType : undefined
  }
  unwrap()
  return current && defOf(current).type === 'object' ? Object.keys(defOf(current).shape ?? {}) : []
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

/** "did you mean" for a misspelt key: the closest key allowed in that object, by edit distance. */
function suggest(key: string, allowed: readonly string[]) {
  const best = allowed
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
