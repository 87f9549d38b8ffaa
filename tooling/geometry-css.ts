// Serves `virtual:deck-geometry.css`: the custom properties of layout/geometry.ts (type scale, slide
// frame), so that the global CSS reads the numbers layout/geometry.ts holds.
import type { Plugin } from 'vite'
import { cssVariables } from '../layout/geometry.ts'

// Vite's CSS pipeline handles a module whose id ends in .css; the leading slash keeps it virtual.
const RESOLVED = '/@deck/geometry.css'

export function geometryCss(): Plugin {
  return {
    name: 'deck:geometry-css',
    resolveId: id => (id === 'virtual:deck-geometry.css' ? RESOLVED : undefined),
    load: id => (id === RESOLVED ? `:root {\n${Object.entries(cssVariables()).map(([name, value]) => `  ${name}: ${value};\n`).join('')}}\n` : undefined),
  }
}
