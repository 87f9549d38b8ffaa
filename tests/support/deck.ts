// What the tests expect, built from the same sources the slides use: the deck's Markdown (through
// Slidev's parser) and the validated data. Nothing here is copied from output.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { loadDeckData } from '../../tooling/deck-data.ts'
import { loadDeck } from '../../tooling/deck-summary.ts'
import { ROOT } from './paths.ts'

// eslint-disable-next-line antfu/no-top-level-await -- test modules load the deck once, before any test runs
export const deck = await loadDeck(ROOT)
/** The validated data, as the build hands it to the slides. */
export const data = loadDeckData(ROOT)

/** Compare text ignoring whitespace: PDF text extraction splits lines and words its own way. */
export const squash = (text: string) => text.replace(/\s+/g, '')

export function slideFrom(file: string) {
  const slide = deck.slides.find(s => s.file === file)
  if (!slide)
    throw new Error(`No slide comes from ${file}`)
  return slide
}

/** Labels of the Mermaid diagrams in a slide's Markdown: node labels, participants and messages. */
export function mermaidLabels(markdown: string) {
  const blocks = [...markdown.matchAll(/```mermaid[^\n]*\n([\s\S]*?)```/g)].map(m => m[1] ?? '')
  return blocks.flatMap(block => [
    ...[...block.matchAll(/\["([^"]+)"\]/g)].map(m => m[1]!),
    ...[...block.matchAll(/participant \w+ as (.+)$/gm)].map(m => m[1]!.trim()),
    ...[...block.matchAll(/->>[ \t]*\w+:[ \t]*(\S.*)$/gm)].map(m => m[1]!.trim()),
  ])
}

/**
 * Each Mermaid diagram's text alternative (accTitle, accDescr) as written in its page file, read
 * with a pattern of the tests' own (not the build's parser).
 */
export function diagramAlts() {
  return deck.slides.flatMap(slide => [...slide.content.matchAll(/```mermaid[^\n]*\n([\s\S]*?)```/g)].map(m => ({
    no: slide.no,
    title: m[1]!.match(/accTitle:\s*(.+)/)?.[1]?.trim() ?? '',
    description: m[1]!.match(/accDescr:\s*(.+)/)?.[1]?.trim() ?? '',
  })))
}

/**
 * Each slide's heading as written in its page file: slides.md's `src:` entries in order, each
 * page's `#` and `##` lines outside code blocks and notes, read with patterns of the tests' own
 * (not Slidev's parser). The deck's rule: one heading per slide.
 */
export function pageHeadings() {
  const slidesMd = readFileSync(resolve(ROOT, 'slides.md'), 'utf8')
  return [...slidesMd.matchAll(/^src: \.\/(.+)$/gm)].flatMap(([, file]) => {
    const page = readFileSync(resolve(ROOT, file!), 'utf8').replace(/```[\s\S]*?```/g, '').replace(/<!--[\s\S]*?-->/g, '')
    return [...page.matchAll(/^(#{1,2}) (.+)$/gm)].map(([, hashes, title]) => ({ level: hashes!.length, title: title!.trim(), file: file! }))
  })
}

/** Expected outline: each `#` heading of the page files opens a section, the `##` slides after it nest in it. */
export function expectedOutline() {
  const sections: Array<{ title: string, children: string[] }> = []
  for (const heading of pageHeadings()) {
    if (heading.level === 1 || !sections.length)
      sections.push({ title: heading.title, children: [] })
    else
      sections.at(-1)!.children.push(heading.title)
  }
  return sections
}

/** Speaker notes as the audience reads them: no click markers, no Markdown emphasis. */
export function plainNote(note: string) {
  return note.replace(/\[click(?::\d+)?\]/g, '').replace(/[*_`]/g, '')
}
