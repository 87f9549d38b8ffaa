// The deck's data as the build reads it: the article's facts, the cross-checks, the fit refusal,
// and the virtual module the slides import (plain data, nothing else).
import type { Plugin } from 'vite'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DataError } from '../../tooling/data-errors.ts'
import { buildDeckData, DATA_FILES, deckData, layoutContext } from '../../tooling/deck-data.ts'
import { ROOT } from '../support/paths.ts'

const texts = Object.fromEntries(Object.entries(DATA_FILES).map(([key, { file }]) => [key, readFileSync(resolve(ROOT, file), 'utf8')])) as Record<keyof typeof DATA_FILES, string>
const context = layoutContext(ROOT)

function errorOf(fn: () => unknown) {
  try {
    fn()
  }
  catch (error) {
    expect(error).toBeInstanceOf(DataError)
    return (error as Error).message
  }
  throw new Error('expected a DataError')
}

describe('the deck\'s data', () => {
  it('holds the article\'s milestones, 2019 to 2023, and its three friction points and scenarios', () => {
    const data = buildDeckData(texts, context)
    expect(data.timeline.milestones.map(m => m.year)).toEqual([2019, 2020, 2021, 2022, 2023])
    expect(data.frictions.frictions).toHaveLength(3)
    expect(data.comparison.text.columns.map(c => c.name)).toEqual(['Renegotiated partnership', 'Controlled competition', 'Decoupling'])
  })

  it('refuses a scenario answering a friction point that does not exist, at the id', () => {
    const bad = texts.scenarios.replace('"answers": [\n        "revenue-sharing"', '"answers": [\n        "pricing"')
    expect(bad).not.toBe(texts.scenarios)
    const line = bad.slice(0, bad.indexOf('"pricing"')).split('\n').length
    expect(errorOf(() => buildDeckData({ ...texts, scenarios: bad }, context))).toBe(`data/scenarios.json:${line}:9: scenarios[0].answers[0]: expected a friction point id from data/frictions.json ("revenue-sharing", "competing-initiatives", "governance"), got "pricing"`)
  })

  it('refuses data that is valid field by field but too much for its slide', () => {
    const twelve = JSON.stringify(Array.from({ length: 12 }, (_, i) => ({ year: 2016 + i, title: 'A title of ordinary length', detail: 'word '.repeat(55).trim() })))
    expect(errorOf(() => buildDeckData({ ...texts, milestones: twelve }, context))).toMatch(/^data\/milestones\.json:1:1: \(root\): expected the timeline to fit its slide, but even at the smallest text size it needs about \d+ px of the 359 px there/)
  })
})

describe('virtual:deck-data', () => {
  it('is plain data: each export a JSON literal the slides bind as props', async () => {
    const plugin = deckData(ROOT) as Plugin & { load: (this: unknown, id: string) => string }
    const context = {
      addWatchFile: () => {},
      error: (message: string) => {
        throw new Error(message)
      },
    }
    const code = plugin.load.call(context, '\0virtual:deck-data')
    const exports = code.split('\n').map(line => /^export const (\w+) = (.*)$/.exec(line))
    expect(exports.every(Boolean)).toBe(true)
    expect(exports.map(m => m![1])).toEqual(['timeline', 'frictions', 'comparison'])
    for (const m of exports)
      expect(() => JSON.parse(m![2]!)).not.toThrow()
  })
})
