// The deck as Slidev's own parser reads it: titles, source files and notes per slide.
// The PDF step names a failing slide with it, the handout prints its notes, tests build expectations from it.
import { relative, resolve } from 'node:path'
import process from 'node:process'
import { parseAspectRatio } from '@slidev/parser'
import { load } from '@slidev/parser/fs'
import { canvasOf } from '../layout/geometry.ts'

export type DeckSummary = Awaited<ReturnType<typeof loadDeck>>

export async function loadDeck(root = process.cwd()) {
  const entry = resolve(root, 'slides.md')
  const data = await load({ userRoot: root, roots: [root] } as Parameters<typeof load>[0], entry)
  const head = data.headmatter as Record<string, unknown>
  const text = (value: unknown) => (typeof value === 'string' ? value : '').trim()
  return {
    title: text(head.title),
    author: text(head.author),
    info: text(head.info).replace(/\s+/g, ' '),
    keywords: text(head.keywords),
    exportFilename: text(head.exportFilename) || 'slides',
    canvas: canvasFrom(head, entry),
    /** The typefaces the headmatter's `fonts:` names (sans, serif, mono, custom), without Slidev's fallbacks. */
    fonts: fontsOf(head.fonts),
    lang: text((head.htmlAttrs as Record<string, unknown> | undefined)?.lang) || 'en',
    slides: data.slides.map((slide, i) => ({
      /** 1-based, as in the URL and the page number. */
      no: i + 1,
      title: (slide.title ?? '').trim(),
      /** The page file the slide comes from, relative to the project, and its line there. */
      file: relative(root, slide.source.filepath),
      line: slide.source.start + 1,
      /** Speaker notes as Markdown ('' when none), and their `[click]` markers. */
      note: (slide.note ?? '').trim(),
      noteClicks: ((slide.note ?? '').match(/\[click(?::\d+)?\]/g) ?? []).length,
      /** Level of the slide's first Markdown heading: 1 opens an article section, 2 is a slide within it. */
      headingLevel: slide.source.content.match(/^(#{1,6}) /m)?.[1]?.length ?? 0,
      /** The slide's Markdown, frontmatter and notes excluded. */
      content: slide.source.content,
    })),
  }
}

function fontsOf(fonts: unknown) {
  const config = (fonts ?? {}) as Record<string, unknown>
  const names = ['sans', 'serif', 'mono', 'custom'].flatMap(key => [config[key]].flat()).filter(name => typeof name === 'string')
  return [...new Set(names.flatMap(name => name.split(',')).map(name => name.trim().replace(/^["']|["']$/g, '')).filter(Boolean))]
}

/** Names a slide in a message: number, title, file and line, e.g. `slide 3 "The rise" (pages/03-rise.md:1)`. */
export function describeSlide(deck: DeckSummary, no: number) {
  const slide = deck.slides[no - 1]
  return slide ? `slide ${no} "${slide.title}" (${slide.file}:${slide.line})` : `slide ${no}`
}

function canvasFrom(head: Record<string, unknown>, file: string) {
  const { canvasWidth: width, aspectRatio } = head
  if (typeof width !== 'number' || !(width > 0))
    throw new Error(`${file}: headmatter: expected canvasWidth, a width in px such as 980, got ${JSON.stringify(width)}`)
  try {
    return canvasOf(width, parseAspectRatio(aspectRatio as string))
  }
  catch {
    throw new Error(`${file}: headmatter: expected aspectRatio such as 16/9, got ${JSON.stringify(aspectRatio)}`)
  }
}
