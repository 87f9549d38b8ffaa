// The Node-only contacts of ./index.ts: files of the installed @slidev packages.
import type { Page } from 'playwright-chromium'
import { existsSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { changed, PPTX_CHUNK, PPTX_EXPORT } from './index.ts'

/** The folder of the installed @slidev packages (client/, cli/, theme-default/), as this project resolves them. */
export function installedSlidev() {
  return dirname(dirname(createRequire(import.meta.url).resolve('@slidev/cli/package.json')))
}

/**
 * @slidev/client of the deck at `root`: its layouts/ and builtin/ folders name the layouts and
 * components a slide may use (tooling/checks/sources.ts); Slidev lists them nowhere else.
 */
export function slidevClient(root: string) {
  return join(root, 'node_modules/@slidev/client')
}

/** The editable PowerPoint exporter's entry (node/commands/pptx/index.ts), as tooling/export/pptx.ts calls it. */
export interface EditableExporter {
  exportPptxEditable: (ctx: {
    page: Page
    slides: Array<{ title: string, note: string, frontmatter: Record<string, unknown> }>
    width: number
    height: number
    pages: number[]
    go: (no: number | 'print') => Promise<void>
  }, output: string) => Promise<{ output: string, slideCount: number, fallbackSlides: Array<{ no: number, reason: string }>, rastersFailed: number, imagesDropped: number }>
}

/** The file name of @slidev/cli's hashed exporter chunk in `slidev`'s cli/dist, or undefined. */
export function pptxChunk(slidev: string) {
  const dist = join(slidev, 'cli/dist')
  return existsSync(dist) ? readdirSync(dist).find(name => PPTX_CHUNK.test(name)) : undefined
}

/**
 * Slidev's editable PowerPoint exporter (node/commands/pptx/index.ts), from the chunk @slidev/cli
 * does not export by name. Throws the contract's message when it moved.
 */
export async function loadPptxExporter(): Promise<EditableExporter> {
  const slidev = installedSlidev()
  const chunk = pptxChunk(slidev)
  const module = chunk ? await import(pathToFileURL(join(slidev, 'cli/dist', chunk)).href) as Record<string, unknown> : {}
  if (typeof module[PPTX_EXPORT] !== 'function')
    throw new Error(changed(`the exporter chunk (${PPTX_EXPORT} in @slidev/cli/dist/pptx-*.mjs)`, 'the editable PowerPoint export is built on it; run npm run check:slidev'))
  return module as unknown as EditableExporter
}
