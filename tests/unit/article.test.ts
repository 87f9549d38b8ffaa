// @vitest-environment happy-dom
// The article check (tests/article/) at unit level: its facts are the article's words, and the
// check fails on a changed or dropped milestone, through the real path from data/milestones.json
// to the timeline's rendered text (the build's data step, then the component).
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import MilestoneTimeline from '../../components/MilestoneTimeline.vue'
import { buildDeckData, DATA_FILES } from '../../tooling/deck-data.ts'
import { article, flat, foreignTerms, missingFacts } from '../article/check.ts'
import { CLAIMS, MILESTONES, NAMES, SECTIONS } from '../article/facts.ts'
import { ROOT } from '../support/paths.ts'

const texts = Object.fromEntries(Object.entries(DATA_FILES).map(([key, { file }]) => [key, readFileSync(resolve(ROOT, file), 'utf8')])) as Record<keyof typeof DATA_FILES, string>

/** The timeline's text as a reader meets it: every text node, in order, apart from the next. */
function timelineText(milestones: string) {
  const { timeline } = buildDeckData({ ...texts, milestones })
  const wrapper = mount(MilestoneTimeline, { props: timeline, global: { directives: { click: {} } } })
  const parts: string[] = []
  const walk = (node: Node) => node.nodeType === 3 ? parts.push(node.textContent ?? '') : node.childNodes.forEach(walk)
  walk(wrapper.element)
  return parts.join(' ')
}

describe('the article\'s facts (tests/article/facts.ts)', () => {
  it('are the article\'s own words: every phrase, year and name is in it', () => {
    for (const fact of [...SECTIONS, ...CLAIMS, ...MILESTONES]) {
      for (const phrase of fact.shown)
        expect(flat(article), `${fact.fact}: "${phrase}"`).toContain(flat(phrase))
    }
    for (const milestone of MILESTONES)
      expect(article).toContain(`${milestone.year}: `)
    for (const name of NAMES)
      expect(article).toContain(name)
    // The article has five milestones, three friction points, three implications, three scenarios.
    expect(MILESTONES).toHaveLength(5)
    expect(CLAIMS.map(c => c.fact.split(':')[0]).filter(kind => /^(?:friction|implication|scenario)/.test(kind!))).toEqual(['friction 1', 'friction 2', 'friction 3', 'implication', 'implication', 'implication', 'scenario', 'scenario', 'scenario'])
  })
})

describe('the timeline built from data/milestones.json, against the article', () => {
  it('shows every milestone of the article, and nothing the article does not have', () => {
    const text = timelineText(texts.milestones)
    expect(missingFacts([text], { milestones: MILESTONES })).toEqual([])
    expect(foreignTerms(text)).toEqual([])
  })

  it('fails when "GPT-3" becomes "GPT-4" in the data', () => {
    const changed = texts.milestones.replace('"GPT-3 launch"', '"GPT-4 launch"')
    expect(changed).not.toBe(texts.milestones)
    const text = timelineText(changed)
    expect(missingFacts([text], { milestones: MILESTONES })).toEqual(['missing: 2020: GPT-3 launch and integration into Microsoft products'])
    expect(foreignTerms(text)).toEqual(['not in the article: the name "GPT-4"'])
  })

  it('fails when a milestone is dropped from the data', () => {
    const milestones = JSON.parse(texts.milestones) as Array<{ year: number }>
    const dropped = JSON.stringify(milestones.filter(m => m.year !== 2021), null, 2)
    expect(missingFacts([timelineText(dropped)], { milestones: MILESTONES })).toEqual(['missing: 2021: Expanded collaboration on AI supercomputing'])
  })

  it('fails on a year or an amount the article does not have', () => {
    const text = timelineText(texts.milestones.replace('"year": 2023', '"year": 2024').replace('$1 billion', '$10 billion'))
    expect(foreignTerms(text)).toEqual(['not in the article: the year 2024', 'not in the article: the amount $10,000,000,000'])
  })
})
