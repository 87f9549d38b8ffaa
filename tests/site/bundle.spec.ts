// What the browser downloads: the deck's data arrives as plain data. The validator (zod), the JSON
// parser (jsonc-parser), the font reader (fontkit) and the fit maths run at build time only.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { PUBLIC_SITE } from '../support/paths.ts'

/**
 * Strings that survive minification and would be in a chunk that bundled each piece: zod 4 keeps
 * its internals on `_zod` and its default message; jsonc-parser names its error codes; fontkit
 * reads `unitsPerEm`; the fit maths' line breaking is a regular expression; the schema's own
 * messages are in data/schema.ts.
 */
const MARKERS = {
  'zod': ['_zod', 'Invalid input'],
  'jsonc-parser': ['InvalidSymbol', 'CloseBraceExpected'],
  'fontkit': ['unitsPerEm'],
  'the fit maths (layout/text.ts)': ['\\p{L}-)(?=\\p{L})'],
  'the data schema': ['expected a kebab-case id'],
}

test('no client chunk holds the validator, the JSON parser, the font reader or the fit maths', () => {
  const chunks = readdirSync(join(PUBLIC_SITE, 'assets')).filter(file => file.endsWith('.js'))
  expect(chunks.length).toBeGreaterThan(5)
  const found = chunks.flatMap((file) => {
    const code = readFileSync(join(PUBLIC_SITE, 'assets', file), 'utf8')
    return Object.entries(MARKERS).flatMap(([what, markers]) => markers.filter(m => code.includes(m)).map(m => `${file}: ${what} ("${m}")`))
  })
  expect(found).toEqual([])
})

test('the milestone slide\'s data is in the bundle as plain values', () => {
  const code = readdirSync(join(PUBLIC_SITE, 'assets')).filter(file => file.endsWith('.js')).map(file => readFileSync(join(PUBLIC_SITE, 'assets', file), 'utf8')).join('\n')
  // The article's first milestone as a literal object (the bundler may rewrite the JSON's quotes).
  expect(code).toMatch(/"?year"?:2019,"?title"?:["`]Initial investment["`]/)
})
