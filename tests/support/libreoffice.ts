// LibreOffice as the free client a recipient of the .pptx may use: converts it to PDF, headless,
// with a profile of its own so that runs in parallel do not share one.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { pathToFileURL } from 'node:url'

/** Converts `file` to PDF into `outDir`; returns the PDF's path. */
export function convertToPdf(file: string, outDir: string) {
  const profile = mkdtempSync(join(tmpdir(), 'deck-lo-profile-'))
  try {
    execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, file], { stdio: 'pipe', timeout: 60_000 })
  }
  finally {
    rmSync(profile, { recursive: true, force: true })
  }
  return join(outDir, basename(file).replace(/\.\w+$/, '.pdf'))
}

export interface TextLine { page: number, text: string, x0: number, y0: number, x1: number, y1: number }

/** Every line of text with its box in pt, as poppler's `pdftotext -bbox-layout` places it. */
export function textLines(pdf: string): TextLine[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', pdf, '-']).toString()
  const lines: TextLine[] = []
  let page = 0
  for (const m of html.matchAll(/<page |<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
    if (m[0] === '<page ') {
      page++
      continue
    }
    const text = [...m[5]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map(w => w[1]).join(' ')
    lines.push({ page, text, x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]) })
  }
  return lines
}
