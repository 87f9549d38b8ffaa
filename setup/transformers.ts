import { relative } from 'node:path'
import process from 'node:process'
import { defineTransformersSetup } from '@slidev/types'
import { diagramFences, FIGURE_CLOSE, figureOpen } from '../tooling/diagram-alt.ts'

// Each Mermaid diagram becomes an image named and described by its own accTitle and accDescr
// (tooling/diagram-alt.ts); a diagram without them stops dev, build and export with its place.
export default defineTransformersSetup(() => ({
  pre: [
    ({ s, slide }) => {
      // Slidev commits the previous transformer's edits, so the text and its offsets agree here.
      const where = { file: relative(process.cwd(), slide.source.filepath), line: slide.source.contentStart + 1 }
      for (const fence of diagramFences(s.toString(), where)) {
        s.appendLeft(fence.start, figureOpen(fence.alt))
        s.appendRight(fence.end, FIGURE_CLOSE)
      }
    },
  ],
}))
