// The deck's geometry in one place: the canvas (from the headmatter of slides.md), the type scale,
// the slide frame and each component's fixed sizes. The components' CSS reads these numbers
// (generated custom properties and `v-bind()`), and the PDF step, the tests and the benchmark take
// the canvas from here. Whether content fits is measured on the rendered slide
// (tooling/checks/slide.ts). No DOM, no Node: the browser may import it.
import { slideHeight } from '../tooling/slidev/index.ts'

/** Slidev lays every slide out on this canvas and scales it to the window. */
export interface Canvas { width: number, height: number }

/**
 * The canvas from the headmatter's `canvasWidth` and its `aspectRatio` as a number (Slidev's
 * parseAspectRatio reads "16/9"), with Slidev's own rounding of the height.
 */
export function canvasOf(canvasWidth: number, aspectRatio: number): Canvas {
  return { width: canvasWidth, height: slideHeight(canvasWidth, aspectRatio) }
}

/** Slidev sets the canvas's root font size to 16 px, whatever its width: rem are canvas px / 16. */
export const ROOT_PX = 16

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
export type TextSize = keyof typeof TYPE_SCALE

/** A length in canvas px, for the components' CSS (`v-bind()`). */
export const cssPx = (n: number) => `${n}px`

/**
 * A type step for the components' CSS: its generated custom property (--deck-text-*), which a
 * view such as the phone reading view may set otherwise.
 */
export const cssText = (size: TextSize) => `var(--deck-text-${size})`

/** A type step in px on the canvas. */
export const px = (size: TextSize) => TYPE_SCALE[size] * ROOT_PX

/**
 * The legibility budget (issue 14): what a slide may show at one click step, for a room that reads
 * it from the back. Measured on the rendered slide (tooling/checks/slide.ts) and, for the words of
 * the data-driven slides, counted by the data check.
 */
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
  /** The slide heading (h1 or h2): size, weight, line height, and the space under it. */
  heading: { size: '2xl', weight: 700, lineHeight: 1.15, gap: 24 },
  /** Kept free above and below a component, so that it never touches the heading or the footer. */
  air: 30,
} as const satisfies { heading: { size: TextSize, weight: number, lineHeight: number, gap: number } } & Record<string, unknown>

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

/**
 * Mermaid diagrams (setup/mermaid.ts draws them, setup/diagram-fit.ts sizes them): labels are
 * drawn at `labelPx`, then the diagram is scaled to fill the space its slide leaves it, up to
 * labels at `maxLabelPx`, so a small diagram does not outshout the slide's heading.
 */
export const DIAGRAM = {
  labelPx: 16,
  maxLabelPx: px('lg'),
} as const

/** MilestoneTimeline.vue, in px unless named otherwise. */
export const TIMELINE = {
  /** Up to this many entries stack top to bottom along a vertical line; more go in a grid of 2-3 rows. */
  stackMax: 6,
  /** The year and title, and the detail. */
  title: 'lg',
  detail: 'base',
  lineHeight: { title: 1.2, detail: 1.35, gridYear: 1.25 },
  /** Below the title. */
  titleGap: 4,
  /** The marker on the line: a dot, or a diamond for a strain entry. */
  marker: 12,
  /** Stack: from an entry's left edge to its year, room for the marker on the vertical line. */
  rail: 28,
  /** Stack: between the year column and the text column. */
  columnGap: 20,
  /** Stack: between entries. */
  stackGap: 12,
  /** Stack: between the year and the "Strain" badge under it. */
  badgeGap: 4,
  /** The badge of a strain entry: its word, size, padding in em, border and line height. */
  badge: { label: 'Strain', size: 'xs', padEm: 0.4, border: 1, lineHeight: 1.3 },
  /** Grid: between rows. */
  rowGap: 16,
  /** Grid: below the year, which sits on the line. */
  yearGap: 4,
  /** Grid: space to the right of each entry's text, inside its column, so the line stays unbroken. */
  gutter: 16,
} as const satisfies {
  title: TextSize
  detail: TextSize
  badge: { label: string, size: TextSize, padEm: number, border: number, lineHeight: number }
} & Record<string, unknown>

/** ScenarioComparison.vue, in px unless named otherwise. */
export const COMPARISON = {
  /** Scenario names; row headers, cells and lists. */
  head: 'lg',
  body: 'base',
  padX: 8,
  padY: 5,
  /** The row headers' column ("Infrastructure" on one line); the scenario columns share the rest. */
  labelWidth: 139,
  /** Under every row, and under the header row. */
  rule: 1,
  headRule: 2,
  /** Between list items, and a list item's indent (room for its marker), in em of the body text. */
  listGapEm: 0.2,
  listIndentEm: 1.1,
  lineHeight: { head: 1.2, body: 1.3 },
  /** ScenarioSummaries.vue, the slide before the table: each scenario's name over its summary, stacked. */
  summaries: { name: 'lg', text: 'base', rule: 2, padTop: 10, nameGap: 4, gap: 18, lineHeight: { name: 1.25, text: 1.35 } },
} as const satisfies {
  head: TextSize
  body: TextSize
  summaries: { name: TextSize, text: TextSize } & Record<string, unknown>
} & Record<string, unknown>

/**
 * FrictionPoints.vue (the overview: one numbered title per point) and FrictionPoint.vue (one
 * point on its own slide: the claim, then the specifics), in px.
 */
export const FRICTIONS = {
  title: 'xl',
  claim: 'xl',
  text: 'lg',
  number: 'xl',
  /** Overview: between the titles. */
  overviewGap: 20,
  /** The rule above each overview title and above a point's claim, and the padding under it. */
  rule: 3,
  padTop: 12,
  /** Between the number and the title. */
  numberGap: 12,
  /** Under the claim and under each specific. */
  claimGap: 20,
  specificGap: 10,
  /** The specifics' bullet indent. */
  indent: 20,
  lineHeight: { title: 1.25, claim: 1.3, text: 1.4 },
} as const satisfies { title: TextSize, claim: TextSize, text: TextSize, number: TextSize } & Record<string, unknown>
