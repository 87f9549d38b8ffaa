import type { Directive } from 'vue'
import type { ScenarioComparison as Comparison, Friction } from '../../data'
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import ScenarioComparison from '../../components/ScenarioComparison.vue'
import { deck } from '../../data'
import { comparisonLayout, comparisonText, defaultCaption } from '../../layout/comparison.ts'
import { fixtures, HOSTILE } from '../fixtures/index.ts'

const COUNT_WORDS: Record<number, string> = { 2: 'Two', 3: 'Three', 4: 'Four', 5: 'Five' }

/** Slidev's `v-click` does not exist outside Slidev: a stand-in that records where it is used. */
function clickRecorder() {
  const uses: Array<{ el: HTMLElement, value: unknown }> = []
  const click: Directive<HTMLElement, unknown> = {
    mounted: (el, binding) => void uses.push({ el, value: binding.value }),
  }
  return { uses, click }
}

function render(comparison: Comparison, frictions: Friction[], props: { caption?: string, reveal?: boolean } = {}) {
  const { uses, click } = clickRecorder()
  const wrapper = mount(ScenarioComparison, { props: { comparison, frictions, ...props }, global: { directives: { click } } })
  return { wrapper, uses, table: wrapper.element as HTMLTableElement }
}

/** The rows of a table section (table, thead or tbody), and the cells of a row. */
const rowsOf = (section: Element) => [...section.querySelectorAll(':scope > thead > tr, :scope > tbody > tr, :scope > tr')]
const cellsOf = (row: Element) => [...row.querySelectorAll(':scope > th, :scope > td')]

/** The cells of column `i` (0 = row headers), header row first. */
function column(table: HTMLTableElement, i: number) {
  return rowsOf(table).map(row => cellsOf(row)[i]!)
}

const cases = [
  { name: 'the deck\'s scenarios', comparison: deck.scenarios, frictions: deck.frictions },
  { name: 'two scenarios', comparison: fixtures.scenarios2, frictions: fixtures.frictions5 },
  { name: 'five scenarios', comparison: fixtures.scenarios5, frictions: fixtures.frictions5 },
]

afterEach(() => {
  vi.restoreAllMocks()
})

describe('<ScenarioComparison>', () => {
  it.each(cases)('renders $name as a table: caption, header row, one row per dimension, then the friction row', ({ comparison, frictions }) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { table } = render(comparison, frictions)
    const { scenarios, dimensions } = comparison
    expect(table.tagName).toBe('TABLE')
    expect(table.querySelector(':scope > caption')?.textContent?.trim()).toBe(`${COUNT_WORDS[scenarios.length]} scenarios for the road ahead`)
    expect(table.querySelectorAll(':scope > tr')).toHaveLength(0)
    const [thead, ...moreHeads] = table.querySelectorAll(':scope > thead')
    const [tbody, ...moreBodies] = table.querySelectorAll(':scope > tbody')
    expect([moreHeads, moreBodies]).toEqual([[], []])
    expect(rowsOf(thead!)).toHaveLength(1)
    expect(rowsOf(tbody!)).toHaveLength(dimensions.length + 1)

    const header = cellsOf(rowsOf(thead!)[0]!)
    expect(header.map(th => [th.tagName, th.getAttribute('scope')])).toEqual(Array.from({ length: scenarios.length + 1 }, () => ['TH', 'col']))
    expect(header[0]!.textContent?.trim()).toBe('Dimension')
    expect(header.slice(1).map(th => th.querySelector('.name')?.textContent)).toEqual(scenarios.map(s => s.name))
    expect(header.slice(1).map(th => th.querySelector('.summary')?.textContent)).toEqual(scenarios.map(s => s.summary))

    const body = rowsOf(tbody!)
    dimensions.forEach((dimension, r) => {
      const [label, ...cells] = cellsOf(body[r]!)
      expect(label!.tagName).toBe('TH')
      expect(label!.getAttribute('scope')).toBe('row')
      expect(label!.textContent?.trim()).toBe(dimension.label)
      expect(cells.map(td => td.tagName)).toEqual(scenarios.map(() => 'TD'))
      expect(cells.map(td => td.textContent?.trim())).toEqual(scenarios.map(s => s.cells[dimension.id]))
    })

    const [label, ...lists] = cellsOf(body.at(-1)!)
    expect(label!.getAttribute('scope')).toBe('row')
    expect(label!.textContent?.trim()).toBe('Answers friction over')
    expect(lists.map(td => [...td.querySelectorAll('ul > li')].map(li => li.textContent?.trim()))).toEqual(
      scenarios.map(s => s.answers.map(id => frictions.find(f => f.id === id)!.title)),
    )
  })

  it('takes a caption', () => {
    const { wrapper } = render(deck.scenarios, deck.frictions, { caption: 'Where it could go' })
    expect(wrapper.get('caption').text()).toBe('Where it could go')
  })

  it('shows HTML and template syntax in the data as text', () => {
    const { wrapper, table } = render(fixtures.scenarios2, fixtures.frictions5)
    const text = table.textContent ?? ''
    expect(wrapper.find('script').exists()).toBe(false)
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.find('b').exists()).toBe(false)
    for (const hostile of HOSTILE)
      expect(text).toContain(hostile)
    expect(text).toContain('<b>not bold</b>')
    expect(text).not.toContain('49')
  })

  it.each(cases)('puts v-click at click n on every cell of scenario column n, for $name', ({ comparison, frictions }) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { uses, table } = render(comparison, frictions)
    const clickOf = new Map<Element, unknown>(uses.map(u => [u.el, u.value]))
    expect(column(table, 0).some(cell => clickOf.has(cell))).toBe(false)
    comparison.scenarios.forEach((_, i) => {
      expect(column(table, i + 1).map(cell => clickOf.get(cell))).toEqual(rowsOf(table).map(() => i + 1))
    })
    expect(uses).toHaveLength(comparison.scenarios.length * rowsOf(table).length)
  })

  it('reveals nothing by click without reveal', () => {
    const { uses } = render(deck.scenarios, deck.frictions, { reveal: false })
    // Slidev reads `false` as "no click step": the cell is always shown.
    expect(uses.every(u => u.value === false)).toBe(true)
  })

  it('sizes the columns and text as the layout says', () => {
    const { wrapper, table } = render(deck.scenarios, deck.frictions)
    const layout = comparisonLayout(comparisonText(deck.scenarios, deck.frictions, defaultCaption(deck.scenarios.scenarios.length)))
    const widths = [...table.querySelectorAll('colgroup > col')].map(col => (col as HTMLElement).style.width)
    expect(widths).toEqual([layout.labelWidth, ...deck.scenarios.scenarios.map(() => layout.columnWidth)])
    expect(wrapper.classes()).toContain(`step-${layout.step}`)
    expect(wrapper.element.style.getPropertyValue('zoom')).toBe('')
    expect(wrapper.attributes('data-fits')).toBe('true')
  })

  it('warns, keeps all the text and zooms out, when the table cannot fit', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { wrapper, table } = render(fixtures.scenarios5, fixtures.frictions5)
    expect(wrapper.attributes('data-fits')).toBe('false')
    expect(wrapper.element.style.getPropertyValue('zoom')).toBe(String(comparisonLayout(comparisonText(fixtures.scenarios5, fixtures.frictions5, defaultCaption(5))).zoom))
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('[ScenarioComparison]'))
    for (const scenario of fixtures.scenarios5.scenarios) {
      for (const cell of Object.values(scenario.cells))
        expect(table.textContent).toContain(cell)
    }
  })

  it('does not warn when the table fits', () => {
    const warn = vi.spyOn(console, 'warn')
    render(deck.scenarios, deck.frictions)
    expect(warn).not.toHaveBeenCalled()
  })
})
