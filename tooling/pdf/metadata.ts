// What Chromium does not write into a PDF: the document information, the XMP metadata with the
// PDF/UA-1 identification, the language, the tab order, artifact marks on the untagged drawing
// (backgrounds, the decorative motif), and the outline titles it garbles. `writeInfo` is the one
// function every PDF of the deck goes through (deck, handout, steps).
import type { Problem } from '../checks/problem.ts'
import type { DeckSummary } from '../deck-summary.ts'
import { PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'
import { ALLOW_WARNINGS_FLAG, formatProblem } from '../checks/problem.ts'
import { diagramFences, diagramText } from '../diagram-alt.ts'
import { markUntaggedAsArtifact, rewritePages } from './content.ts'
import { setAlt, structElements } from './structure.ts'

/** The deck PDF: its outline repaired, then the metadata every PDF gets. */
/** The custom document-information key that lists the problems a PDF was exported with. */
export const WARNINGS_KEY = 'DeckCheckWarnings'
/** Added to the keywords of a PDF exported with --allow-warnings, where any PDF reader shows it. */
export const WARNINGS_KEYWORD = `unchecked: exported with ${ALLOW_WARNINGS_FLAG}`

export async function withMetadata(bytes: Uint8Array, deck: DeckSummary, headings: string[], warnings: Problem[] = []) {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false })
  repairOutline(doc, headings)
  describeDiagrams(doc, deck)
  writeInfo(doc, deck, { title: deck.title, subject: deck.info, creator: 'Slidev print route, printed by Chromium' }, warnings)
  return doc.save()
}

/**
 * Chromium takes a figure's /Alt from its accessible name, the diagram's accTitle; the reader of
 * the PDF gets the description too: "title. description".
 */
function describeDiagrams(doc: PDFDocument, deck: DeckSummary) {
  const alts = deck.slides.flatMap(slide => diagramFences(slide.content, { file: slide.file, line: slide.line }).map(fence => fence.alt))
  for (const figure of structElements(doc).filter(element => element.type === 'Figure')) {
    const alt = alts.find(a => a.title === figure.alt)
    if (alt)
      setAlt(figure, diagramText(alt))
  }
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

export interface PdfInfo { title: string, subject: string, creator: string }

/**
 * Metadata and the PDF/UA-1 document-level requirements, for every PDF the deck writes:
 * Info and an XMP stream that agree (dc:title, dc:creator, dc:description, dc:language,
 * pdfuaid:part 1), DisplayDocTitle, /Lang, /Tabs /S on each page, and every piece of drawing
 * outside the tagged content marked as an artifact. The structure itself (headings, figures,
 * tables) comes from Chromium's tagged printing of the HTML. A PDF exported past the content
 * checks says so: a keyword, and the problems under WARNINGS_KEY.
 */
export function writeInfo(doc: PDFDocument, deck: DeckSummary, info: PdfInfo, warnings: Problem[] = []) {
  const keywords = [...deck.keywords.split(',').map(k => k.trim()).filter(Boolean), ...warnings.length ? [WARNINGS_KEYWORD] : []].join(', ')
  const now = new Date()
  doc.setTitle(info.title, { showInWindowTitleBar: true })
  doc.setAuthor(deck.author)
  doc.setSubject(info.subject)
  // pdf-lib's setKeywords joins with spaces, which would merge "AI partnerships" into the next keyword.
  doc.setKeywords([keywords])
  if (warnings.length) {
    const infoDict = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict)
    infoDict.set(PDFName.of(WARNINGS_KEY), PDFHexString.fromText(warnings.map(formatProblem).join('\n')))
  }
  doc.setCreator(info.creator)
  doc.setProducer('pdf-lib')
  const created = doc.getCreationDate() ?? now
  doc.setCreationDate(created)
  doc.setModificationDate(now)
  doc.catalog.set(PDFName.of('Lang'), PDFString.of(deck.lang))
  const xmp = xmpPacket({ ...info, author: deck.author, lang: deck.lang, keywords, created, modified: now })
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(doc.context.stream(new TextEncoder().encode(xmp), { Type: 'Metadata', Subtype: 'XML' })))
  const markInfo = doc.catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict)
  if (!markInfo || markInfo.get(PDFName.of('Marked')) !== PDFBool.True)
    throw new Error(`"${info.title}": the PDF is not tagged (no /MarkInfo /Marked true); print it with tagged: true.`)
  // Tab order follows the structure tree (PDF/UA-1 7.18.3).
  for (const page of doc.getPages())
    page.node.set(PDFName.of('Tabs'), PDFName.of('S'))
  rewritePages(doc, markUntaggedAsArtifact)
  if (!(doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)?.get(PDFName.of('K'))))
    throw new Error(`"${info.title}": the PDF has no structure tree.`)
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** An XMP packet (UTF-8) with the Dublin Core fields, the PDF fields and the PDF/UA-1 identification. */
export function xmpPacket(m: PdfInfo & { author: string, lang: string, keywords: string, created: Date, modified: Date }) {
  const alt = (text: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${xml(text)}</rdf:li></rdf:Alt>`
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title>${alt(m.title)}</dc:title>
   <dc:creator><rdf:Seq><rdf:li>${xml(m.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description>${alt(m.subject)}</dc:description>
   <dc:language><rdf:Bag><rdf:li>${xml(m.lang)}</rdf:li></rdf:Bag></dc:language>
   <pdf:Keywords>${xml(m.keywords)}</pdf:Keywords>
   <pdf:Producer>pdf-lib</pdf:Producer>
   <xmp:CreatorTool>${xml(m.creator)}</xmp:CreatorTool>
   <xmp:CreateDate>${m.created.toISOString()}</xmp:CreateDate>
   <xmp:ModifyDate>${m.modified.toISOString()}</xmp:ModifyDate>
   <xmp:MetadataDate>${m.modified.toISOString()}</xmp:MetadataDate>
   <pdfuaid:part>1</pdfuaid:part>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`
}
