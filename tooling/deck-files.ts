// The files and folders that make up the deck: what an author edits and what the commands read.
// A copy of these is a working deck (fault tests, the benchmark's reference deck, the layout
// harness); tests, outputs and node_modules are not part of it.
export const DECK_FILES = [
  'slides.md',
  'pages',
  'data',
  'components',
  'layout',
  'setup',
  'reading',
  'styles',
  'public',
  'global-top.vue',
  'tooling',
  'scripts',
  'vite.config.ts',
  'package.json',
  'tsconfig.json',
  'env.d.ts',
] as const
