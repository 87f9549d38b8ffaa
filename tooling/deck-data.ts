// The deck's data, read once, in Node: data/*.json parsed and validated against data/schema.ts,
// cross-checked, and laid out for its slide with the deck's own font (layout/). A Vite plugin
// serves the result to the slides as `virtual:deck-data`, plain data with its types: no
// validator, parser or fit maths reaches the browser. `npm run check:data`, dev, build and export
// all run `loadDeckData`.
import type { Plugin } from 'vite'
import type { Friction, Milestone } from '../data/schema.ts'
import type { ComparisonLayout, ComparisonText } from '../layout/comparison.ts'
import type { Box } from '../layout/geometry.ts'
import type { Measure } from '../layout/text.ts'
import type { TimelineLayout } from '../layout/timeline.ts'
import type { JsonSource } from './data-errors.ts'
import { readdirSync, readFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { FrictionsSchema, MilestonesSchema, ScenarioComparisonSchema } from '../data/schema.ts'
import { comparisonLayout, comparisonText, summariesHeight } from '../layout/comparison.ts'
import { frictionLayout } from '../layout/frictions.ts'
import { BUDGET, contentBox, px, SLIDE } from '../layout/geometry.ts'
import { lineCount } from '../layout/text.ts'
import { STRAIN_LABEL, timelineLayout } from '../layout/timeline.ts'
import { countWords } from './checks/legibility.ts'
import { DataError, parseJson, parseWithSchema, place, problem } from './data-errors.ts'
import { readCanvas } from './deck-summary.ts'
import { measureInter } from './font-metrics.ts'

/** The data files of the deck, relative to the project root, and what each must hold. */
export const DATA_FILES = {
  milestones: { file: 'data/milestones.json', schema: MilestonesSchema },
  frictions: { file: 'data/frictions.json', schema: FrictionsSchema },
  scenarios: { file: 'data/scenarios.json', schema: ScenarioComparisonSchema },
} as const

/** What the slides import from `virtual:deck-data`: each component's props, ready to bind. */
export interface DeckDataModule {
  timeline: { milestones: Milestone[], layout: TimelineLayout }
  frictions: { frictions: Friction[] }
  comparison: { text: ComparisonText, layout: ComparisonLayout }
}

export interface LayoutContext {
  /** The content box of a slide (layout/geometry.ts contentBox of the deck's canvas). */
  box: Box
  measure: Measure
}

/** The deck in `root`: its canvas's content box, measured with the deck's own font. */
export function layoutContext(root: string): LayoutContext {
  return { box: contentBox(readCanvas(root)), measure: measureInter }
}

/**
 * Parses, validates and lays out the data files whose text is in `texts`; throws a DataError
 * naming the file, line and column of every problem.
 */
export function buildDeckData(texts: Record<keyof typeof DATA_FILES, string>, context: LayoutContext): DeckDataModule {
  const sources = {
    milestones: parseJson(DATA_FILES.milestones.file, texts.milestones),
    frictions: parseJson(DATA_FILES.frictions.file, texts.frictions),
    scenarios: parseJson(DATA_FILES.scenarios.file, texts.scenarios),
  }
  const milestones = parseWithSchema(DATA_FILES.milestones.schema, sources.milestones)
  const frictions = parseWithSchema(DATA_FILES.frictions.schema, sources.frictions)
  const scenarios = parseWithSchema(DATA_FILES.scenarios.schema, sources.scenarios)

  const known = frictions.map(f => f.id)
  const unknown = scenarios.scenarios.flatMap((scenario, i) => scenario.answers.flatMap((id, j) => known.includes(id)
    ? []
    : [problem(sources.scenarios, ['scenarios', i, 'answers', j], `expected a friction point id from ${DATA_FILES.frictions.file} (${known.map(k => `"${k}"`).join(', ')}), got "${id}"`)]))
  if (unknown.length)
    throw new DataError(unknown.join('\n'))

  const { box, measure } = context
  const timeline = timelineLayout(milestones, box, measure)
  if (!timeline.fits)
    throw tooMuch(sources.milestones, 'the timeline', timeline.height, box, 'shorten titles and details, or use fewer milestones')
  const frictionFit = frictionLayout(frictions, box, measure)
  if (!frictionFit.fits)
    throw tooMuch(sources.frictions, 'the friction points', Math.max(frictionFit.height, ...frictionFit.points), box, 'shorten titles, claims and specifics, or use fewer points')
  // A point's title heads its own slide, whose space the fit maths reckons under a one-line
  // heading. (The heading's negative letter-spacing is not measured: a title this refuses by a
  // hair may just fit, never the other way round.)
  const heading = { size: px(SLIDE.heading.size), weight: SLIDE.heading.weight } as const
  const longTitles = frictions.flatMap((f, i) => {
    const lines = lineCount(f.title, heading, box.width, measure)
    return lines > 1 ? [problem(sources.frictions, [i, 'title'], `expected a title that fits on one line as its slide's heading (${box.width} px at the ${SLIDE.heading.size} type step), got one that needs ${lines}: shorten it`)] : []
  })
  if (longTitles.length)
    throw new DataError(longTitles.join('\n'))
  const text = comparisonText(scenarios, frictions)
  const table = comparisonLayout(text, box, measure)
  if (!table.fits)
    throw tooMuch(sources.scenarios, 'the scenario comparison', table.height, box, 'shorten cells, or use fewer scenarios or dimensions')
  const summaries = summariesHeight(text, box, measure)
  if (summaries > box.height)
    throw tooMuch(sources.scenarios, 'the scenarios and their summaries', summaries, box, 'shorten names and summaries, or use fewer scenarios')

  // The legibility budget: words on each data-driven slide (layout/geometry.ts BUDGET).
  const overBudget = [
    ...budget(sources.milestones, [], 'the timeline', milestones.flatMap(m => [String(m.year), m.title, m.detail, m.kind === 'strain' ? STRAIN_LABEL : ''])),
    ...budget(sources.frictions, [], 'the friction point overview', frictions.flatMap((f, i) => [String(i + 1), f.title])),
    ...frictions.flatMap((f, i) => budget(sources.frictions, [i], `the slide of friction point "${f.id}"`, [f.claim, ...f.specifics])),
    ...budget(sources.scenarios, ['scenarios'], 'the scenarios slide', scenarios.scenarios.flatMap(s => [s.name, s.summary])),
    ...budget(sources.scenarios, [], 'the scenario comparison', [...text.rowLabels, text.listLabel, ...text.columns.flatMap(c => [c.name, ...c.cells, ...c.list])]),
  ]
  if (overBudget.length)
    throw new DataError(overBudget.join('\n'))

  return {
    timeline: { milestones, layout: timeline },
    frictions: { frictions },
    comparison: { text, layout: table },
  }
}

/** A problem at `path` when `texts` hold more words than a component may show on one slide. */
function budget(source: JsonSource, path: Array<string | number>, what: string, texts: readonly string[]) {
  const words = texts.reduce((sum, t) => sum + countWords(t), 0)
  return words <= BUDGET.componentWords
    ? []
    : [problem(source, path, `expected ${what} to show at most ${BUDGET.componentWords} words (the legibility budget: ${BUDGET.maxWords} per slide, heading and source line included), got ${words}: shorten the text, or use fewer entries`)]
}

/** Valid data field by field can still be too much in total (twelve milestones of 300 characters). */
function tooMuch(source: JsonSource, what: string, height: number, box: Box, advice: string) {
  return new DataError(`${place(source, 0)}: (root): expected ${what} to fit its slide, but even at the smallest text size it needs about ${Math.round(height)} px of the ${box.height} px there: ${advice}`)
}

/** Reads and checks the data files of the deck in `root`. */
export function loadDeckData(root: string, context = layoutContext(root)) {
  const read = (file: string) => readFileSync(resolve(root, file), 'utf8')
  const data = buildDeckData({
    milestones: read(DATA_FILES.milestones.file),
    frictions: read(DATA_FILES.frictions.file),
    scenarios: read(DATA_FILES.scenarios.file),
  }, context)
  checkPointSlides(root, data.frictions.frictions.map(f => f.title))
  return data
}

/** Where the pages give a friction point its own slide: `<FrictionPoint :friction="frictions.frictions[i]" />`. */
const POINT_SLIDE = /<FrictionPoint\s+:friction="frictions\.frictions\[(\d+)\]"/g
/** A slide's separator, and a Markdown heading. */
const SEPARATOR = /^---[ \t]*$/gm
const HEADING = /^#{1,6}[ \t](.*)$/m

/**
 * Every friction point has its own slide, and every such slide a point: Slidev cannot make
 * slides from data, so the pages name them one by one, and a point added to the data without a
 * slide would be shown only in the overview. Each such slide is headed with its point's title:
 * the heading is written in the page, where Slidev's outline and the PDF's bookmarks read it,
 * and this check keeps it the same as the data's.
 */
export function checkPointSlides(root: string, titles: readonly string[]) {
  const file = DATA_FILES.frictions.file
  const text = readFileSync(resolve(root, file), 'utf8')
  const pages = readdirSync(resolve(root, 'pages')).filter(f => f.endsWith('.md')).sort()
  const shown = pages.flatMap((page) => {
    const markdown = readFileSync(resolve(root, 'pages', page), 'utf8')
    return [...markdown.matchAll(POINT_SLIDE)].map((match) => {
      const slideStart = Math.max(0, ...[...markdown.slice(0, match.index).matchAll(SEPARATOR)].map(m => m.index + m[0].length))
      const heading = HEADING.exec(markdown.slice(slideStart, match.index))
      const line = markdown.slice(0, slideStart + (heading?.index ?? 0)).split('\n').length
      return { point: Number(match[1]), heading: heading?.[1]?.trim(), where: `pages/${page}:${line}` }
    })
  })
  const expected = titles.map((_, i) => i)
  if (shown.length !== titles.length || expected.some(i => !shown.some(s => s.point === i))) {
    throw new DataError(`${place({ file, text }, 0)}: (root): expected one slide per friction point (<FrictionPoint :friction="frictions.frictions[i]" /> in pages/ for i = 0 to ${titles.length - 1}), but the pages show ${shown.length ? `points ${shown.map(s => s.point).join(', ')}` : 'none'}: add or remove a slide, or change the data`)
  }
  const source = parseJson(file, text)
  const wrong = shown.filter(s => s.heading !== titles[s.point])
  if (wrong.length) {
    throw new DataError(wrong.map(s => problem(source, [s.point, 'title'], s.heading === undefined
      ? `expected the slide of this point (${s.where}) to have a heading, "## ${titles[s.point]}", but it has none`
      : `expected the heading of this point's slide (${s.where}) to read the same, but it reads "${s.heading}": change one of them`)).join('\n'))
  }
}

const ID = 'virtual:deck-data'
const RESOLVED = `\0${ID}`

/**
 * Serves `virtual:deck-data`. Bad data stops `build` and the start of `dev` with the message;
 * while `dev` runs, a saved mistake is printed in the terminal and shown in Vite's overlay at
 * once (Vite's own watcher), and the fix clears it.
 */
export function deckData(root: string): Plugin {
  const files = Object.values(DATA_FILES).map(({ file }) => resolve(root, file))
  const load = () => loadDeckData(root)
  return {
    name: 'deck:data',
    buildStart() {
      for (const file of files)
        this.addWatchFile(file)
      try {
        load()
      }
      catch (error) {
        this.error((error as Error).message)
      }
    },
    resolveId(id) {
      return id === ID ? RESOLVED : undefined
    },
    load(id) {
      if (id !== RESOLVED)
        return
      for (const file of files)
        this.addWatchFile(file)
      let data: DeckDataModule
      try {
        data = load()
      }
      catch (error) {
        this.error((error as Error).message)
      }
      return Object.entries(data).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)}`).join('\n')
    },
    handleHotUpdate({ file, server }) {
      if (!files.includes(file))
        return
      const module = server.moduleGraph.getModuleById(RESOLVED)
      try {
        load()
      }
      catch (error) {
        const message = (error as Error).message
        server.config.logger.error(`\n✖ ${message}\n`, { timestamp: true })
        server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'deck:data', id: relative(root, file) } })
        return []
      }
      if (module)
        server.moduleGraph.invalidateModule(module)
      // A full reload also clears the error overlay that a previous mistake left.
      server.ws.send({ type: 'full-reload' })
      return []
    },
  }
}
