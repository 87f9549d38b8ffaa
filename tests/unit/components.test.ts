// @vitest-environment happy-dom
// The components as presentational pieces: given data, they render semantic HTML, reveal by
// click, and show every string as text.
import type { Directive } from 'vue'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import FrictionPoint from '../../components/FrictionPoint.vue'
import FrictionPoints from '../../components/FrictionPoints.vue'
import MilestoneTimeline from '../../components/MilestoneTimeline.vue'
import ScenarioComparison from '../../components/ScenarioComparison.vue'
import ScenarioSummaries from '../../components/ScenarioSummaries.vue'
import { comparisonText } from '../../tooling/deck-data.ts'
import { deckData, fixtures, HOSTILE } from '../fixtures/index.ts'

/** Slidev's `v-click` does not exist outside Slidev: a stand-in that records where it is used. */
function clicks() {
  const uses: Array<{ el: HTMLElement, value: unknown }> = []
  const click: Directive<HTMLElement, unknown> = { mounted: (el, binding) => void uses.push({ el, value: binding.value }) }
  return { uses, global: { directives: { click } } }
}

function expectHostileAsText(root: Element) {
  const text = root.textContent ?? ''
  for (const hostile of HOSTILE)
    expect(text).toContain(hostile)
  expect(text).not.toContain('49')
  expect(root.querySelector('script, img, b')).toBeNull()
}

describe('<MilestoneTimeline>', () => {
  const { milestones } = deckData.timeline

  it('renders an ordered list, one item per milestone in data order, each year as <time datetime>', () => {
    const wrapper = mount(MilestoneTimeline, { props: { milestones }, ...clicks() })
    expect(wrapper.element.tagName).toBe('OL')
    const items = wrapper.findAll('ol > li')
    expect(items.map(li => li.get('time').attributes('datetime'))).toEqual(['2019', '2020', '2021', '2022', '2023'])
    expect(items.map(li => li.get('.title').text())).toEqual(milestones.map(m => m.title))
    expect(wrapper.attributes('aria-label')).toBe('Key milestones, 2019 to 2023')
    expect(wrapper.findAll('h1, h2, h3, h4, h5, h6')).toHaveLength(0)
  })

  it('marks strain milestones with the visible word "Strain", and only those', () => {
    const wrapper = mount(MilestoneTimeline, { props: { milestones }, ...clicks() })
    // The article's 2023 entry, "reports emerge about negotiation challenges", is the one strain.
    expect(wrapper.findAll('.badge').map(b => b.text())).toEqual(['Strain'])
    expect(wrapper.find('.strain time').text()).toBe('2023')
  })

  it('stacks up to six entries, lays out more in two rows (up to eight) or three, and names a single milestone in the singular', () => {
    const layout = (milestones: typeof fixtures.milestones12) => {
      const el = mount(MilestoneTimeline, { props: { milestones }, ...clicks() }).element as HTMLElement
      return [[...el.classList].find(c => c.startsWith('layout-')), el.style.getPropertyValue('--columns')]
    }
    expect(layout(fixtures.milestones6)).toEqual(['layout-stack', ''])
    // Seven: two rows of four; twelve: three rows of four.
    expect(layout(fixtures.milestones12.slice(0, 7))).toEqual(['layout-grid', '4'])
    expect(layout(fixtures.milestones12)).toEqual(['layout-grid', '4'])
    const one = mount(MilestoneTimeline, { props: { milestones: fixtures.milestones1 }, ...clicks() })
    expect(one.attributes('aria-label')).toBe('Key milestone, 2024')
  })

  it('reveals one entry per click, and shows hostile strings as text', () => {
    const revealing = clicks()
    const wrapper = mount(MilestoneTimeline, { props: { milestones: fixtures.milestones12 }, global: revealing.global })
    // A bare `v-click`: the next click step.
    expect(revealing.uses.map(u => [u.el, u.value])).toEqual(wrapper.findAll('ol > li').map(li => [li.element, undefined]))
    expectHostileAsText(wrapper.element)
  })
})

describe('<ScenarioComparison>', () => {
  it('renders a table captioned for screen readers: a header row of scenarios, one row per dimension, then the friction row', () => {
    const { text } = deckData.comparison
    const wrapper = mount(ScenarioComparison, { props: { text }, ...clicks() })
    const el = wrapper.element as HTMLTableElement
    expect(el.tagName).toBe('TABLE')
    expect(el.querySelector('caption')?.textContent?.trim()).toBe('Three scenarios for the road ahead')
    // The slide's heading says it on screen; the caption counts against no word budget.
    expect(el.querySelector('caption')?.classList.contains('sr-only')).toBe(true)
    // The summaries are on the scenarios slide before the table, not in it.
    expect(el.textContent).not.toContain(text.columns[0]!.summary)
    expect([...el.querySelectorAll('thead th')].map(th => [th.tagName, th.getAttribute('scope')])).toEqual(Array.from({ length: 4 }, () => ['TH', 'col']))
    // The article's three scenarios, in its order.
    expect([...el.querySelectorAll('thead .name')].map(n => n.textContent)).toEqual(['Renegotiated partnership', 'Controlled competition', 'Decoupling'])
    const rows = [...el.querySelectorAll('tbody > tr')].map(r => [...r.querySelectorAll(':scope > th, :scope > td')])
    expect(rows.map(r => r[0]!.getAttribute('scope'))).toEqual(rows.map(() => 'row'))
    expect(rows.map(r => r[0]!.textContent?.trim())).toEqual([...text.rowLabels, 'Resolves'])
    expect(rows.at(-1)!.slice(1).map(td => [...td.querySelectorAll('li')].map(li => li.textContent?.trim()))).toEqual(text.columns.map(c => c.list))
  })

  // The width it is given is applied through CSS, which only a browser lays out: tests/site/comparison.spec.ts.
  it('has a row-header column, then one column per scenario', () => {
    const wrapper = mount(ScenarioComparison, { props: { text: deckData.comparison.text }, ...clicks() })
    expect(wrapper.find('col.label-column').exists()).toBe(true)
    expect(wrapper.findAll('col')).toHaveLength(4)
  })

  it('reveals scenario column n at click n, row headers always, and shows hostile strings as text', () => {
    const revealing = clicks()
    const wrapper = mount(ScenarioComparison, { props: { text: comparisonText(fixtures.scenarios2, fixtures.frictions5) }, global: revealing.global })
    const el = wrapper.element as HTMLTableElement
    for (const row of el.querySelectorAll('tr')) {
      const cells = [...row.querySelectorAll(':scope > th, :scope > td')]
      expect(revealing.uses.some(u => u.el === cells[0])).toBe(false)
      expect(cells.slice(1).map(cell => revealing.uses.find(u => u.el === cell)?.value)).toEqual([1, 2])
    }
    expectHostileAsText(el)
  })
})

describe('<FrictionPoints>', () => {
  it('renders one numbered title per point, in data order, one per click, and nothing else', () => {
    const { frictions } = deckData.frictions
    const revealing = clicks()
    const wrapper = mount(FrictionPoints, { props: { frictions }, global: revealing.global })
    const items = wrapper.findAll('ol > li')
    // The article's three friction points, numbered as it numbers them.
    expect(items.map(li => li.get('.title').text())).toEqual(['1 Revenue sharing and commercialization', '2 Competing AI initiatives', '3 Governance and control'])
    expect(wrapper.text()).not.toContain(frictions[0]!.claim)
    expect(revealing.uses.map(u => u.value)).toEqual([1, 2, 3])
  })

  it('shows hostile strings as text', () => {
    const wrapper = mount(FrictionPoints, { props: { frictions: fixtures.frictions5 }, ...clicks() })
    const text = wrapper.text()
    expect(text).toContain(HOSTILE[0])
    expect(text).not.toContain('49')
    expect(wrapper.find('script').exists()).toBe(false)
  })
})

describe('<FrictionPoint>', () => {
  it('renders one point: its claim, then its specifics in data order, with no click steps', () => {
    const point = deckData.frictions.frictions[1]!
    const revealing = clicks()
    const wrapper = mount(FrictionPoint, { props: { friction: point }, global: revealing.global })
    expect(wrapper.get('.claim').text()).toBe('Microsoft\'s own AI research and OpenAI\'s commercial push create potential overlap.')
    expect(wrapper.findAll('ul > li').map(li => li.text())).toEqual(point.specifics)
    expect(wrapper.text()).not.toContain(point.title)
    expect(revealing.uses).toHaveLength(0)
  })

  it('shows hostile strings as text', () => {
    const wrapper = mount(FrictionPoint, { props: { friction: { ...fixtures.frictions5[0]!, claim: HOSTILE[1], specifics: [HOSTILE[0], HOSTILE[2]] } } })
    expectHostileAsText(wrapper.element)
  })
})

describe('<ScenarioSummaries>', () => {
  it('lists each scenario\'s name and summary, in data order, scenario n at click n, hostile strings as text', () => {
    const { text } = deckData.comparison
    const revealing = clicks()
    const wrapper = mount(ScenarioSummaries, { props: { text }, global: revealing.global })
    expect(wrapper.findAll('ol > li').map(li => [li.get('.name').text(), li.get('.summary').text()])).toEqual(text.columns.map(c => [c.name, c.summary]))
    expect(revealing.uses.map(u => u.value)).toEqual([1, 2, 3])
    const hostile = mount(ScenarioSummaries, { props: { text: comparisonText(fixtures.scenarios2, fixtures.frictions5) }, ...clicks() })
    expectHostileAsText(hostile.element)
  })
})
