import type { PDFString } from 'pdf-lib'
// The machine-checkable PDF/UA-1 rules that apply to these files, checked on both PDFs with
// pdf.js (metadata, operators, figures' /Alt), pdf-lib (catalog, pages) and poppler's
// `pdfinfo -struct` (the structure tree: headings, tables): readers other than the export's own
// code. No PDF/UA validator can be installed here; the README lists these rules.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { PDFBool, PDFDict, PDFDocument, PDFName } from 'pdf-lib'
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { data, deck, diagramAlts, pageHeadings } from '../support/deck.ts'
import { EXPORTS } from '../support/paths.ts'
import { figureAlts, openPdf, structTree } from '../support/pdf.ts'

const files = {
  deck: join(EXPORTS, `${deck.exportFilename}.pdf`),
  handout: join(EXPORTS, `${deck.exportFilename}-handout.pdf`),
}

const diagrams = diagramAlts()

for (const [kind, file] of Object.entries(files)) {
  test.describe(`${kind} PDF`, () => {
    test('identifies as PDF/UA-1, with XMP metadata that matches the document information', async () => {
      const pdf = await openPdf(file)
      const { info, metadata } = await pdf.getMetadata() as unknown as { info: Record<string, unknown>, metadata: { get: (name: string) => unknown } | null }
      await pdf.destroy()
      expect(metadata, 'an XMP metadata stream').toBeTruthy()
      expect(metadata!.get('pdfuaid:part')).toBe('1')
      expect(metadata!.get('dc:title')).toBe(info.Title)
      expect(String(info.Title)).toContain(deck.title)
      expect([metadata!.get('dc:creator')].flat()).toEqual([deck.author])
      expect(metadata!.get('dc:description')).toBe(info.Subject)
      expect(String(info.Subject)).toContain(deck.info)
      // pdf.js gives a one-item list as its item.
      expect([metadata!.get('dc:language')].flat()).toEqual([deck.lang])
    })

    test('document title shown, language set, marked, every page in structure tab order', async () => {
      const doc = await PDFDocument.load(readFileSync(file))
      const prefs = doc.catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict)
      expect(prefs?.get(PDFName.of('DisplayDocTitle'))).toBe(PDFBool.True)
      expect((doc.catalog.lookup(PDFName.of('Lang')) as PDFString).decodeText()).toBe(deck.lang)
      expect(doc.catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict)?.get(PDFName.of('Marked'))).toBe(PDFBool.True)
      for (const [i, page] of doc.getPages().entries())
        expect.soft(page.node.get(PDFName.of('Tabs')), `page ${i + 1}`).toBe(PDFName.of('S'))
    })

    test('headings: an H1 for each article section, H2 within, no level skipped', async () => {
      const levels = structTree(file).filter(e => /^H[1-6]$/.test(e.role)).map(e => Number(e.role.slice(1)))
      expect(levels[0]).toBe(1)
      for (const [i, level] of levels.entries())
        expect.soft(level - (levels[i - 1] ?? 0), `heading ${i + 1} (H${level})`).toBeLessThanOrEqual(1)
      // One H1 per `# ` heading in the page files (the cover's, the opening's, each section's, the close's).
      expect(levels.filter(level => level === 1)).toHaveLength(pageHeadings().filter(heading => heading.level === 1).length)
    })

    test('every figure has a text alternative', async () => {
      const figures = (await figureAlts(file)).map(alt => ({ alt }))
      expect(figures.length).toBeGreaterThan(0)
      for (const figure of figures)
        expect.soft(figure.alt.trim(), 'Figure /Alt').toBeTruthy()
      // Each diagram's own title and description reach the reader of either PDF.
      expect(diagrams.length).toBeGreaterThanOrEqual(2)
      for (const diagram of diagrams) {
        expect(diagram.title && diagram.description, `accTitle and accDescr on slide ${diagram.no}`).toBeTruthy()
        expect.soft(figures.some(f => f.alt?.includes(diagram.title) && f.alt.includes(diagram.description)), diagram.title).toBe(true)
      }
      if (kind === 'deck') {
        // Only the diagrams are figures: the decorative cover motif is not one.
        expect(figures).toHaveLength(diagrams.length)
      }
    })

    test('tables: header cells with a scope', async () => {
      const elements = structTree(file)
      const headers = elements.filter(e => e.role === 'TH')
      if (kind === 'handout') {
        // The handout's slides are pictures (their text is in the Figure /Alt and the notes); the
        // deck's own PDF, read the same way below, has the table.
        expect(elements.filter(e => e.role === 'Table')).toHaveLength(0)
        return
      }
      expect(elements.filter(e => e.role === 'Table')).toHaveLength(1)
      // The comparison: a column header per scenario, a row header per dimension and one for the
      // friction points each resolves (the header row's corner holds no visible text: no tag).
      const scopes = headers.map(th => th.attributes.Scope)
      expect(scopes).toEqual([...data.comparison.text.columns.map(() => '/Column'), ...data.comparison.text.rowLabels.map(() => '/Row'), '/Row'])
    })

    test('all drawing is either tagged content or an artifact', async () => {
      const pdf = await openPdf(file)
      const painting = new Set([OPS.fill, OPS.eoFill, OPS.stroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeStroke, OPS.closeFillStroke, OPS.closeEOFillStroke, OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText, OPS.shadingFill, OPS.paintImageXObject, OPS.paintInlineImageXObject])
      const artifactPaths: number[] = []
      for (let n = 1; n <= pdf.numPages; n++) {
        const { fnArray, argsArray } = await (await pdf.getPage(n)).getOperatorList()
        const stack: string[] = []
        let untagged = 0
        let artifactCurves = 0
        fnArray.forEach((fn, i) => {
          const args = argsArray[i] as unknown[]
          // pdf.js folds a path's painting operator into constructPath (its first argument); a clip ends with endPath.
          const paints = painting.has(fn) || (fn === OPS.constructPath && args[0] !== OPS.endPath)
          if (fn === OPS.beginMarkedContent || fn === OPS.beginMarkedContentProps) {
            const tag = args[0] as string | { name: string }
            stack.push(typeof tag === 'string' ? tag : tag.name)
          }
          else if (fn === OPS.endMarkedContent) {
            stack.pop()
          }
          else if (paints && !stack.length) {
            untagged++
          }
          else if (paints && fn === OPS.constructPath && stack.includes('Artifact')) {
            artifactCurves++
          }
        })
        expect.soft(untagged, `${kind} page ${n}: drawing outside tagged content and artifacts`).toBe(0)
        artifactPaths.push(artifactCurves)
      }
      await pdf.destroy()
      // The cover motif (and the slide backgrounds) are among the artifacts of the first page.
      expect(artifactPaths[0]).toBeGreaterThan(0)
    })
  })
}
