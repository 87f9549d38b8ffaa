// The presenter edition on any static server: Slidev's builds route in the browser (history mode)
// and rely on the host to answer every address with index.html (GitHub Pages' 404.html, Netlify's
// _redirects). A plain file server (`python3 -m http.server` on a venue laptop) answers 404 for
// /presenter/5 instead. A copy of index.html in a folder per address lets it serve each one
// (/presenter/5 redirects to /presenter/5/, which Slidev's router reads as /presenter/5).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { routeAddress } from './slidev/index.ts'

/** The addresses a talk opens or reloads: each slide, in the audience and the presenter view. */
export function routePaths(slides: number) {
  const numbers = Array.from({ length: slides }, (_, i) => String(i + 1))
  return [...(['presenter', 'overview', 'notes', 'entry'] as const).map(route => routeAddress(route)), ...numbers, ...numbers.map(no => routeAddress('presenter', no))]
}

export function writeRoutePages(siteDir: string, slides: number) {
  const html = readFileSync(join(siteDir, 'index.html'))
  for (const path of routePaths(slides)) {
    mkdirSync(join(siteDir, path), { recursive: true })
    writeFileSync(join(siteDir, path, 'index.html'), html)
  }
}
