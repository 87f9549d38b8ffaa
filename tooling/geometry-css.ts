// Serves `virtual:deck-geometry.css`: the custom properties of layout/geometry.ts (type scale, slide
// frame), so that the global CSS reads the numbers layout/geometry.ts holds.
import type { Plugin } from 'vite'
import { cssVariables } from '../layout/geometry.ts'

const ID = 'virtual:deck-geometry.css'
// Vite's CSS pipeline handles a module whose id ends in .css; the leading slash keeps it virtual.
const RESOLVED = '/@deck/geometry.css'

export function geometryCss(): Plugin {
  return {
    name: 'deck:geometry-css',
    resolveId: id => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED)
        return
      const lines = Object.entries(cssVariables()).map(([name, value]) => `  ${name}: ${value};`)
      return `:root {\n${lines.join('\n')}\n}\n`
    },
  }
}
