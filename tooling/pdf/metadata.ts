// What Chromium does not write into a PDF (document information, XMP with the PDF/UA-1
// identification, language, tab order, artifacts) and the outline, whose titles it garbles.
import type { PDFObject, PDFRef } from 'pdf-lib'
import type { Problem } from '../checks/problem.ts'
import type { DeckSummary } from '../deck-summary.ts'
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'
import { ALLOW_WARNINGS_FLAG, formatProblem } from '../checks/problem.ts'
import { diagramFences, diagramText } from '../diagram-alt.ts'
import { markUntaggedAsArtifact, rewritePages } from './content.ts'

export const xml = (s: string) => s.replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

/** The deck PDF: its outline written and its diagrams described, then the metadata every PDF gets. */
export async function withMetadata(bytes: Uint8Array, deck: DeckSummary, warnings: Problem[]) {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false })
  writeOutline(doc, deck, no => no - 1)
  // Chromium takes a figure's /Alt from its accessible name, the diagram's accTitle; the reader of
  // the PDF gets the description too: "title. description".
  const alts = deck.slides.flatMap(slide => diagramFences(slide.content, { file: slide.file, line: slide.line }).map(fence => fence.alt))
  const describe = (node: PDFObject | undefined): void => {
    const element = doc.context.lookup(node)
    if (element instanceof PDFArray)
      return element.asArray().forEach(describe)
    if (!(element instanceof PDFDict))
      return
    const alt = element.get(PDFName.of('S')) === PDFName.of('Figure') && alts.find(a => a.title === element.lookupMaybe(PDFName.of('Alt'), PDFString, PDFHexString)?.decodeText())
    if (alt)
      element.set(PDFName.of('Alt'), PDFHexString.fromText(diagramText(alt)))
    describe(element.get(PDFName.of('K')))
  }
  describe(doc.catalog.get(PDFName.of('StructTreeRoot')))
  writeInfo(doc, deck, { title: deck.title, subject: deck.info, creator: 'Slidev print route, printed by Chromium' }, warnings)
  return doc.save()
}

/**
 * The outline, not Chromium's (it drops the space where a heading wraps: "OpenAIand Microsoft"):
 * sections (a slide with a level-1 heading) with the slides after them nested, every entry shown
 * open and opening the page `pageOf` gives for its slide's number.
 */
export function writeOutline(doc: PDFDocument, deck: DeckSummary, pageOf: (no: number) => number) {
  const root = doc.context.nextRef()
  let section = root
  const entries = deck.slides.map((slide, i) => {
    const ref = doc.context.nextRef()
    const parent = slide.headingLevel === 1 || i === 0 ? root : section
    if (parent === root)
      section = ref
    return { slide, ref, parent }
  })
  const under = (parent: PDFRef) => entries.filter(entry => entry.parent === parent).map(entry => entry.ref)
  for (const { slide, ref, parent } of entries) {
    const siblings = under(parent)
    const children = under(ref)
    const i = siblings.indexOf(ref)
    doc.context.assign(ref, doc.context.obj({
      Title: PDFHexString.fromText(slide.title),
      Parent: parent,
      Dest: [doc.getPage(pageOf(slide.no)).ref, 'Fit'],
      ...(i > 0 && { Prev: siblings[i - 1]! }),
      ...(i < siblings.length - 1 && { Next: siblings[i + 1]! }),
      ...(children.length > 0 && { First: children.at(0)!, Last: children.at(-1)!, Count: children.length }),
    }))
  }
  const top = under(root)
  doc.context.assign(root, doc.context.obj({ Type: 'Outlines', First: top.at(0)!, Last: top.at(-1)!, Count: entries.length }))
  doc.catalog.set(PDFName.of('Outlines'), root)
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}

/**
 * Metadata and PDF/UA-1's document-level requirements, for every PDF of the deck. A PDF exported
 * past the content checks says so: a keyword, and the problems under /DeckCheckWarnings.
 */
export function writeInfo(doc: PDFDocument, deck: DeckSummary, info: { title: string, subject: string, creator: string }, warnings: Problem[] = []) {
  const keywords = [...deck.keywords.split(',').map(k => k.trim()).filter(Boolean), ...warnings.length ? [`unchecked: exported with ${ALLOW_WARNINGS_FLAG}`] : []].join(', ')
  const modified = new Date()
  const created = doc.getCreationDate() ?? modified
  doc.setTitle(info.title, { showInWindowTitleBar: true })
  doc.setAuthor(deck.author)
  doc.setSubject(info.subject)
  // pdf-lib's setKeywords joins with spaces, which would merge "AI partnerships" into the next keyword.
  doc.setKeywords([keywords])
  if (warnings.length)
    doc.context.lookup(doc.context.trailerInfo.Info, PDFDict).set(PDFName.of('DeckCheckWarnings'), PDFHexString.fromText(warnings.map(formatProblem).join('\n')))
  doc.setCreator(info.creator)
  doc.setProducer('pdf-lib')
  doc.setCreationDate(created)
  doc.setModificationDate(modified)
  doc.catalog.set(PDFName.of('Lang'), PDFString.of(deck.lang))
  const alt = (t: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${xml(t)}</rdf:li></rdf:Alt>`
  const xmp = `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title>${alt(info.title)}</dc:title>
   <dc:creator><rdf:Seq><rdf:li>${xml(deck.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description>${alt(info.subject)}</dc:description>
   <dc:language><rdf:Bag><rdf:li>${xml(deck.lang)}</rdf:li></rdf:Bag></dc:language>
   <pdf:Keywords>${xml(keywords)}</pdf:Keywords>
   <pdf:Producer>pdf-lib</pdf:Producer>
   <xmp:CreatorTool>${xml(info.creator)}</xmp:CreatorTool>
   <xmp:CreateDate>${created.toISOString()}</xmp:CreateDate>
   <xmp:ModifyDate>${modified.toISOString()}</xmp:ModifyDate>
   <xmp:MetadataDate>${modified.toISOString()}</xmp:MetadataDate>
   <pdfuaid:part>1</pdfuaid:part>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(doc.context.stream(new TextEncoder().encode(xmp), { Type: 'Metadata', Subtype: 'XML' })))
  if (doc.catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict)?.get(PDFName.of('Marked')) !== PDFBool.True)
    throw new Error(`"${info.title}": the PDF is not tagged (no /MarkInfo /Marked true); print it with tagged: true.`)
  if (!doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)?.get(PDFName.of('K')))
    throw new Error(`"${info.title}": the PDF has no structure tree.`)
  // Tab order follows the structure tree (PDF/UA-1 7.18.3).
  for (const page of doc.getPages())
    page.node.set(PDFName.of('Tabs'), PDFName.of('S'))
  rewritePages(doc, markUntaggedAsArtifact)
}
