import type { Directive } from 'vue'
import type { Friction } from '../../data'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import FrictionPoints from '../../components/FrictionPoints.vue'
import { deck } from '../../data'
import { fixtures, HOSTILE } from '../fixtures/index.ts'

function render(frictions: Friction[], props: { reveal?: boolean } = {}) {
  const uses: unknown[] = []
  const click: Directive<HTMLElement, unknown> = { mounted: (_, binding) => void uses.push(binding.value) }
  const wrapper = mount(FrictionPoints, { props: { frictions, ...props }, global: { directives: { click } } })
  return { wrapper, uses, items: wrapper.findAll('ol > li') }
}

describe('<FrictionPoints>', () => {
  it('renders one numbered item per friction point, in data order, with its specifics', () => {
    const { items } = render(deck.frictions)
    expect(items.map(li => li.attributes('data-friction'))).toEqual(deck.frictions.map(f => f.id))
    expect(items.map(li => li.get('.title').text())).toEqual(deck.frictions.map((f, i) => `${i + 1} ${f.title}`))
    expect(items.map(li => li.findAll('ul > li').map(s => s.text()))).toEqual(deck.frictions.map(f => f.specifics))
  })

  it('reveals one point per click, or none without reveal', () => {
    expect(render(deck.frictions).uses).toEqual(deck.frictions.map((_, i) => i + 1))
    expect(render(deck.frictions, { reveal: false }).uses.every(value => value === false)).toBe(true)
  })

  it('adds no headings, and shows HTML and template syntax in strings as text', () => {
    const { wrapper } = render(fixtures.frictions5)
    expect(wrapper.findAll('h1, h2, h3, h4, h5, h6')).toHaveLength(0)
    expect(wrapper.find('script').exists()).toBe(false)
    expect(wrapper.find('img').exists()).toBe(false)
    const text = wrapper.text()
    const present = HOSTILE.filter(h => fixtures.frictions5.some(f => JSON.stringify(f).includes(h)))
    expect(present.length).toBeGreaterThanOrEqual(2)
    for (const hostile of present)
      expect(text).toContain(hostile)
    expect(text).not.toContain('49')
  })
})
