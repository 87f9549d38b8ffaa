// The structure tree of a tagged PDF, walked in document order with pdf-lib: used to complete
// figure descriptions here and, in the tests, to check the PDF/UA rules on headings and tables.
import type { PDFDocument } from 'pdf-lib'
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFString } from 'pdf-lib'

export interface StructElement {
  /** The structure type, e.g. H1, Figure, TH. */
  type: string
  alt?: string
  dict: PDFDict
}

const text = (value: unknown) => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined)

/** Every structure element below the StructTreeRoot, parents before children, in document order. */
export function structElements(doc: PDFDocument): StructElement[] {
  const found: StructElement[] = []
  const visit = (node: unknown) => {
    const resolved = node instanceof PDFDict || node instanceof PDFArray ? node : doc.context.lookup(node as never)
    if (resolved instanceof PDFArray) {
      resolved.asArray().forEach(visit)
      return
    }
    if (!(resolved instanceof PDFDict))
      return
    const type = resolved.get(PDFName.of('S'))
    if (!(type instanceof PDFName))
      return
    found.push({ type: type.decodeText(), alt: text(resolved.lookup(PDFName.of('Alt'))), dict: resolved })
    visit(resolved.get(PDFName.of('K')))
  }
  visit(doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)?.get(PDFName.of('K')))
  return found
}

/** The attribute dictionaries of an element (/A may be one dictionary or an array of them). */
export function attributes(doc: PDFDocument, element: StructElement): PDFDict[] {
  const a = element.dict.lookup(PDFName.of('A'))
  const list = a instanceof PDFArray ? a.asArray().map(item => doc.context.lookup(item)) : [a]
  return list.filter((item): item is PDFDict => item instanceof PDFDict)
}

/** Sets a figure's /Alt to its full text alternative. */
export function setAlt(element: StructElement, alt: string) {
  element.dict.set(PDFName.of('Alt'), PDFHexString.fromText(alt))
  element.alt = alt
}
