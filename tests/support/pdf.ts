// Reads a PDF with pdf.js (a real parser): text, links, outline, metadata and structure per page.
import type { Buffer } from 'node:buffer'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

export interface PdfPage {
  width: number
  height: number
  /** The page's text, whitespace collapsed. */
  text: string
  links: string[]
  /** Structure roles (H1, P, L, LI, Table, TH, TD, ...) found on the page. */
  roles: Set<string>
}

export interface OutlineEntry { title: string, children: OutlineEntry[] }

/** The PDF opened with pdf.js, for tests that read more than readPdf gathers; destroy it after use. */
export function openPdf(path: string) {
  return getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false, isEvalSupported: false }).promise
}

export async function readPdf(path: string) {
  const doc = await openPdf(path)
  const info = (await doc.getMetadata()).info as unknown as Record<string, unknown>
  const markInfo = await doc.getMarkInfo()
  interface RawEntry { title: string, items: RawEntry[] }
  const toEntry = (raw: RawEntry): OutlineEntry => ({ title: raw.title, children: raw.items.map(toEntry) })
  const outline = (((await doc.getOutline()) ?? []) as RawEntry[]).map(toEntry)
  const pages: PdfPage[] = []
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n)
    const [, , width, height] = page.view as [number, number, number, number]
    const content = await page.getTextContent()
    const text = content.items.map(item => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' ').trim()
    const links = (await page.getAnnotations()).filter(a => a.subtype === 'Link' && a.url).map(a => a.url as string)
    const roles = new Set<string>()
    const walk = (node: { role?: string, children?: unknown[] } | null) => {
      if (!node)
        return
      if (node.role)
        roles.add(node.role)
      for (const child of node.children ?? []) walk(child as { role?: string, children?: unknown[] })
    }
    walk(await page.getStructTree() as { role?: string, children?: unknown[] } | null)
    pages.push({ width, height, text, links, roles })
  }
  await doc.destroy()
  return { info, markInfo, outline, pages, lang: info.Language as string | undefined }
}

export interface PdfFont { name: string, type: string, embedded: boolean }

/** The fonts of a PDF as poppler's pdffonts lists them. */
export function pdfFonts(path: string): PdfFont[] {
  return execFileSync('pdffonts', [path]).toString().split('\n').slice(2).filter(Boolean).map((line) => {
    const [name = '', ...rest] = line.trim().split(/\s+/)
    const emb = rest.at(-5)
    return { name, type: rest.slice(0, -6).join(' '), embedded: emb === 'yes' }
  })
}

/** Renders pages to PNG with poppler (pdftoppm) for visual comparison. */
export function renderPage(path: string, page: number, dpi = 60): Buffer {
  return execFileSync('pdftoppm', ['-r', String(dpi), '-png', '-f', String(page), '-l', String(page), path])
}

export interface StructNode { role: string, attributes: Record<string, string> }

/** The structure tree's elements in document order, with their attributes, as poppler's `pdfinfo -struct` lists them. */
export function structTree(path: string): StructNode[] {
  const nodes: StructNode[] = []
  for (const line of execFileSync('pdfinfo', ['-struct', path]).toString().split('\n')) {
    const attribute = /^\s+\/(\w+) (.+)$/.exec(line)
    if (attribute && nodes.length)
      nodes.at(-1)!.attributes[attribute[1]!] = attribute[2]!.trim()
    else if (line.trim())
      nodes.push({ role: line.trim().split(/[\s:]/)[0]!, attributes: {} })
  }
  return nodes
}

/** Each Figure's /Alt, page by page, as pdf.js reads the structure tree. */
export async function figureAlts(path: string) {
  const doc = await openPdf(path)
  const alts: string[] = []
  const walk = (node: { role?: string, alt?: string, children?: unknown[] } | null) => {
    if (node?.role === 'Figure')
      alts.push(node.alt ?? '')
    for (const child of node?.children ?? []) walk(child as typeof node)
  }
  for (let n = 1; n <= doc.numPages; n++)
    walk(await (await doc.getPage(n)).getStructTree() as Parameters<typeof walk>[0])
  await doc.destroy()
  return alts
}
