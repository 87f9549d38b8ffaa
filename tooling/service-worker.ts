// Ties public/sw.js to the build it ships with (docs/hosting.md, "Offline"): its BUILD constant
// becomes a hash of every other file of the site.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const BUILD_PLACEHOLDER = `const BUILD = 'unbuilt'`

/** Stamps a short hash of the site's files (names and bytes), sw.js and _headers excepted. */
export function stampServiceWorker(siteDir: string) {
  const file = join(siteDir, 'sw.js')
  const source = readFileSync(file, 'utf8')
  if (!source.includes(BUILD_PLACEHOLDER))
    throw new Error(`public/sw.js: expected the line "${BUILD_PLACEHOLDER}" for the build to stamp its id into.`)
  const hash = createHash('sha256')
  for (const name of readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(siteDir, name)
    if (name !== 'sw.js' && name !== '_headers' && statSync(path).isFile())
      hash.update(`${name}\0`).update(readFileSync(path))
  }
  writeFileSync(file, source.replace(BUILD_PLACEHOLDER, `const BUILD = '${hash.digest('hex').slice(0, 16)}'`))
}
