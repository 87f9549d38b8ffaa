// Previous and Next on the phone remote (remote/step.ts) against Slidev's keyboard behaviour
// (useNav next/prev), written out by hand for a three-slide deck: 2 click steps, none, 3 steps
// starting at step 1 (frontmatter clicksStart).
import { describe, expect, it } from 'vitest'
import { noteClicks, step } from '../../remote/step.ts'

const deck = { total: 3, clicksOf: (no: number) => [2, 0, 3][no - 1]!, clicksStartOf: (no: number) => (no === 3 ? 1 : 0) }
function walk(from: { page: number, clicks: number }, direction: 'next' | 'prev', times: number) {
  const seen = []
  for (let i = 0; i < times; i++)
    seen.push(from = step(from, direction, deck))
  return seen.map(p => `${p.page}/${p.clicks}`)
}

describe('step', () => {
  it('goes forward click by click, then to the next slide at its first step, and stops at the end', () => {
    expect(walk({ page: 1, clicks: 0 }, 'next', 7)).toEqual(['1/1', '1/2', '2/0', '3/1', '3/2', '3/3', '3/3'])
  })
  it('goes back click by click, then to the previous slide at its last step, and stops at the start', () => {
    expect(walk({ page: 3, clicks: 3 }, 'prev', 7)).toEqual(['3/2', '3/1', '2/0', '1/2', '1/1', '1/0', '1/0'])
  })
  it('steps back from a position past the slide\'s last step (shown as that step) to the step before it', () => {
    expect(step({ page: 1, clicks: 9 }, 'prev', deck)).toEqual({ page: 1, clicks: 1 })
  })
})

describe('noteClicks', () => {
  it('is the highest click marker Slidev rendered in a note, 0 without any', () => {
    const html = '<p><span class="slidev-note-click-mark" data-clicks="1"></span>a</p><p><span class="slidev-note-click-mark" data-clicks="3"></span>b</p>'
    expect(noteClicks(html)).toBe(3)
    expect(noteClicks('<p>plain</p>')).toBe(0)
    expect(noteClicks(undefined)).toBe(0)
  })
})
