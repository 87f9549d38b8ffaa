// "Every word is there": the words of a text, looked for one after another in a longer text
// (an extracted PDF's), whitespace ignored because PDF text extraction breaks lines its own way.
import { squash } from './deck.ts'

/** The words of `text` not found in `haystack` in order, each after the one before; [] when all are. */
export function wordsMissingInOrder(text: string, haystack: string) {
  const hay = squash(haystack)
  const missing: string[] = []
  let from = 0
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const at = hay.indexOf(word, from)
    if (at < 0)
      missing.push(word)
    else
      from = at + word.length
  }
  return missing
}
