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
