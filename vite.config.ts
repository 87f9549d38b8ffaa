import type { Plugin } from 'vite'
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { checkDeckData } from './data/check.ts'
import { headMeta } from './tooling/head-meta.ts'
import { remoteAuth } from './tooling/remote-auth.ts'
import { warmup } from './tooling/warmup.ts'

const root = fileURLToPath(new URL('.', import.meta.url))

/**
 * While presenting from `npm run dev`, an edit to data/*.json is checked at once: a mistake is
 * printed in the terminal and shown over the slides (Vite's error overlay), instead of leaving a
 * stale or blank slide. A fix clears it with a reload.
 */
function liveDataCheck(): Plugin {
  let broken = false
  return {
    name: 'deck:live-data-check',
    apply: 'serve',
    configureServer(server) {
      const dataDir = join(root, 'data')
      server.watcher.add(join(dataDir, '*.json'))
      server.watcher.on('change', (file) => {
        if (!file.startsWith(dataDir) || !file.endsWith('.json'))
          return
        try {
          checkDeckData(root)
          if (broken)
            server.ws.send({ type: 'full-reload' })
          broken = false
        }
        catch (error) {
          broken = true
          const message = (error as Error).message
          server.config.logger.error(`\n✖ ${message}\n`, { timestamp: true })
          server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'deck:live-data-check' } })
        }
      })
    },
  }
}

// Slidev merges this file into its own Vite config for `dev`, `build` and `export`.
export default defineConfig(() => {
  // Bad data stops every command here, with the file, the place and what was expected,
  // before anything is served or written.
  checkDeckData(root)

  // scripts/deck.ts builds the site with Slidev's print route (the PDF is printed from it)
  // and, for the private presenter edition, with the presenter view. Slidev ties both to
  // headmatter switches that would also run its own, untagged export, hence the defines.
  const features = (process.env.DECK_FEATURES ?? '').split(',')
  return {
    // remoteAuth: the password check of `slidev --remote`, on the server; warmup: a fast first
    // load of the presenter view (README, Presenting live).
    plugins: [remoteAuth(), warmup(), headMeta(), liveDataCheck()],
    define: {
      ...features.includes('print') && { __SLIDEV_FEATURE_PRINT__: 'true' },
      ...features.includes('presenter') && { __SLIDEV_FEATURE_PRESENTER__: 'true' },
    },
  }
})
