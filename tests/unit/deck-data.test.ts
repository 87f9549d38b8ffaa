// The deck's data as the build reads it: the article's facts, the cross-checks, the word budget,
// and the virtual module the slides import (plain data, and while editing where each text is written).
import type { Plugin } from 'vite'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BUDGET } from '../../layout/geometry.ts'
import { countWords } from '../../tooling/checks/slide.ts'
import { buildDeckData, checkPointSlides, DATA_FILES, deckData, placesIn } from '../../tooling/deck-data.ts'
import { errorOf } from '../support/data-error.ts'
import { ROOT } from '../support/paths.ts'

const texts = Object.fromEntries(Object.entries(DATA_FILES).map(([key, { file }]) => [key, readFileSync(resolve(ROOT, file), 'utf8')])) as Record<keyof typeof DATA_FILES, string>

describe('the deck\'s data', () => {
  it('holds the article\'s milestones, 2019 to 2023, and its three friction points and scenarios', () => {
    const data = buildDeckData(texts)
    expect(data.timeline.milestones.map(m => m.year)).toEqual([2019, 2020, 2021, 2022, 2023])
    expect(data.frictions.frictions).toHaveLength(3)
    expect(data.comparison.text.columns.map(c => c.name)).toEqual(['Renegotiated partnership', 'Controlled competition', 'Decoupling'])
  })

  it('refuses a scenario answering a friction point that does not exist, at the id', () => {
    const bad = texts.scenarios.replace('"answers": [\n        "revenue-sharing"', '"answers": [\n        "pricing"')
    expect(bad).not.toBe(texts.scenarios)
    const line = bad.slice(0, bad.indexOf('"pricing"')).split('\n').length
    expect(errorOf(() => buildDeckData({ ...texts, scenarios: bad }))).toBe(`data/scenarios.json:${line}:9: scenarios[0].answers[0]: expected a friction point id from data/frictions.json ("revenue-sharing", "competing-initiatives", "governance"), got "pricing"`)
  })

  // Inter has these (its latin-ext, greek and cyrillic subsets); it has no emoji. The code point
  // is written out here, not taken from the check, so a check that named the wrong one fails.
  it('accepts Polish, Czech, Greek and Cyrillic letters, and refuses an emoji in a title naming it, at the title', () => {
    const scripts = texts.milestones.replace('"GPT-3 launch"', '"Łódź-Říjen Αθήνα-Москва"')
    expect(scripts).not.toBe(texts.milestones)
    expect(buildDeckData({ ...texts, milestones: scripts }).timeline.milestones[1]!.title).toBe('Łódź-Říjen Αθήνα-Москва')
    const emoji = texts.milestones.replace('"GPT-3 launch"', '"GPT-3 launch 🚀"')
    const line = emoji.split('\n').findIndex(l => l.includes('🚀')) + 1
    expect(errorOf(() => buildDeckData({ ...texts, milestones: emoji }))).toBe(`data/milestones.json:${line}:14: [1].title: expected text in characters the deck's font has, got "🚀" (U+1F680): the deck's font Inter has no such character, so it would be drawn in another font on screen and in the PDF: remove it or write it in words`)
  })
})

describe('the legibility budget in the data check', () => {
  it('counts words as a reader does', () => {
    expect(countWords('Microsoft invests $1 billion in OpenAI\'s GPT-3.')).toBe(7)
    expect(countWords('  ')).toBe(0)
  })

  it('refuses a slide of data over the word budget, at the place that holds it, naming the budget', () => {
    // Five milestones that fit the slide at body size, but of 2 + 9 words each with the year: 5 x 12 > 50.
    const five = JSON.stringify(Array.from({ length: 5 }, (_, i) => ({ year: 2016 + i, title: 'Short title', detail: 'Nine short words say what happened in that year.' })), null, 2)
    expect(errorOf(() => buildDeckData({ ...texts, milestones: five }))).toBe(`data/milestones.json:1:1: (root): expected the timeline to show at most ${BUDGET.componentWords} words (the legibility budget: ${BUDGET.maxWords} per slide, heading and source line included), got 60: shorten the text, or use fewer entries`)
    // One friction point's own slide: its claim and specifics.
    const long = JSON.parse(texts.frictions) as Array<{ specifics: string[] }>
    // Its 8 + 11 words, and 22 + 11 more.
    long[2]!.specifics.push('Eleven words more about the overlap between the two companies now, and eleven more words that no room can read at once.', 'Ten more words that the slide cannot hold for a room.')
    const line = JSON.stringify(long, null, 2).split('\n').findIndex(l => l.includes('"governance"'))
    expect(errorOf(() => buildDeckData({ ...texts, frictions: JSON.stringify(long, null, 2) })))
      .toMatch(new RegExp(`^data/frictions\\.json:${line}:3: \\[2\\]: expected the slide of friction point "governance" to show at most ${BUDGET.componentWords} words .*, got 52:`))
  })

  it('refuses friction points without a slide of their own, or whose slide is headed otherwise', () => {
    const titles = (JSON.parse(texts.frictions) as Array<{ title: string }>).map(f => f.title)
    expect(() => checkPointSlides(ROOT, titles)).not.toThrow()
    expect(errorOf(() => checkPointSlides(ROOT, [...titles, 'A fourth point']))).toMatch(/^data\/frictions\.json:1:1: \(root\): expected one slide per friction point .* for i = 0 to 3\), but the pages show points 0, 1, 2: /)
    // The second point's slide, found by its heading in the page file.
    const page = 'pages/05-friction-points.md'
    const line = readFileSync(resolve(ROOT, page), 'utf8').split('\n').indexOf(`## ${titles[1]}`) + 1
    const dataLines = texts.frictions.split('\n')
    const dataLine = dataLines.findIndex(l => l.includes(JSON.stringify(titles[1]))) + 1
    const column = dataLines[dataLine - 1]!.indexOf(JSON.stringify(titles[1])) + 1
    expect(line).toBeGreaterThan(0)
    expect(errorOf(() => checkPointSlides(ROOT, titles.map((title, i) => i === 1 ? 'Rival AI efforts' : title))))
      .toBe(`data/frictions.json:${dataLine}:${column}: [1].title: expected the heading of this point's slide (${page}:${line}) to read the same, but it reads "${titles[1]}": change one of them`)
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
    expect(exports.map(m => m![1])).toEqual(['timeline', 'frictions', 'comparison', 'sourceOf'])
    for (const m of exports.slice(0, 3))
      expect(() => JSON.parse(m![2]!)).not.toThrow()
    // A build names no place in the data files.
    expect(exports[3]![2]).toBe('() => undefined')
  })

  it('while editing, places each text of the data at its file, line, column and path', () => {
    const detail = (JSON.parse(texts.milestones) as Array<{ detail: string }>)[2]!.detail
    const lines = texts.milestones.split('\n')
    const line = lines.findIndex(l => l.includes(JSON.stringify(detail)))
    expect(line).toBeGreaterThan(0)
    expect(placesIn(ROOT)[detail]).toBe(`data/milestones.json:${line + 1}:${lines[line]!.indexOf(JSON.stringify(detail)) + 1} [2].detail`)
    const cell = (JSON.parse(texts.scenarios) as { scenarios: Array<{ name: string }> }).scenarios[1]!.name
    expect(placesIn(ROOT)[cell]).toMatch(/^data\/scenarios\.json:\d+:\d+ scenarios\[1\]\.name$/)
  })
})
