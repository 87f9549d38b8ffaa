// The deck's shared geometry (docs/authoring.md): the canvas, the type scale, the slide frame and
// the legibility budget. No DOM, no Node: the browser may import it.
import { slideHeight } from '../tooling/slidev/index.ts'

/** The canvas from the headmatter's `canvasWidth` and `aspectRatio` (a number), rounded as Slidev does. */
export function canvasOf(canvasWidth: number, aspectRatio: number) {
  return { width: canvasWidth, height: slideHeight(canvasWidth, aspectRatio) }
}

/** The type scale in rem, smallest first (about x1.2 per step). */
export const TYPE_SCALE = {
  'xs': 0.8,
  'sm': 0.95,
  'base': 1.15,
  'lg': 1.4,
  'xl': 1.8,
  '2xl': 2.3,
  '3xl': 3,
} as const

/** The legibility budget: what a slide may show at one click step, for a room that reads it from the back. */
export const BUDGET = {
  /** Words on screen per slide and click step, the footer excepted. */
  maxWords: 60,
  /** Body text: at least this size in px on the canvas (TYPE_SCALE base, 18.4 px, and up). */
  bodyMinPx: 18,
  /** Small print (an eyebrow, a source line, a badge): at most this many words per slide... */
  smallPrintMaxWords: 15,
  /** ...and never smaller than this, in px on the canvas. */
  smallPrintMinPx: 12,
  /** The elements that are small print. */
  smallPrint: ['.eyebrow', '.source', '.badge'],
  /** Labels in a diagram (Mermaid's SVG), in px as rendered on the canvas. */
  diagramLabelMinPx: 14,
  /** Words a data-driven component may show, leaving the rest of `maxWords` to its slide's heading and source line. */
  componentWords: 50,
} as const

/** The slide frame of a content slide (styles/deck.css), in px. */
export const SLIDE = {
  padTop: 44,
  padX: 60,
  /** Content slides keep this much free at the bottom, for the footer. */
  padBottom: 52,
  /** Cover slides, which have no footer. */
  coverPadBottom: 40,
  /** The slide heading (h1 or h2): weight, line height, and the space under it. */
  heading: { weight: 700, lineHeight: 1.15, gap: 24 },
  /** Kept free above and below a component, so that it never touches the heading or the footer. */
  air: 30,
} as const

/** The custom properties that the global CSS (styles/) reads: the type scale and the slide frame. */
export function cssVariables(): Record<string, string> {
  return {
    ...Object.fromEntries(Object.entries(TYPE_SCALE).map(([size, rem]) => [`--deck-text-${size}`, `${rem}rem`])),
    '--deck-slide-pad-top': `${SLIDE.padTop}px`,
    '--deck-slide-pad-x': `${SLIDE.padX}px`,
    '--deck-slide-pad-bottom': `${SLIDE.padBottom}px`,
    '--deck-cover-pad-bottom': `${SLIDE.coverPadBottom}px`,
    '--deck-heading-weight': String(SLIDE.heading.weight),
    '--deck-heading-line-height': String(SLIDE.heading.lineHeight),
    '--deck-heading-gap': `${SLIDE.heading.gap}px`,
    '--deck-slide-air': `${SLIDE.air}px`,
  }
}

/** Mermaid labels are drawn at `labelPx`, then the diagram scaled to fill its space up to `maxLabelPx` labels. */
export const DIAGRAM = {
  labelPx: 16,
  /** The `lg` type step at Slidev's 16 px root font size. */
  maxLabelPx: TYPE_SCALE.lg * 16,
} as const

/** The word on a strain entry of MilestoneTimeline.vue (the data check counts it in the slide's words). */
export const TIMELINE = { badge: { label: 'Strain' } } as const

/** ScenarioComparison.vue's row-header column ("Infrastructure" on one line), in px; the scenarios share the rest. */
export const COMPARISON = { labelWidth: 139 } as const
