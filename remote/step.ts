// Previous and Next on the phone move the talk as the presenter's arrow keys do (Slidev's
// useNav().next/prev). The phone shows no slide, so it is told each slide's click steps.

import { NOTE_CLICKS_ATTRIBUTE } from '../tooling/slidev/index.ts'

export interface Position {
  page: number
  clicks: number
}

export interface Deck {
  total: number
  /** The slide's number of click steps. */
  clicksOf: (page: number) => number
  /** The click step the slide starts at (frontmatter `clicksStart`, usually 0). */
  clicksStartOf: (page: number) => number
}

export function step(at: Position, direction: 'next' | 'prev', deck: Deck): Position {
  const { page, clicks } = at
  if (direction === 'next') {
    if (clicks < deck.clicksOf(page))
      return { page, clicks: clicks + 1 }
    return page < deck.total ? { page: page + 1, clicks: deck.clicksStartOf(page + 1) } : at
  }
  if (clicks > deck.clicksStartOf(page))
    return { page, clicks: Math.min(clicks, deck.clicksOf(page)) - 1 }
  return page > 1 ? { page: page - 1, clicks: deck.clicksOf(page - 1) } : at
}

/**
 * A slide's click steps as its notes mark them: the highest `[click]` (or `[click:n]`) marker,
 * which Slidev renders as `data-clicks="n"`. The deck writes one marker per `v-click` step
 * (STYLE.md), and tests/live/sync.spec.ts walks the whole deck by keyboard on that count.
 */
export function noteClicks(noteHtml: string | undefined) {
  return Math.max(0, ...[...(noteHtml ?? '').matchAll(new RegExp(`${NOTE_CLICKS_ATTRIBUTE}="(\\d+)"`, 'g'))].map(m => Number(m[1])))
}
