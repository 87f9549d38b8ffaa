// The files and folders that make up the deck: what an author edits and what the commands read.
// A copy of these is a working deck for the fault tests; tests, outputs and node_modules are not part of it.
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs'
import { basename, join } from 'node:path'
import { GENERATED_MODULES } from '../../tooling/slidev/index.ts'

export const DECK_FILES = ['slides.md', 'pages', 'data', 'components', 'layout', 'setup', 'reading', 'remote', 'styles', 'public', 'global-top.vue', 'tooling', 'scripts', 'vite.config.ts', 'package.json', 'tsconfig.json', 'env.d.ts', 'virtual-modules.d.ts']

/**
 * Copies the deck in `from` to `to`, its node_modules linked entry by entry but for the folder
 * where Slidev writes generated modules: each copy has its own, so that Slidev running in a copy
 * and in the original at once never reads a file the other is writing.
 */
export function copyDeck(from: string, to: string) {
  for (const entry of DECK_FILES)
    cpSync(join(from, entry), join(to, entry), { recursive: true })
  mkdirSync(join(to, 'node_modules'))
  for (const entry of readdirSync(join(from, 'node_modules')).filter(entry => entry !== basename(GENERATED_MODULES)))
    symlinkSync(join(from, 'node_modules', entry), join(to, 'node_modules', entry))
}
