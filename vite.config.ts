import { realpathSync } from 'node:fs'
import { createRequire } from 'node:module'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { liveContentChecks } from './tooling/checks/dev-plugin.ts'
import { deckData } from './tooling/deck-data.ts'
import { geometryCss } from './tooling/geometry-css.ts'
import { headMeta } from './tooling/head-meta.ts'
import { remoteAuth } from './tooling/remote-auth.ts'
import { DEFINES, TWOSLASH_STYLE, VUE_BUILDS } from './tooling/slidev/index.ts'
import { warmup } from './tooling/warmup.ts'

const root = fileURLToPath(new URL('.', import.meta.url))

// Slidev merges this file into its own Vite config for `dev`, `build` and `export`.
export default defineConfig(() => {
  // scripts/deck.ts asks for Slidev's print route (the PDF) and, for the presenter edition, its
  // presenter view: by defines, as Slidev's headmatter switches would also run its untagged export.
  const features = (process.env.DECK_FEATURES ?? '').split(',')
  return {
    plugins: [deckData(root), geometryCss(), headMeta(), liveContentChecks(root), remoteAuth(), warmup()],
    // Vite's dependency bundles belong to this copy of the deck, not to node_modules: copies that
    // link one node_modules (the tests' sandboxes, decks in a workspace) would otherwise replace
    // each other's bundles under a running dev server, whose pages then fail to load.
    cacheDir: '.vite',
    // The deck's own font files, where node_modules is a link (the tests' sandboxes, a workspace):
    // Vite serves only the deck's folder and Slidev's packages, and would refuse them there.
    server: { fs: { allow: [realpathSync(`${root}node_modules/@fontsource/inter`)] } },
    // Vue without its template compiler, which nothing in the deck or Slidev's client calls, and
    // the tooltips' styles without twoslash's (the headmatter switches twoslash off).
    resolve: {
      alias: [
        { find: /^vue$/, replacement: createRequire(import.meta.url).resolve(VUE_BUILDS.runtime) },
        { find: TWOSLASH_STYLE.slidev, replacement: TWOSLASH_STYLE.tooltips },
      ],
    },
    // yaml (reached through Slidev's client for one range parser) does not declare itself free of
    // side effects, so all of it would load with every page.
    build: {
      rollupOptions: {
        treeshake: { moduleSideEffects: [{ test: /\/node_modules\/yaml\//, sideEffects: false }] },
        // In place of Slidev's split, whose `modules/shiki` group also captured everything its
        // modules import (Rolldown groups take their dependencies): Vue's runtime and floating-vue
        // in a chunk named shiki, on every page. Vue's packages keep a chunk of their own.
        output: { manualChunks: id => /\/node_modules\/(?:@vue|vue|vue-router)\//.test(id) ? 'modules/vue' : undefined },
      },
    },
    define: {
      ...features.includes('print') && { [DEFINES.print]: 'true' },
      ...features.includes('presenter') && { [DEFINES.presenter]: 'true' },
    },
  }
})
