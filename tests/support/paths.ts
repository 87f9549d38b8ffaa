// Where the once-per-run build and export live, for the build project and every test that reads them.
import { resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '../..')
export const WORK = resolve(ROOT, 'node_modules/.cache/deck-tests')
/** Every site test runs under a sub-path, as on GitHub Pages. */
export const BASE = '/deck/'
export const PUBLIC_SITE = resolve(WORK, 'site')
export const PRESENTER_SITE = resolve(WORK, 'presenter')
export const EXPORTS = resolve(WORK, 'exports')
