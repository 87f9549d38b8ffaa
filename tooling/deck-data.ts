// The deck's data, in Node: data/*.json validated against data/schema.ts, cross-checked and held to
// its slide's word budget, then served as `virtual:deck-data` (plain data, no validator in the browser).
import type { Plugin } from 'vite'
import type { Friction, ScenarioComparison } from '../data/schema.ts'
import type { JsonSource } from './data-errors.ts'
import { readdirSync, readFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { parseSync } from '@slidev/parser'
import { visit } from 'jsonc-parser'
import { FrictionsSchema, MilestonesSchema, ScenarioComparisonSchema } from '../data/schema.ts'
import { BUDGET, TIMELINE } from '../layout/geometry.ts'
import { countWords } from './checks/slide.ts'
import { DataError, formatPath, parseJson, parseWithSchema, problem } from './data-errors.ts'

/** The data files of the deck, relative to the project root, and what each must hold. */
export const DATA_FILES = {
  milestones: { file: 'data/milestones.json', schema: MilestonesSchema },
  frictions: { file: 'data/frictions.json', schema: FrictionsSchema },
  scenarios: { file: 'data/scenarios.json', schema: ScenarioComparisonSchema },
} as const

/** The words of the scenario table, as ScenarioComparison.vue renders them (an interface: Vue's props compiler reads it). */
export interface ComparisonText {
  caption: string
  rowLabels: string[]
  listLabel: string
  columns: Array<{ id: string, name: string, summary: string, cells: string[], list: string[] }>
}
/** What the slides import from `virtual:deck-data`: each component's props, ready to bind. */
export type DeckDataModule = ReturnType<typeof buildDeckData>

const COUNT_WORDS = ['No', 'One', 'Two', 'Three', 'Four', 'Five']

/**
 * A row per dimension, then a row of lists (the titles of the friction points each scenario
 * answers); a column per scenario, whose `summary` is shown on the slide before the table.
 */
export function comparisonText(comparison: ScenarioComparison, frictions: readonly Friction[]): ComparisonText {
  return {
    caption: `${COUNT_WORDS[comparison.scenarios.length] ?? comparison.scenarios.length} scenarios for the road ahead`,
    rowLabels: comparison.dimensions.map(d => d.label),
    listLabel: 'Resolves',
    columns: comparison.scenarios.map(s => ({
      id: s.id,
      name: s.name,
      summary: s.summary,
      cells: comparison.dimensions.map(d => s.cells[d.id] ?? ''),
      list: s.answers.map(id => frictions.find(f => f.id === id)?.title ?? id),
    })),
  }
}

type Texts = Record<keyof typeof DATA_FILES, string>

/** Parses and validates the data files' `texts`; a DataError names the file, line and column of every problem. */
export function buildDeckData(texts: Texts) {
  const parse = (name: keyof Texts) => parseJson(DATA_FILES[name].file, texts[name])
  const sources = { milestones: parse('milestones'), frictions: parse('frictions'), scenarios: parse('scenarios') }
  const milestones = parseWithSchema(DATA_FILES.milestones.schema, sources.milestones)
  const frictions = parseWithSchema(DATA_FILES.frictions.schema, sources.frictions)
  const scenarios = parseWithSchema(DATA_FILES.scenarios.schema, sources.scenarios)

  const known = frictions.map(f => f.id)
  const text = comparisonText(scenarios, frictions)
  const problems = [
    ...scenarios.scenarios.flatMap((scenario, i) => scenario.answers.flatMap((id, j) => known.includes(id)
      ? []
      : [problem(sources.scenarios, ['scenarios', i, 'answers', j], `expected a friction point id from ${DATA_FILES.frictions.file} (${known.map(k => `"${k}"`).join(', ')}), got "${id}"`)])),
    ...budget(sources.milestones, [], 'the timeline', milestones.flatMap(m => [String(m.year), m.title, m.detail, m.kind === 'strain' ? TIMELINE.badge.label : ''])),
    ...budget(sources.frictions, [], 'the friction point overview', frictions.flatMap((f, i) => [String(i + 1), f.title])),
    ...frictions.flatMap((f, i) => budget(sources.frictions, [i], `the slide of friction point "${f.id}"`, [f.claim, ...f.specifics])),
    ...budget(sources.scenarios, ['scenarios'], 'the scenarios slide', scenarios.scenarios.flatMap(s => [s.name, s.summary])),
    ...budget(sources.scenarios, [], 'the scenario comparison', [...text.rowLabels, text.listLabel, ...text.columns.flatMap(c => [c.name, ...c.cells, ...c.list])]),
  ]
  if (problems.length)
    throw new DataError(problems.join('\n'))

  return { timeline: { milestones }, frictions: { frictions }, comparison: { text } }
}

/** Where each text of the data in `root` is first written, for the slide check's messages (`data-deck-source` in dev). */
export function placesIn(root: string) {
  const places: Record<string, string> = {}
  const texts = readTexts(root)
  for (const [name, { file }] of Object.entries(DATA_FILES)) {
    visit(texts[name as keyof Texts], {
      onLiteralValue: (value, _offset, _length, line, column, path) => {
        if (typeof value === 'string')
          places[value] ??= `${file}:${line + 1}:${column + 1} ${formatPath(path())}`
      },
    })
  }
  return places
}

/** A problem at `path` when `texts` hold more words than a component may show (layout/geometry.ts BUDGET). */
function budget(source: JsonSource, path: Array<string | number>, what: string, texts: readonly string[]) {
  const words = texts.reduce((sum, t) => sum + countWords(t), 0)
  return words <= BUDGET.componentWords
    ? []
    : [problem(source, path, `expected ${what} to show at most ${BUDGET.componentWords} words (the legibility budget: ${BUDGET.maxWords} per slide, heading and source line included), got ${words}: shorten the text, or use fewer entries`)]
}

function readTexts(root: string) {
  return Object.fromEntries(Object.entries(DATA_FILES).map(([name, { file }]) => [name, readFileSync(resolve(root, file), 'utf8')])) as Texts
}

/** Reads and checks the data files of the deck in `root`. */
export function loadDeckData(root: string) {
  const data = buildDeckData(readTexts(root))
  checkPointSlides(root, data.frictions.frictions.map(f => f.title))
  return data
}

/** Where the pages give a friction point its own slide: `<FrictionPoint :friction="frictions.frictions[i]" />`. */
const POINT_SLIDE = /<FrictionPoint\s+:friction="frictions\.frictions\[(\d+)\]"/g

/** One slide per friction point in pages/, headed with its title (docs/authoring.md says why). */
export function checkPointSlides(root: string, titles: readonly string[]) {
  const file = DATA_FILES.frictions.file
  const pages = readdirSync(resolve(root, 'pages')).filter(f => f.endsWith('.md')).sort()
  const shown = pages.flatMap((page) => {
    const lines = readFileSync(resolve(root, 'pages', page), 'utf8').split('\n')
    return parseSync(lines.join('\n'), page).slides.flatMap((slide) => {
      const heading = lines.findIndex((line, i) => i >= slide.contentStart && i < slide.end && /^#{1,6} /.test(line))
      const where = `pages/${page}:${heading < 0 ? slide.start : heading + 1}`
      return [...slide.content.matchAll(POINT_SLIDE)].map(match => ({ point: Number(match[1]), heading: slide.title, where }))
    })
  })
  if (shown.length !== titles.length || titles.some((_, i) => !shown.some(s => s.point === i))) {
    throw new DataError(`${file}:1:1: (root): expected one slide per friction point (<FrictionPoint :friction="frictions.frictions[i]" /> in pages/ for i = 0 to ${titles.length - 1}), but the pages show ${shown.length ? `points ${shown.map(s => s.point).join(', ')}` : 'none'}: add or remove a slide, or change the data`)
  }
  const source = parseJson(file, readFileSync(resolve(root, file), 'utf8'))
  const wrong = shown.filter(s => s.heading !== titles[s.point])
  if (wrong.length) {
    throw new DataError(wrong.map(s => problem(source, [s.point, 'title'], s.heading === undefined
      ? `expected the slide of this point (${s.where}) to have a heading, "## ${titles[s.point]}", but it has none`
      : `expected the heading of this point's slide (${s.where}) to read the same, but it reads "${s.heading}": change one of them`)).join('\n'))
  }
}

const ID = 'virtual:deck-data'
const RESOLVED = `\0${ID}`
/** How long a data file that fails to load is given to finish being saved. */
const SAVE_SETTLE_MS = 150

/** Serves `virtual:deck-data`; bad data stops `build` and `dev`'s start, and shows while `dev` runs until fixed. */
export function deckData(root: string): Plugin {
  const files = Object.values(DATA_FILES).map(({ file }) => resolve(root, file))
  const failure = () => {
    try {
      loadDeckData(root)
    }
    catch (error) {
      return (error as Error).message
    }
  }
  let serve = false
  return {
    name: 'deck:data',
    configResolved(config) {
      serve = config.command === 'serve'
    },
    buildStart() {
      loadDeckData(root)
    },
    resolveId: id => id === ID ? RESOLVED : undefined,
    load(id) {
      if (id !== RESOLVED)
        return
      for (const file of files)
        this.addWatchFile(file)
      // Only while editing: a built site carries no positions in the data files.
      const places = serve ? `const places = ${JSON.stringify(placesIn(root))}\nexport const sourceOf = text => places[text]` : 'export const sourceOf = () => undefined'
      return [...Object.entries(loadDeckData(root)).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)}`), places].join('\n')
    },
    async handleHotUpdate({ file, server }) {
      if (!files.includes(file))
        return
      // An editor that saves in place empties the file first: the watcher can read it between the
      // two. A mistake that is still there a moment later is the author's.
      const message = failure() && await new Promise(resolve => setTimeout(resolve, SAVE_SETTLE_MS)).then(failure)
      if (message) {
        server.config.logger.error(`\n✖ ${message}\n`, { timestamp: true })
        server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'deck:data', id: relative(root, file) } })
        return []
      }
      const module = server.moduleGraph.getModuleById(RESOLVED)
      if (module)
        server.moduleGraph.invalidateModule(module)
      // A full reload also clears the error overlay that a previous mistake left.
      server.ws.send({ type: 'full-reload' })
      return []
    },
  }
}
