// Reads a .pptx as PowerPoint would: the package's XML parts, through a zip reader, per slide.
import { readFileSync } from 'node:fs'
import JSZip from 'jszip'

export interface PptxSlide {
  /** Text of the slide's title placeholder ('' when it has none). */
  title: string
  /** Every text run on the slide, in order. */
  texts: string[]
  /** The alt text (descr) of each picture. */
  pictures: string[]
  /** The notes pane, one string per paragraph. */
  notes: string[]
}

const decode = (text: string) => text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: '\'', amp: '&' })[name]!)
const runs = (part: string) => [...part.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(m => decode(m[1]!))

export async function readPptx(path: string) {
  const zip = await JSZip.loadAsync(readFileSync(path))
  const part = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('')
  const presentation = await part('ppt/presentation.xml')
  const count = [...presentation.matchAll(/<p:sldId /g)].length
  const slides: PptxSlide[] = []
  for (let n = 1; n <= count; n++) {
    const xml = await part(`ppt/slides/slide${n}.xml`)
    const shapes = [...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].map(m => m[0])
    const titleShape = shapes.find(shape => /<p:ph type="(?:title|ctrTitle)"/.test(shape))
    const notesXml = await part(`ppt/notesSlides/notesSlide${n}.xml`)
    const body = /<p:ph type="body"[^>]*\/>[\s\S]*?<p:txBody>([\s\S]*?)<\/p:txBody>/.exec(notesXml)?.[1] ?? ''
    slides.push({
      title: titleShape ? runs(titleShape).join('') : '',
      texts: runs(xml),
      pictures: [...xml.matchAll(/<p:pic>[\s\S]*?<p:cNvPr [^>]*?descr="([^"]*)"/g)].map(m => decode(m[1]!)),
      notes: [...body.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map(m => runs(m[1]!).join('')).filter(Boolean),
    })
    const pics = [...xml.matchAll(/<p:pic>/g)].length
    if (pics !== slides.at(-1)!.pictures.length)
      slides.at(-1)!.pictures.push(...Array.from({ length: pics - slides.at(-1)!.pictures.length }, () => ''))
  }
  const core = await part('docProps/core.xml')
  const prop = (tag: string) => decode(new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(core)?.[1] ?? '')
  return {
    slides,
    properties: { title: prop('dc:title'), author: prop('dc:creator'), subject: prop('dc:subject'), keywords: prop('cp:keywords'), language: prop('dc:language') },
  }
}
