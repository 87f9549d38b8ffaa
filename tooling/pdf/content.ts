// Page content streams rewritten by operator: what Chromium draws untagged (backgrounds, aria-hidden
// pictures) marked as an artifact (PDF/UA-1 7.1), and the marks stripped from a page embedded elsewhere.
import type { PDFDocument } from 'pdf-lib'
import { Buffer } from 'node:buffer'
import { decodePDFRawStream, PDFArray, PDFContentStream, PDFName, PDFRawStream, PDFRef } from 'pdf-lib'

// A literal string (one level of nested parentheses), a dictionary bracket, a hex string, a name,
// an array bracket, a comment, or a bare word: a number, a boolean, null or an operator.
const TOKEN = /\((?:\\[\s\S]|\((?:\\[\s\S]|[^\\)])*\)|[^\\()])*\)|<<|>>|<[^>]*>|\/[^\s()<>[\]{}/%]*|[[\]{}]|%[^\r\n]*|([^\s()<>[\]{}/%]+)/g
const PAINTING = new Set(['f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'S', 's', 'sh', 'Do', 'Tj', 'TJ', '\'', '"'])

/** Splits a content stream into operations: each operator with its operands' source text. */
function parseContent(source: string) {
  const operations: Array<{ op: string, text: string }> = []
  let start = 0
  for (const { 1: word, index } of source.matchAll(TOKEN)) {
    if (!word || /^(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)|true|false|null)$/.test(word))
      continue
    if (word === 'BI')
      throw new Error('Inline images in a page content stream are not supported')
    operations.push({ op: word, text: source.slice(start, index + word.length).trim() })
    start = index + word.length
  }
  return operations
}

/** Wraps every run of drawing outside marked content in `/Artifact BMC ... EMC`, never across a BT/ET. */
export function markUntaggedAsArtifact(source: string): string {
  const out: string[] = []
  let depth = 0
  let run: ReturnType<typeof parseContent> = []
  const flush = () => {
    const texts = run.map(o => o.text)
    out.push(...run.some(o => PAINTING.has(o.op)) ? ['/Artifact BMC', ...texts, 'EMC'] : texts)
    run = []
  }
  for (const operation of parseContent(source)) {
    const { op } = operation
    const opens = op === 'BDC' || op === 'BMC'
    if (depth === 0 && !opens && op !== 'EMC') {
      if (op === 'BT')
        flush()
      run.push(operation)
      if (op === 'ET')
        flush()
      continue
    }
    flush()
    out.push(operation.text)
    depth = opens ? depth + 1 : op === 'EMC' ? Math.max(0, depth - 1) : depth
  }
  flush()
  return `${out.join('\n')}\n`
}

/** The same content without any marked-content operators: for a page drawn inside another PDF's page. */
export function stripMarkedContent(source: string): string {
  return `${parseContent(source).filter(o => !['BDC', 'BMC', 'EMC'].includes(o.op)).map(o => o.text).join('\n')}\n`
}

/** Gives each page new content from `transform(old content)`; the old streams are deleted. */
export function rewritePages(doc: PDFDocument, transform: (source: string) => string) {
  const old = new Set<PDFRef>()
  for (const page of doc.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'))
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents]
    const source = refs.map((ref) => {
      const stream = doc.context.lookup(ref)
      if (ref instanceof PDFRef)
        old.add(ref)
      // Content written by pdf-lib in this run (drawPage) is not encoded yet; loaded content is.
      if (stream instanceof PDFContentStream)
        return Buffer.from(stream.getUnencodedContents()).toString('latin1')
      if (stream instanceof PDFRawStream)
        return Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1')
      throw new Error('Expected a content stream')
    }).join('\n')
    page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.flateStream(Buffer.from(transform(source), 'latin1'))))
  }
  // Only the streams read from the file: pdf-lib keeps handles on the small streams it wrote itself.
  for (const ref of old) {
    if (doc.context.lookup(ref) instanceof PDFRawStream)
      doc.context.delete(ref)
  }
}
