// Which view the slide route shows, and which slide the reader is at: pure functions, unit-tested.
import { QUERY } from '../tooling/slidev/index.ts'

/** Phones held upright; turned sideways (or any landscape window), the slide view is larger. */
export const READING_MEDIA = '(orientation: portrait) and (max-width: 600px)'

/** The reading view's first screen, written into the built page (tooling/reading-pages.ts). */
export const FIRST_SCREEN_ID = 'reading-first'

/** A Mermaid drawing in the reading view, scaled down to the column (setup/diagram-fit.ts; written into the build's first screens by tooling/reading-pages.ts). */
export const COLUMN_DIAGRAM_CSS = 'svg { max-width: 100%; height: auto; }'

/** The query parameter that forces a view: `?view=read` or `?view=slides`. */
export const VIEW_PARAM = 'view'

/**
 * `?view=read` and `?view=slides` win; otherwise the screen decides. Slidev's own special modes
 * (an embedded slide, the print route's `?print`) always get the slides.
 */
export function chooseView(query: Record<string, unknown>, narrow: boolean): 'read' | 'slides' {
  if (QUERY.embedded in query || QUERY.print in query)
    return 'slides'
  const forced = query[VIEW_PARAM]
  if (forced === 'read' || forced === 'slides')
    return forced
  return narrow ? 'read' : 'slides'
}

/**
 * The slide the reader is at: the last section whose top (relative to the screen, in page order)
 * has passed `line`, or the first one; at the end of the page, the last section, however short.
 */
export function sectionAt(tops: readonly number[], line: number, atEnd = false): number {
  return Math.max(0, atEnd ? tops.length - 1 : tops.findLastIndex(top => top <= line))
}
