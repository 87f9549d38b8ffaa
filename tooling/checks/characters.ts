// The characters the deck's font can draw: the unicode-range of every @font-face of
// @fontsource/inter, all of whose subsets styles/index.ts loads. A character outside them (an
// emoji, CJK) would be drawn in some other font on screen and in the PDF, so the checks that read
// text before anything is built refuse it by name; the print step's font check (rendered.ts)
// names it too when it meets one. Node only.
import type { JsonSource } from '../data-errors.ts'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { problem } from '../data-errors.ts'

const require = createRequire(import.meta.url)

let ranges: Array<[number, number]> | undefined

/** Inter's code point ranges, read from @fontsource/inter's CSS (the same for every weight). */
function interRanges() {
  ranges ??= [...readFileSync(require.resolve('@fontsource/inter/400.css'), 'utf8').matchAll(/unicode-range:([^;]+);/g)]
    .flatMap(match => match[1]!.split(',').map((range) => {
      const [from, to = from] = range.trim().replace(/^U\+/i, '').split('-').map(hex => Number.parseInt(hex!, 16))
      return [from!, to!] as [number, number]
    }))
  return ranges
}

/** Whitespace and controls are never drawn, whatever the font. */
const INVISIBLE = /[\s\p{Cc}\p{Cf}]/u

/** Each character of `text` that Inter does not have, once, in order of appearance. */
export function charactersMissing(text: string): string[] {
  const covered = interRanges()
  return [...new Set(text)].filter((char) => {
    const code = char.codePointAt(0)!
    return !INVISIBLE.test(char) && !covered.some(([from, to]) => code >= from && code <= to)
  })
}

/** `"😀" (U+1F600)`, so a character that looks like nothing on a terminal is still named. */
export function describeCharacters(chars: readonly string[]) {
  return chars.map(char => `"${char}" (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')
}

export const MISSING_ADVICE = 'the deck\'s font Inter has no such character, so it would be drawn in another font on screen and in the PDF: remove it or write it in words'

/** One problem line per text of a data file holding characters Inter lacks, at its position. */
export function characterProblems(source: JsonSource): string[] {
  const found: string[] = []
  const walk = (value: unknown, path: Array<string | number>) => {
    if (typeof value === 'string') {
      const missing = charactersMissing(value)
      if (missing.length)
        found.push(problem(source, path, `expected text in characters the deck's font has, got ${describeCharacters(missing)}: ${MISSING_ADVICE}`))
    }
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value))
        walk(item, [...path, Array.isArray(value) ? Number(key) : key])
    }
  }
  walk(source.value, [])
  return found
}
