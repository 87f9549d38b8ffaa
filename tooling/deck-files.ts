// The files and folders that make up the deck: what an author edits and what the commands read.
// A copy of these is a working deck (fault tests, the benchmark's reference deck); tests, outputs
// and node_modules are not part of it.
import { cpSync, readFileSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'

export const DECK_FILES = ['slides.md', 'pages', 'data', 'components', 'layout', 'setup', 'reading', 'remote', 'styles', 'public', 'global-top.vue', 'tooling', 'scripts', 'vite.config.ts', 'package.json', 'tsconfig.json', 'env.d.ts', 'virtual-modules.d.ts']

/** Copies the deck in `from` to `to` (node_modules linked, not copied). */
export function copyDeck(from: string, to: string) {
  for (const entry of DECK_FILES)
    cpSync(join(from, entry), join(to, entry), { recursive: true })
  symlinkSync(join(from, 'node_modules'), join(to, 'node_modules'))
}

/** The text of a slides.md with the deck's own headmatter and `slides` (Markdown, notes included) in place of its pages. */
export function slidesWith(from: string, slides: readonly string[]) {
  const headmatter = readFileSync(join(from, 'slides.md'), 'utf8').split(/^---$/m)[1]!.replace(/^src:.*$/m, '')
  return `---${headmatter}---\n\n${slides.join('\n---\n\n')}`
}
