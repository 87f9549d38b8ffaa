// Which view the slide route shows, and which slide the reader is at: pure functions, no DOM, so
// the rules are unit-tested and the Vue side only wires them to the window.
import { QUERY } from '../tooling/slidev/index.ts'

/**
 * Phones held upright. A phone turned sideways (or any landscape window) keeps the slide view,
 * where the canvas is as large as the screen allows; a narrow portrait window gets the reading view.
 */
export const READING_MEDIA = '(orientation: portrait) and (max-width: 600px)'

/**
 * The element holding the reading view's first screen, written into the built page as HTML
 * (tooling/reading-pages.ts) and adopted or removed by the app (ReadingView.vue, SlidesOrReading.vue).
 */
export const FIRST_SCREEN_ID = 'reading-first'

/** The query parameter that forces a view: `?view=read` or `?view=slides`. */
export const VIEW_PARAM = 'view'

export type View = 'read' | 'slides'

/**
 * `?view=read` and `?view=slides` win; otherwise the screen decides. Slidev's own special modes
 * (an embedded slide, the print route's `?print`) always get the slides.
 */
export function chooseView(query: Record<string, unknown>, narrow: boolean): View {
  if (QUERY.embedded in query || QUERY.print in query)
    return 'slides'
  const forced = query[VIEW_PARAM]
  if (forced === 'read' || forced === 'slides')
    return forced
  return narrow ? 'read' : 'slides'
}

/**
 * The slide the reader is at: the last section whose top has passed `line` (a line a little below
 * the top of the screen), or the first one. `tops` are the sections' tops relative to the screen,
 * in page order. At the end of the page it is the last section, however short.
 */
export function sectionAt(tops: readonly number[], line: number, atEnd = false): number {
  if (atEnd)
    return Math.max(0, tops.length - 1)
  let index = 0
  for (let i = 0; i < tops.length; i++) {
    if (tops[i]! <= line)
      index = i
  }
  return index
}
