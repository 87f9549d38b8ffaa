import type { Directive } from 'vue'
import type { Milestone } from '../../data'
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import MilestoneTimeline from '../../components/MilestoneTimeline.vue'
import { deck } from '../../data'
import { timelineLayout } from '../../layout/timeline.ts'
import { fixtures, HOSTILE } from '../fixtures/index.ts'

/** Slidev's `v-click` does not exist outside Slidev: a stand-in that records where it is used. */
function clickRecorder() {
  const uses: Array<{ el: HTMLElement, value: unknown }> = []
  const click: Directive<HTMLElement, unknown> = {
    mounted: (el, binding) => void uses.push({ el, value: binding.value }),
  }
  return { uses, click }
}

function render(milestones: Milestone[], props: { reveal?: boolean } = {}) {
  const { uses, click } = clickRecorder()
  const wrapper = mount(MilestoneTimeline, { props: { milestones, ...props }, global: { directives: { click } } })
  return { wrapper, uses, items: wrapper.findAll('ol > li') }
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('<MilestoneTimeline>', () => {
  it('renders one list item per milestone, in data order, each with its year as <time datetime>', () => {
    const { wrapper, items } = render(deck.milestones)
    expect(wrapper.element.tagName).toBe('OL')
    expect(items).toHaveLength(deck.milestones.length)
    expect(items.map(li => li.get('time').attributes('datetime'))).toEqual(deck.milestones.map(m => String(m.year)))
    expect(items.map(li => li.get('time').text())).toEqual(deck.milestones.map(m => String(m.year)))
    expect(items.map(li => li.get('.title').text())).toEqual(deck.milestones.map(m => m.title))
    expect(items.map(li => li.get('.detail').text())).toEqual(deck.milestones.map(m => m.detail))
  })

  it('names the list after the span of years', () => {
    const { wrapper } = render(deck.milestones)
    expect(wrapper.attributes('aria-label')).toBe(`Key milestones, ${deck.milestones[0]!.year} to ${deck.milestones.at(-1)!.year}`)
  })

  it('marks strain milestones with the visible word "Strain", and only those', () => {
    for (const milestones of [deck.milestones, fixtures.milestones12]) {
      const { items } = render(milestones)
      expect(milestones.some(m => m.kind === 'strain')).toBe(true)
      milestones.forEach((milestone, i) => {
        const badge = items[i]!.find('.badge')
        expect(badge.exists(), `${milestone.year}`).toBe(milestone.kind === 'strain')
        if (milestone.kind === 'strain')
          expect(badge.text()).toBe('Strain')
        expect(items[i]!.classes('strain')).toBe(milestone.kind === 'strain')
      })
    }
  })

  it('stacks the deck\'s milestones at the largest text step, unzoomed', () => {
    const { wrapper } = render(deck.milestones)
    expect(wrapper.classes()).toEqual(expect.arrayContaining(['layout-stack', 'step-lg']))
    expect(wrapper.element.style.getPropertyValue('zoom')).toBe('')
    expect(wrapper.attributes('data-fits')).toBe('true')
  })

  it('renders a single milestone, named in the singular', () => {
    const [only] = fixtures.milestones1
    const { wrapper, items } = render(fixtures.milestones1)
    expect(items).toHaveLength(1)
    expect(wrapper.attributes('aria-label')).toBe(`Key milestone, ${only!.year}`)
    expect(wrapper.classes()).toContain('layout-stack')
    expect(wrapper.element.style.getPropertyValue('--columns')).toBe('1')
  })

  it('renders twelve milestones in the grid the layout chooses', () => {
    const { wrapper, items } = render(fixtures.milestones12)
    const layout = timelineLayout(fixtures.milestones12)
    expect(items).toHaveLength(12)
    expect(items.map(li => li.get('time').attributes('datetime'))).toEqual(fixtures.milestones12.map(m => String(m.year)))
    expect(wrapper.element.style.getPropertyValue('--columns')).toBe(String(layout.columns))
    expect(wrapper.classes()).toEqual(expect.arrayContaining(['layout-grid', `step-${layout.step}`]))
    expect(wrapper.attributes('data-fits')).toBe('true')
  })

  it('shows HTML and template syntax in the data as text', () => {
    const { wrapper } = render(fixtures.milestones12)
    const text = wrapper.element.textContent ?? ''
    expect(wrapper.find('script').exists()).toBe(false)
    expect(wrapper.find('img').exists()).toBe(false)
    for (const hostile of HOSTILE)
      expect(text).toContain(hostile)
    expect(text).not.toContain('49')
    const titles = wrapper.findAll('.title').map(h => h.text())
    expect(titles).toEqual(fixtures.milestones12.map(m => m.title))
  })

  it('puts v-click on every list item when revealing, one click each', () => {
    const { uses, items } = render(deck.milestones)
    expect(uses.map(u => u.el)).toEqual(items.map(li => li.element))
    // `true` is Slidev's plain `v-click`: the next click.
    expect(uses.map(u => u.value)).toEqual(deck.milestones.map(() => true))
  })

  it('reveals nothing by click without reveal', () => {
    const { uses } = render(deck.milestones, { reveal: false })
    // Slidev reads `false` as "no click step": the element is always shown.
    expect(uses.every(u => u.value === false)).toBe(true)
  })

  it('adds no headings: the PDF outline lists sections and slides, not timeline entries', () => {
    const { wrapper } = render(deck.milestones)
    expect(wrapper.findAll('h1, h2, h3, h4, h5, h6')).toHaveLength(0)
  })

  it('warns, keeps all the text and zooms out, when the milestones cannot fit', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { wrapper } = render(fixtures.milestones12max)
    expect(wrapper.attributes('data-fits')).toBe('false')
    expect(wrapper.element.style.getPropertyValue('zoom')).toBe(String(timelineLayout(fixtures.milestones12max).zoom))
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('[MilestoneTimeline] 12 milestones'))
    expect(wrapper.findAll('.detail').map(p => p.text())).toEqual(fixtures.milestones12max.map(m => m.detail))
  })

  it('does not warn when the milestones fit', () => {
    const warn = vi.spyOn(console, 'warn')
    render(deck.milestones)
    expect(warn).not.toHaveBeenCalled()
  })
})
