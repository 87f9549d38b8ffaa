// The PowerPoint file: Slidev's editable exporter run on the print route already rendered, then
// finished where it falls short (docs/exports.md lists how).
import type { Page } from 'playwright-chromium'
import type { DeckSummary } from '../deck-summary.ts'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import MarkdownIt from 'markdown-it'
import { xml } from '../pdf/metadata.ts'
import { loadPptxExporter } from '../slidev/contract.ts'
import { DOM } from '../slidev/index.ts'

/** Each slide's heading as it shows it, and its pictures (outermost <svg>, Mermaid's included, and <img>): place in canvas px, description. */
function readSlides(page: Page) {
  return page.locator(`${DOM.printContent} ${DOM.printSlide}`).evaluateAll((containers, mermaid) => containers.map((container) => {
    const box = container.getBoundingClientRect()
    const heading = container.querySelector('h1, h2, h3, h4, h5, h6')?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
    const hosts = [...container.querySelectorAll(mermaid)].map(host => host.shadowRoot).filter(root => !!root)
    const elements = [container, ...hosts].flatMap(root => [...root.querySelectorAll('svg, img')]).filter(el => !el.parentElement?.closest('svg'))
    const pictures = elements.map((el) => {
      const rect = el.getBoundingClientRect()
      // Mermaid writes accTitle and accDescr as the diagram's <title> and <desc>.
      const title = el.querySelector(':scope > title')?.textContent?.trim()
      const desc = el.querySelector(':scope > desc')?.textContent?.trim()
      const description = (title && desc ? `${title}: ${desc}` : title || desc)
        || el.getAttribute('aria-label')?.trim()
        || (el instanceof HTMLImageElement ? el.alt.trim() : '')
        || el.closest<HTMLElement>('[data-description]')?.dataset.description?.trim()
        || ''
      const source = el.closest(mermaid) || el.getRootNode() !== document ? 'a Mermaid diagram' : `<${el.tagName.toLowerCase()}${el.getAttribute('class') ? ` class="${el.getAttribute('class')}"` : ''}>`
      return { x: rect.x - box.x, y: rect.y - box.y, width: rect.width, height: rect.height, description, source }
    })
    return { heading, pictures }
  }), DOM.mermaid)
}

const EMU_PER_PX = 9525
const squash = (s: string) => s.replace(/\s+/g, '')
const unxml = (text: string) => text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: '\'', amp: '&' })[name]!)

/** `page` must show the print route opened with `openPrintRoute('true')`; the exporter leaves it altered, so it comes last. */
export async function exportPptx(page: Page, deck: DeckSummary, onCleanup: (fn: () => void) => void) {
  const rendered = await readSlides(page)
  if (rendered.length !== deck.slides.length)
    throw new Error(`The print route shows ${rendered.length} slides, the deck has ${deck.slides.length}.`)
  const { exportPptxEditable } = await loadPptxExporter()
  // Screen-reader-only text (clipped to a pixel on screen) would become a visible text box: it leaves.
  await page.locator(`${DOM.printContent} .sr-only`).evaluateAll(nodes => nodes.forEach(node => node.remove()))
  const dir = mkdtempSync(join(tmpdir(), 'deck-pptx-'))
  onCleanup(() => rmSync(dir, { recursive: true, force: true }))
  const result = await exportPptxEditable({
    page,
    // The first slide's entry gives the file's title, author and subject.
    slides: deck.slides.map((slide, i) => ({ title: i ? slide.title : deck.title, note: '', frontmatter: i ? {} : { author: deck.author, info: deck.info } })),
    width: deck.canvas.width,
    height: deck.canvas.height,
    pages: deck.slides.map(slide => slide.no),
    go: async () => {}, // the print route is already rendered
  }, join(dir, 'deck.pptx'))
  const lost = [...result.fallbackSlides.map(s => `slide ${s.no} became one picture (${s.reason})`), result.rastersFailed && `${result.rastersFailed} picture(s) could not be captured`, result.imagesDropped && `${result.imagesDropped} image(s) could not be read`].filter(Boolean)
  if (lost.length)
    throw new Error(`The PowerPoint export lost content: ${lost.join('; ')}.`)
  const zip = await JSZip.loadAsync(readFileSync(result.output))
  const edit = async (path: string, change: (text: string) => string) => zip.file(path, change(await zip.file(path)!.async('string')))
  for (const slide of deck.slides) {
    const where = `slide ${slide.no} (${slide.file}:${slide.line})`
    await edit(`ppt/slides/slide${slide.no}.xml`, text => roomForFallbackFonts(describe(markTitle(text, rendered[slide.no - 1]!.heading || slide.title, where), rendered[slide.no - 1]!.pictures, where), deck.canvas))
    await edit(`ppt/notesSlides/notesSlide${slide.no}.xml`, text => writeNotes(text, plainParagraphs(slide.note), deck.lang))
  }
  const keywords = deck.keywords.split(',').map(k => k.trim()).filter(Boolean).join(', ')
  await edit('docProps/core.xml', text => text.replace(/(<\/cp:coreProperties>)/, `<cp:keywords>${xml(keywords)}</cp:keywords><dc:language>${xml(deck.lang)}</dc:language>$1`))
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

/** The text box holding exactly the slide's title becomes the slide's title placeholder. */
function markTitle(slideXml: string, title: string, where: string) {
  let found = false
  const result = slideXml.replace(/<p:sp>[\s\S]*?<\/p:sp>/g, (shape) => {
    const words = [...shape.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(m => unxml(m[1]!)).join('')
    if (found || !words || squash(words).toLowerCase() !== squash(title).toLowerCase())
      return shape
    found = true
    return shape
      .replace(/<p:cNvPr id="(\d+)" name="[^"]*">/, '<p:cNvPr id="$1" name="Title $1">')
      .replace(/<p:cNvSpPr txBox="1"\/><p:nvPr><\/p:nvPr>/, '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr>')
  })
  if (!found || result === slideXml)
    throw new Error(`PowerPoint export: ${where} has no text box holding its heading "${title}"; each slide needs a heading for its PowerPoint title.`)
  return result
}

/** Each picture takes the description of the slide element it overlaps most (intersection over union). */
function describe(slideXml: string, described: Awaited<ReturnType<typeof readSlides>>[number]['pictures'], where: string) {
  return slideXml.replace(/<p:pic>[\s\S]*?<\/p:pic>/g, (pic) => {
    const rect = rectOf(pic)
    const [x, y, w, h] = [rect?.x, rect?.y, rect?.w, rect?.h].map(v => Number(v) / EMU_PER_PX) as [number, number, number, number]
    const overlap = (d: typeof described[number]) => {
      const ix = Math.max(0, Math.min(x + w, d.x + d.width) - Math.max(x, d.x))
      const iy = Math.max(0, Math.min(y + h, d.y + d.height) - Math.max(y, d.y))
      return (ix * iy) / (w * h + d.width * d.height - ix * iy)
    }
    const best = described.map(d => ({ d, score: overlap(d) })).sort((a, b) => b.score - a.score)[0]
    if (!best || best.score < 0.5)
      throw new Error(`PowerPoint export: ${where} has a picture at ${Math.round(x)},${Math.round(y)} (${Math.round(w)}x${Math.round(h)} px) that matches no element of the slide.`)
    if (!best.d.description)
      throw new Error(`PowerPoint export: ${where}: ${best.d.source} has no description for its alt text. Give a Mermaid block accTitle and accDescr lines, or an element a data-description attribute.`)
    // Slidev's own descr (a diagnostic) is dropped, then the description added.
    return pic.replace(/<p:cNvPr [^>]*>/, tag => tag.replace(/ descr="[^"]*"/, '').replace(/\/?>$/, end => ` descr="${xml(best.d.description)}"${end}`))
  })
}

function rectOf(shape: string) {
  const m = /<a:off x="(-?\d+)" y="(-?\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(shape)
  return m ? { x: Number(m[1]), y: Number(m[2]), w: Number(m[3]), h: Number(m[4]) } : undefined
}

/**
 * Room for a recipient without Inter (docs/exports.md): each top-anchored text box grows right and
 * down up to the next shape, the card that holds it or the slide's margin, then shrinks its text.
 */
function roomForFallbackFonts(slideXml: string, canvas: DeckSummary['canvas']) {
  const slide = { w: canvas.width * EMU_PER_PX, h: canvas.height * EMU_PER_PX }
  const shapes = [...slideXml.matchAll(/<p:(sp|pic)>[\s\S]*?<\/p:\1>/g)].map(m => ({ xml: m[0], rect: rectOf(m[0]), text: m[0].includes('<a:t>') }))
  const gap = 4 * EMU_PER_PX
  // The slide's margin: where its leftmost text starts, mirrored on the right.
  const margin = Math.min(...shapes.filter(s => s.text && s.rect).map(s => s.rect!.x))
  return slideXml.replace(/<p:sp>[\s\S]*?<\/p:sp>/g, (shape) => {
    const rect = rectOf(shape)
    if (!rect || !shape.includes('<a:t>') || !/anchor="t"/.test(shape))
      return shape
    const others = shapes.filter(other => other.rect && other.xml !== shape).map(other => other.rect!)
    const contains = (other: typeof others[number]) => other.x <= rect.x && other.y <= rect.y && other.x + other.w >= rect.x + rect.w && other.y + other.h >= rect.y + rect.h && other.w * other.h < slide.w * slide.h
    // To `limit` along an axis, short of a shape ahead of it (and level with it), inside one that contains it.
    const reach = (along: 'x' | 'y', limit: number) => {
      const [at, size, across, acrossSize] = along === 'x' ? ['x', 'w', 'y', 'h'] as const : ['y', 'h', 'x', 'w'] as const
      let edge = limit
      for (const other of others) {
        if (other[at] >= rect[at] + rect[size] - gap && other[across] < rect[across] + rect[acrossSize] && other[across] + other[acrossSize] > rect[across])
          edge = Math.min(edge, other[at] - gap)
        else if (contains(other))
          edge = Math.min(edge, other[at] + other[size] - gap)
      }
      return edge
    }
    // Only one-line boxes widen: a wrapped one would take its line breaks from the new width.
    if (shape.includes('wrap="none"') && !/algn="(?:ctr|r)"/.test(shape))
      rect.w = Math.max(rect.w, Math.round(reach('x', slide.w - margin) - rect.x))
    rect.h = Math.max(rect.h, Math.round(reach('y', slide.h - gap) - rect.y))
    return shape
      .replace(/<a:ext cx="\d+" cy="\d+"\/>/, `<a:ext cx="${rect.w}" cy="${rect.h}"/>`)
      .replace(/<a:bodyPr wrap="(?:none|square)"([^>]*)><\/a:bodyPr>/, '<a:bodyPr wrap="square"$1><a:normAutofit/></a:bodyPr>')
  })
}

/** The notes pane: one paragraph per note paragraph. */
function writeNotes(notesXml: string, paragraphs: string[], lang: string) {
  const body = paragraphs.map(p => `<a:p><a:r><a:rPr lang="${xml(lang)}" dirty="0"/><a:t>${xml(p)}</a:t></a:r></a:p>`).join('') || '<a:p><a:endParaRPr/></a:p>'
  const result = notesXml.replace(/(<p:ph type="body" idx="1"\/>[\s\S]*?<p:txBody><a:bodyPr\/><a:lstStyle\/>)[\s\S]*?(<\/p:txBody>)/, `$1${body}$2`)
  if (result === notesXml && paragraphs.length)
    throw new Error('PowerPoint export: the notes placeholder was not found in a notes slide.')
  return result
}

const md = new MarkdownIt({ html: true, linkify: false })

/** Speaker notes as PowerPoint's notes pane shows them: one plain string per paragraph or list item, no click markers, Markdown or HTML. */
function plainParagraphs(note: string): string[] {
  let bullet = ''
  return md.parse(note.replace(/\[click(?::\d+)?\]/g, ''), {}).flatMap((token) => {
    if (token.type === 'list_item_open')
      bullet = token.markup === '.' || token.markup === ')' ? `${token.info}. ` : '• '
    if (token.type !== 'inline')
      return []
    // Text and code keep their words; tags, emphasis marks and link syntax are dropped.
    const text = (token.children ?? []).map(child => (child.type === 'text' || child.type === 'code_inline' ? child.content : child.type.endsWith('break') ? ' ' : '')).join('').replace(/\s+/g, ' ').trim()
    const item = bullet + text
    bullet = ''
    return text ? [item] : []
  })
}
