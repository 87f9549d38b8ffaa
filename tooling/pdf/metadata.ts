// What Chromium does not write into a PDF: the document information, the language, and the
// outline titles it garbles. Shared by the deck PDF and the handout.
import type { Problem } from '../checks/problem.ts'
import type { DeckSummary } from '../deck-summary.ts'
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'
import { ALLOW_WARNINGS_FLAG, formatProblem } from '../checks/problem.ts'

/** The custom document-information key that lists the problems a PDF was exported with. */
export const WARNINGS_KEY = 'DeckCheckWarnings'
/** Added to the keywords of a PDF exported with --allow-warnings, where any PDF reader shows it. */
export const WARNINGS_KEYWORD = `unchecked: exported with ${ALLOW_WARNINGS_FLAG}`

/** Title, Author, Subject, Keywords and language, which Chromium does not write. */
export async function withMetadata(bytes: Uint8Array, deck: DeckSummary, headings: string[], warnings: Problem[] = []) {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false })
  repairOutline(doc, headings)
  writeInfo(doc, deck, { title: deck.title, subject: deck.info, creator: 'Slidev print route, printed by Chromium' }, warnings)
  return doc.save()
}

/**
 * Chromium builds the outline from the headings but drops the space where a heading wraps
 * ("OpenAIand Microsoft"). Entries come in document order, so each one whose letters match the
 * next heading's gets that heading's text back.
 */
function repairOutline(doc: PDFDocument, headings: string[]) {
  const squash = (text: string) => text.replace(/\s+/g, '')
  const queue = [...headings]
  const visit = (item: PDFDict | undefined) => {
    while (item) {
      const title = item.lookup(PDFName.of('Title'))
      const text = title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : ''
      const index = queue.findIndex(heading => squash(heading) === squash(text))
      if (index >= 0) {
        item.set(PDFName.of('Title'), PDFHexString.fromText(queue[index]!))
        queue.splice(0, index + 1)
      }
      visit(item.lookupMaybe(PDFName.of('First'), PDFDict))
      item = item.lookupMaybe(PDFName.of('Next'), PDFDict)
    }
  }
  visit(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict))
}

/**
 * The document information and language of both PDFs, which Chromium does not write. A PDF
 * exported past the content checks says so: a keyword, and the problems under WARNINGS_KEY.
 */
export function writeInfo(doc: PDFDocument, deck: DeckSummary, info: { title: string, subject: string, creator: string }, warnings: Problem[] = []) {
  doc.setTitle(info.title, { showInWindowTitleBar: true })
  doc.setAuthor(deck.author)
  doc.setSubject(info.subject)
  // pdf-lib's setKeywords joins with spaces, which would merge "AI partnerships" into the next keyword.
  const keywords = deck.keywords.split(',').map(k => k.trim()).filter(Boolean)
  doc.setKeywords([[...keywords, ...warnings.length ? [WARNINGS_KEYWORD] : []].join(', ')])
  if (warnings.length) {
    const infoDict = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict)
    infoDict.set(PDFName.of(WARNINGS_KEY), PDFHexString.fromText(warnings.map(formatProblem).join('\n')))
  }
  doc.setCreator(info.creator)
  doc.setProducer('pdf-lib')
  doc.catalog.set(PDFName.of('Lang'), PDFString.of(deck.lang))
}
