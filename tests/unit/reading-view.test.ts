// The reading view's rules (reading/view.ts): which view the slide route shows, and which slide
// the reader is at. Expected values are worked out by hand from the cases, not from the code.
import { describe, expect, it } from 'vitest'
import { chooseView, sectionAt } from '../../reading/view.ts'

describe('chooseView', () => {
  it('follows the screen when nothing is forced', () => {
    expect(chooseView({}, true)).toBe('read')
    expect(chooseView({}, false)).toBe('slides')
  })

  it('lets ?view= force either view on any screen', () => {
    expect(chooseView({ view: 'read' }, false)).toBe('read')
    expect(chooseView({ view: 'slides' }, true)).toBe('slides')
  })

  it('ignores an unknown ?view= value', () => {
    expect(chooseView({ view: 'page' }, true)).toBe('read')
    expect(chooseView({ view: ['read'] }, false)).toBe('slides')
  })

  it('keeps Slidev\'s embedded and print modes on the slides', () => {
    expect(chooseView({ embedded: 'true' }, true)).toBe('slides')
    expect(chooseView({ print: 'true', view: 'read' }, true)).toBe('slides')
  })
})

describe('sectionAt', () => {
  // Three sections; the reading line sits 100 px below the top of the screen.
  it('is the last section whose top has passed the line', () => {
    expect(sectionAt([-900, -300, 450], 100)).toBe(1)
    expect(sectionAt([-900, 100, 450], 100)).toBe(1)
  })

  it('is the first section before any top reaches the line', () => {
    expect(sectionAt([60, 700, 1400], 100)).toBe(0)
  })

  it('is the last section at the end of the page, even when its top is still low', () => {
    expect(sectionAt([-1500, -200, 400], 100, true)).toBe(2)
  })
})
