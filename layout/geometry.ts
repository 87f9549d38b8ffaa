// The deck's geometry in one place: the canvas (from the headmatter of slides.md), the type scale,
// the slide frame and each component's fixed sizes. The components' CSS reads these numbers
// (generated custom properties and `v-bind()`), the fit check computes with them, and the PDF
// step, the tests and the benchmark take the canvas from here. No DOM, no Node: the browser may
// import it.

/** Slidev lays every slide out on this canvas and scales it to the window. */
export interface Canvas { width: number, height: number }

/** A box in px on the canvas. */
export interface Box { width: number, height: number }

/**
 * The canvas from the headmatter's `canvasWidth` and its `aspectRatio` as a number (Slidev's
 * parseAspectRatio reads "16/9"), with Slidev's own rounding of the height (`slideHeight` in
 * @slidev/client's env.ts).
 */
export function canvasOf(canvasWidth: number, aspectRatio: number): Canvas {
  return { width: canvasWidth, height: Math.ceil(canvasWidth / aspectRatio) }
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

/** A type step in px on the canvas. */
export const px = (size: TextSize) => TYPE_SCALE[size] * ROOT_PX

/** The slide frame of a content slide (styles/deck.css), in px. */
export const SLIDE = {
  padTop: 44,
  padX: 60,
  /** Content slides keep this much free at the bottom, for the footer. */
  padBottom: 52,
  /** Cover slides, which have no footer. */
  coverPadBottom: 40,
  /** The slide heading (h1 or h2): size, line height, and the space under it. */
  heading: { size: '2xl', lineHeight: 1.15, gap: 24 },
  /** Kept free above and below a component, so that it never touches the heading or the footer. */
  air: 30,
} as const satisfies { heading: { size: TextSize, lineHeight: number, gap: number } } & Record<string, unknown>

/**
 * The space a component has on a content slide under a one-line heading: the canvas less the
 * frame, the heading and the air. 860 x 360 px on the 980 x 552 canvas.
 */
export function contentBox(canvas: Canvas): Box {
  const heading = px(SLIDE.heading.size) * SLIDE.heading.lineHeight + SLIDE.heading.gap
  return {
    width: canvas.width - 2 * SLIDE.padX,
    height: Math.floor(canvas.height - SLIDE.padTop - heading - SLIDE.padBottom - SLIDE.air),
  }
}

/** The custom properties that the global CSS (styles/) reads: the type scale and the slide frame. */
export function cssVariables(): Record<string, string> {
  return {
    ...Object.fromEntries(Object.entries(TYPE_SCALE).map(([size, rem]) => [`--deck-text-${size}`, `${rem}rem`])),
    '--deck-slide-pad-top': `${SLIDE.padTop}px`,
    '--deck-slide-pad-x': `${SLIDE.padX}px`,
    '--deck-slide-pad-bottom': `${SLIDE.padBottom}px`,
    '--deck-cover-pad-bottom': `${SLIDE.coverPadBottom}px`,
    '--deck-heading-line-height': String(SLIDE.heading.lineHeight),
    '--deck-heading-gap': `${SLIDE.heading.gap}px`,
  }
}
