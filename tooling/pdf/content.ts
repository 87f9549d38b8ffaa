// Page content streams, read and rewritten at the level of operators: enough to find what is
// drawn outside any marked-content sequence (Chromium leaves backgrounds and aria-hidden
// pictures untagged) and mark it as an artifact, as PDF/UA-1 requires (7.1: content is either
// tagged or an artifact), and to strip marks from a page embedded in another PDF.
import type { PDFDict, PDFDocument } from 'pdf-lib'
import { Buffer } from 'node:buffer'
import { decodePDFRawStream, PDFArray, PDFContentStream, PDFName, PDFRawStream, PDFRef } from 'pdf-lib'

export interface Operation {
  /** The operator, e.g. "re", "BDC", "Tj". */
  op: string
  /** The source text of the operands and the operator. */
  text: string
}

const DELIMITERS = '()<>[]{}/%'
const WHITESPACE = ' \t\r\n\f\0'
const PAINTING = new Set(['f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'S', 's', 'sh', 'Do', 'Tj', 'TJ', '\'', '"', 'BI'])

/** Splits a content stream into operations (operands + operator). Inline images are refused. */
export function parseContent(source: string): Operation[] {
  const operations: Operation[] = []
  let start = 0
  let i = 0
  const n = source.length
  while (i < n) {
    const c = source[i]!
    if (WHITESPACE.includes(c)) {
      i++
    }
    else if (c === '%') {
      while (i < n && source[i] !== '\n' && source[i] !== '\r') i++
    }
    else if (c === '(') {
      let depth = 0
      for (; i < n; i++) {
        if (source[i] === '\\')
          i++
        else if (source[i] === '(')
          depth++
        else if (source[i] === ')' && --depth === 0)
          break
      }
      i++
    }
    else if (c === '<' && source[i + 1] === '<') {
      i += 2
    }
    else if (c === '>' && source[i + 1] === '>') {
      i += 2
    }
    else if (c === '<') {
      i = source.indexOf('>', i) + 1
    }
    else if (c === '/') {
      i++
      while (i < n && !WHITESPACE.includes(source[i]!) && !DELIMITERS.includes(source[i]!)) i++
    }
    else if ('[]{}'.includes(c)) {
      i++
    }
    else {
      let j = i
      while (j < n && !WHITESPACE.includes(source[j]!) && !DELIMITERS.includes(source[j]!)) j++
      const word = source.slice(i, j)
      i = j
      if (/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(word) || word === 'true' || word === 'false' || word === 'null')
        continue
      if (word === 'BI')
        throw new Error('Inline images in a page content stream are not supported')
      operations.push({ op: word, text: source.slice(start, i).trim() })
      start = i
    }
  }
  return operations
}

/**
 * Wraps every run of drawing outside marked content in `/Artifact BMC ... EMC`. Runs never cross
 * a text object's BT/ET, so the marks nest properly with text objects.
 */
export function markUntaggedAsArtifact(source: string): string {
  const operations = parseContent(source)
  const out: string[] = []
  let depth = 0
  let run: Operation[] = []
  const flush = () => {
    if (run.some(o => PAINTING.has(o.op)))
      out.push('/Artifact BMC', ...run.map(o => o.text), 'EMC')
    else
      out.push(...run.map(o => o.text))
    run = []
  }
  for (const operation of operations) {
    const opens = operation.op === 'BDC' || operation.op === 'BMC'
    if (depth === 0 && !opens && operation.op !== 'EMC') {
      if (operation.op === 'BT')
        flush()
      run.push(operation)
      if (operation.op === 'ET')
        flush()
      continue
    }
    flush()
    out.push(operation.text)
    if (opens)
      depth++
    else if (operation.op === 'EMC')
      depth = Math.max(0, depth - 1)
  }
  flush()
  return `${out.join('\n')}\n`
}

/** The same content without any marked-content operators: for a page drawn inside another PDF's page. */
export function stripMarkedContent(source: string): string {
  return `${parseContent(source).filter(o => !['BDC', 'BMC', 'EMC'].includes(o.op)).map(o => o.text).join('\n')}\n`
}

/** A page's content streams, decoded and joined (as a reader joins them). */
export function pageContent(page: PDFDict): string {
  const contents = page.lookup(PDFName.of('Contents'))
  const streams = contents instanceof PDFArray ? contents.asArray().map(ref => page.context.lookup(ref)) : [contents]
  return streams.map(stream => streamText(stream)).join('\n')
}

export function streamText(stream: unknown): string {
  // Content written by pdf-lib in this run (drawPage) is not encoded yet; loaded content is.
  if (stream instanceof PDFContentStream)
    return Buffer.from(stream.getUnencodedContents()).toString('latin1')
  if (stream instanceof PDFRawStream)
    return Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1')
  throw new Error('Expected a content stream')
}

const latin1 = (text: string) => Buffer.from(text, 'latin1')

function contentRefs(page: PDFDict): PDFRef[] {
  const contents = page.get(PDFName.of('Contents'))
  return contents instanceof PDFRef ? [contents] : contents instanceof PDFArray ? contents.asArray().filter(ref => ref instanceof PDFRef) : []
}

/**
 * Gives each page new content from `transform(old content)`. The old streams are deleted, so
 * the file does not keep both versions.
 */
export function rewritePages(doc: PDFDocument, transform: (source: string) => string) {
  const old = new Set<PDFRef>()
  for (const page of doc.getPages()) {
    const source = pageContent(page.node)
    contentRefs(page.node).forEach(ref => old.add(ref))
    page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.flateStream(latin1(transform(source)))))
  }
  // Only the streams read from the file: pdf-lib keeps handles on the small streams it wrote itself.
  for (const ref of old) {
    if (doc.context.lookup(ref) instanceof PDFRawStream)
      doc.context.delete(ref)
  }
}
