// Line breaking as Chromium does it for the deck's text, given a way to measure a string: greedy,
// at spaces and after a hyphen between letters; a word wider than its line breaks anywhere (the
// components set `overflow-wrap: anywhere`). Pure: the measuring is passed in (tooling/font-metrics.ts
// reads the deck's own font files in Node).

/** The font weights the deck uses. */
export type Weight = 400 | 600 | 700

/** Width in px of `text` set in the deck's typeface at `size` px and `weight`, kerning included. */
export type Measure = (text: string, size: number, weight: Weight) => number

export interface TextStyle {
  /** Font size in px. */
  size: number
  weight: Weight
}

/** Chromium lays text out in 1/64 px units: a line that fits to within that fits. */
const LAYOUT_UNIT = 1 / 64

/** Pieces of `text` that a line may end after: a word with the spaces after it, or a hyphenated part. */
export function segments(text: string): string[] {
  return text.trim().split(/(?<=\s)(?=\S)|(?<=\p{L}-)(?=\p{L})/u)
}

/** The lines `text` takes in a box `width` px wide, broken as Chromium breaks them. */
export function wrap(text: string, style: TextStyle, width: number, measure: Measure): string[] {
  const lines: string[] = []
  let line = ''
  const fits = (s: string) => measure(s.trimEnd(), style.size, style.weight) <= width + LAYOUT_UNIT
  for (const piece of segments(text)) {
    if (fits(line + piece)) {
      line += piece
      continue
    }
    if (line)
      lines.push(line.trimEnd())
    line = ''
    // A piece wider than the whole line breaks between any two characters.
    for (const char of fits(piece) ? [piece] : [...piece]) {
      if (line && !fits(line + char)) {
        lines.push(line.trimEnd())
        line = ''
      }
      line += char
    }
  }
  if (line.trim() || !lines.length)
    lines.push(line.trimEnd())
  return lines
}

/** How many lines `text` takes in a box `width` px wide. */
export function lineCount(text: string, style: TextStyle, width: number, measure: Measure) {
  return wrap(text, style, width, measure).length
}

/** Whether some word of `text` is wider than `width` px, so that it must break inside. */
export function breaksWords(text: string, style: TextStyle, width: number, measure: Measure) {
  return segments(text).some(piece => measure(piece.trim(), style.size, style.weight) > width + LAYOUT_UNIT)
}
