// Ties public/sw.js to the build it ships with: its BUILD constant becomes a hash of every other
// file of the site, so each deployment has its own cache and the browser, seeing a changed sw.js,
// installs the new worker, which deletes the caches of older builds when it activates.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'

export const BUILD_PLACEHOLDER = `const BUILD = 'unbuilt'`

function filesOf(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesOf(path) : [path]
  })
}

/** A short hash of the site's files (names and bytes), sw.js and _headers excepted. */
export function buildId(siteDir: string) {
  const hash = createHash('sha256')
  for (const file of filesOf(siteDir)) {
    const name = relative(siteDir, file)
    if (name === 'sw.js' || name === '_headers')
      continue
    hash.update(`${name}\0`).update(readFileSync(file))
  }
  return hash.digest('hex').slice(0, 16)
}

export function stampServiceWorker(siteDir: string) {
  const file = join(siteDir, 'sw.js')
  const source = readFileSync(file, 'utf8')
  if (!source.includes(BUILD_PLACEHOLDER))
    throw new Error(`public/sw.js: expected the line "${BUILD_PLACEHOLDER}" for the build to stamp its id into.`)
  const id = buildId(siteDir)
  writeFileSync(file, source.replace(BUILD_PLACEHOLDER, `const BUILD = '${id}'`))
  return id
}
