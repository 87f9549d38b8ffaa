// What the browser downloads: the deck's data arrives as plain data. The validator (zod) and the JSON
// parser (jsonc-parser) run at build time only; the dev server's slide check and its overlay, and
// the places of the data's texts, are in no build (public or presenter edition, and so in no export).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { BASE, PRESENTER_SITE, PUBLIC_SITE, ROOT } from '../support/paths.ts'

/**
 * Strings that survive minification and would be in a chunk that bundled each piece: zod 4 keeps
 * its internals on `_zod` and its default message; jsonc-parser names its error codes; the
 * schema's own messages are in data/schema.ts; the dev overlay (tooling/checks/dev-client.ts) marks
 * elements with its attribute and sends its message by name. (The check itself, slide.ts, may be
 * bundled; it is not, as nothing in a build imports it.)
 */
const MARKERS = {
  'zod': ['_zod', 'Invalid input'],
  'jsonc-parser': ['InvalidSymbol', 'CloseBraceExpected'],
  'the data schema': ['expected a kebab-case id'],
  'the dev overlay': ['data-deck-dev-problem', 'deck-dev-problem-label', 'deck:slide-check'],
  'the slide check': ['wraps onto', 'extends beyond the canvas'],
}

for (const [edition, dir] of [['public site', PUBLIC_SITE], ['presenter edition', PRESENTER_SITE]]) {
  test(`no client chunk of the ${edition} holds the validator, the JSON parser or the dev overlay`, () => {
    const chunks = readdirSync(join(dir!, 'assets')).filter(file => file.endsWith('.js'))
    expect(chunks.length).toBeGreaterThan(5)
    const found = chunks.flatMap((file) => {
      const code = readFileSync(join(dir!, 'assets', file), 'utf8')
      return Object.entries(MARKERS).flatMap(([what, markers]) => markers.filter(m => code.includes(m)).map(m => `${file}: ${what} ("${m}")`))
    })
    expect(found).toEqual([])
  })
}

test('what every page loads holds neither Vue\'s template compiler, nor yaml, nor twoslash\'s styles', () => {
  // Markers kept by any minifier: a method of the compiler's code generator, an error of yaml
  // (the `yaml` package; Mermaid's own chunks may parse YAML), a class of twoslash's popups.
  const markers = { 'Vue\'s template compiler': 'helperString', 'yaml': 'Excessive alias count', 'twoslash\'s styles': 'twoslash-completion-list' }
  const html = readFileSync(join(PUBLIC_SITE, 'index.html'), 'utf8')
  const files = [...html.matchAll(/<link rel="(?:modulepreload|stylesheet)"[^>]* href="([^"]+)"/g)].map(m => m[1]!.slice(BASE.length))
  expect(files.filter(file => file.endsWith('.js')).length).toBeGreaterThan(2)
  const found = files.flatMap((file) => {
    const code = readFileSync(join(PUBLIC_SITE, file), 'utf8')
    return Object.entries(markers).filter(([, marker]) => code.includes(marker)).map(([what]) => `${file}: ${what}`)
  })
  expect(found).toEqual([])
})

test('the milestone slide\'s data is in the bundle as plain values', () => {
  const code = readdirSync(join(PUBLIC_SITE, 'assets')).filter(file => file.endsWith('.js')).map(file => readFileSync(join(PUBLIC_SITE, 'assets', file), 'utf8')).join('\n')
  // The article's first milestone as a literal object (the bundler may rewrite the JSON's quotes).
  expect(code).toMatch(/"?year"?:2019,"?title"?:["`]Initial investment["`]/)
})

test('neither the public site nor the presenter edition holds the phone remote (it needs the dev server)', () => {
  // Strings of the remote's own source (its notes-size key, its /entry link), kept by any minifier.
  const markers = ['deck-remote-notes-px', 'Phone remote']
  const source = ['RemotePage.vue', 'EntryWithRemote.vue'].map(file => readFileSync(join(ROOT, 'remote', file), 'utf8')).join('\n')
  expect(markers.filter(m => !source.includes(m))).toEqual([])
  for (const site of [PUBLIC_SITE, PRESENTER_SITE]) {
    const chunks = readdirSync(join(site, 'assets')).filter(file => file.endsWith('.js'))
    expect(chunks.length).toBeGreaterThan(5)
    const found = chunks.filter(file => markers.some(m => readFileSync(join(site, 'assets', file), 'utf8').includes(m)))
    expect(found, site).toEqual([])
  }
})
