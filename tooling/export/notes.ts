// Speaker notes as plain text, for places that show text as it is (PowerPoint's notes pane):
// no click markers, no Markdown syntax, no HTML; one string per paragraph or list item.
import MarkdownIt from 'markdown-it'

const md = new MarkdownIt({ html: true, linkify: false })

export function plainParagraphs(note: string): string[] {
  const paragraphs: string[] = []
  let bullet = ''
  for (const token of md.parse(note.replace(/\[click(?::\d+)?\]/g, ''), {})) {
    if (token.type === 'list_item_open')
      bullet = token.markup === '.' || token.markup === ')' ? `${token.info}. ` : '• '
    if (token.type !== 'inline')
      continue
    // Text and code keep their words; tags, emphasis marks and link syntax are dropped.
    const text = (token.children ?? []).map((child) => {
      if (child.type === 'text' || child.type === 'code_inline')
        return child.content
      if (child.type === 'softbreak' || child.type === 'hardbreak')
        return ' '
      return ''
    }).join('').replace(/\s+/g, ' ').trim()
    if (text)
      paragraphs.push(bullet + text)
    bullet = ''
  }
  return paragraphs
}
