// A Mermaid diagram's text alternative, from its own `accTitle` and `accDescr` (docs/authoring.md,
// "Accessibility"). The <figure role="img"> around it is what Chromium's tagged printing turns into a
// Figure: Mermaid's own <svg>, in a shadow root with the role graphics-document, prints as loose text.

type DiagramAlt = ReturnType<typeof diagramFences>[number]['alt']

const FENCE = /^(`{3,})mermaid\b[^\n]*\n([\s\S]*?)^\1[ \t]*$/gm

/**
 * The Mermaid fences of a slide's Markdown with their text alternatives: `accTitle: text`, and
 * `accDescr: text` or `accDescr { multi-line text }`. `where` names the file and the slide's first
 * line for the error a diagram without them gets.
 */
export function diagramFences(markdown: string, where: { file: string, line: number }) {
  return [...markdown.matchAll(FENCE)].map((match) => {
    const code = match[2]!
    const clean = (text: string | undefined) => text?.replace(/\s+/g, ' ').trim() ?? ''
    const alt = { title: clean(code.match(/^\s*accTitle\s*:\s*(\S.*)$/m)?.[1]), description: clean(code.match(/^\s*accDescr\s*:\s*(\S.*)$/m)?.[1] ?? code.match(/^\s*accDescr\s*\{([^}]*)\}/m)?.[1]) }
    if (!alt.title || !alt.description) {
      const line = where.line + markdown.slice(0, match.index).split('\n').length - 1
      const missing = [!alt.title && 'accTitle', !alt.description && 'accDescr'].filter(Boolean).join(' and ')
      throw new Error(`${where.file}:${line}: this Mermaid diagram has no ${missing}. Write its text alternative in the diagram, e.g. "accTitle: Revenue flow" and "accDescr: Microsoft pays ... ".`)
    }
    return { start: match.index, end: match.index + match[0].length, alt }
  })
}

/** The whole text alternative as one string, where only one fits (a PDF's /Alt, the handout's slide picture). */
export function diagramText(alt: DiagramAlt) {
  return `${alt.title}. ${alt.description}`
}

const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/\{\{/g, '{&#123;')

/** The HTML around a fence: blank lines keep the fence a Markdown code block inside the figure. */
export function figureOpen(alt: DiagramAlt) {
  return `<figure class="diagram" role="img" aria-label="${attr(alt.title)}" aria-description="${attr(alt.description)}">\n\n`
}
export const FIGURE_CLOSE = '\n\n</figure>'
