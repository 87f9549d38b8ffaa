import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { z } from 'zod'

/** OpenAI was founded in 2015: nothing on the timeline can predate it. */
export const FIRST_YEAR = 2015
/** A generous ceiling that still catches a typo such as 20233. */
export const LAST_YEAR = 2035

/** Lowercase words joined by hyphens: used in URLs, test ids and cross-references. */
const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'expected a kebab-case id such as "revenue-sharing"',
})

/** Inter's characters: the unicode-range of the @fontsource/inter subsets, all of which styles/index.ts loads. */
const INTER = [...readFileSync(createRequire(import.meta.url).resolve('@fontsource/inter/400.css'), 'utf8').matchAll(/U\+([\da-f]+)(?:-([\da-f]+))?/gi)]
  .map(([, from, to = from]) => [Number.parseInt(from!, 16), Number.parseInt(to!, 16)] as const)

/** Visible text: never empty, never longer than a slide can carry, in characters Inter has (not an emoji, CJK). */
function text(max: number) {
  return z.string().trim().min(1, { error: 'expected non-empty text' }).max(max, { error: `expected at most ${max} characters` }).superRefine((value, ctx) => {
    const missing = [...new Set(value)].filter(char => !/[\s\p{Cc}\p{Cf}]/u.test(char) && !INTER.some(([from, to]) => char.codePointAt(0)! >= from && char.codePointAt(0)! <= to))
    const named = missing.map(char => `"${char}" (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`)
    if (missing.length)
      ctx.addIssue({ code: 'custom', message: `expected text in characters the deck's font has, got ${named.join(', ')}: the deck's font Inter has no such character, so it would be drawn in another font on screen and in the PDF: remove it or write it in words` })
  })
}

const YEARS = { error: `expected a year from ${FIRST_YEAR} to ${LAST_YEAR}` }

/** One entry of the timeline slide ("Key milestones in the partnership"). */
export const MilestoneSchema = z.strictObject({
  /** Calendar year, as the article gives it. */
  year: z.int({ error: 'expected a whole year such as 2019' }).min(FIRST_YEAR, YEARS).max(LAST_YEAR, YEARS),
  /** Short headline, read at a glance. */
  title: text(80),
  /** One sentence of context under the headline. */
  detail: text(300),
  /** "strain" marks the turn from collaboration to friction; shown as a word, not only a colour. */
  kind: z.enum(['growth', 'strain'], { error: 'expected "growth" or "strain"' }).default('growth'),
})

/** The timeline: 1-12 milestones, one per year, oldest first. */
export const MilestonesSchema = z.array(MilestoneSchema)
  .min(1, { error: 'expected at least 1 milestone' })
  .max(12, { error: 'expected at most 12 milestones' })
  .superRefine((items, ctx) => {
    items.forEach(({ year }, i) => {
      const previous = items[i - 1]?.year
      if (previous !== undefined && year <= previous)
        ctx.addIssue({ code: 'custom', path: [i, 'year'], message: year === previous ? `expected one milestone per year, but ${year} appears twice` : `expected years in ascending order, but ${year} follows ${previous}` })
    })
  })

/** One of the article's "emerging friction points". */
export const FrictionSchema = z.strictObject({
  /** Referenced by scenarios (`answers`). */
  id: Id,
  /** The article's heading for the point. */
  title: text(60),
  /** The point in one sentence. */
  claim: text(200),
  /** The specifics the article names, one short line each. */
  specifics: z.array(text(140)).min(1, { error: 'expected at least 1 specific' }).max(4, { error: 'expected at most 4 specifics' }).superRefine(unique('specific')),
})

export const FrictionsSchema = z.array(FrictionSchema)
  .min(1, { error: 'expected at least 1 friction point' })
  .max(5, { error: 'expected at most 5 friction points' })
  .superRefine(unique('id', true))

/** A row header of the scenario comparison. */
export const DimensionSchema = z.strictObject({
  id: Id,
  /** Row label, as the audience reads it. */
  label: text(40),
})

/** One of "the road ahead" scenarios. */
export const ScenarioSchema = z.strictObject({
  id: Id,
  /** Column heading, the article's name for the scenario. */
  name: text(40),
  /** What the article says the scenario is. */
  summary: text(300),
  /** One cell of words per dimension id; every dimension must be filled. */
  cells: z.record(z.string(), text(300)),
  /** Friction point ids this scenario would resolve. */
  answers: z.array(Id).min(1, { error: 'expected at least 1 friction point id' }).superRefine(unique('friction point id')),
})

/** The comparison table: 2-5 scenarios across 1-6 dimensions. */
export const ScenarioComparisonSchema = z.strictObject({
  dimensions: z.array(DimensionSchema).min(1, { error: 'expected at least 1 dimension' }).max(6, { error: 'expected at most 6 dimensions' }).superRefine(unique('id', true)),
  scenarios: z.array(ScenarioSchema).min(2, { error: 'expected at least 2 scenarios' }).max(5, { error: 'expected at most 5 scenarios' }).superRefine(unique('id', true)),
}).superRefine((table, ctx) => {
  const ids = table.dimensions.map(d => d.id)
  table.scenarios.forEach((scenario, i) => {
    for (const id of ids.filter(d => !(d in scenario.cells)))
      ctx.addIssue({ code: 'custom', path: ['scenarios', i, 'cells'], message: `expected a cell for dimension "${id}"` })
    for (const key of Object.keys(scenario.cells).filter(key => !ids.includes(key)))
      ctx.addIssue({ code: 'custom', path: ['scenarios', i, 'cells', key], message: `expected one of the dimension ids ${ids.map(id => `"${id}"`).join(', ')}` })
  })
})

/** Each value once (the components render by them as keys): the items, or with `field`, each item's `name`. */
function unique(name: string, field = false) {
  return (items: unknown[], ctx: z.RefinementCtx) => {
    const values = items.map(item => field ? (item as Record<string, unknown>)[name] : item)
    values.forEach((value, i) => {
      if (values.indexOf(value) !== i)
        ctx.addIssue({ code: 'custom', path: field ? [i, name] : [i], message: `expected ${field ? `a unique ${name}` : `each ${name} once`}, but "${String(value)}" appears twice` })
    })
  }
}

export type Milestone = z.output<typeof MilestoneSchema>
export type Friction = z.output<typeof FrictionSchema>
export type Dimension = z.output<typeof DimensionSchema>
export type Scenario = z.output<typeof ScenarioSchema>
export type ScenarioComparison = z.output<typeof ScenarioComparisonSchema>
