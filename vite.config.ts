import type { Plugin } from 'vite'
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { checkDeckData } from './data/check.ts'

const root = fileURLToPath(new URL('.', import.meta.url))

/**
 * The head of index.html, put right:
 * - Slidev 52.20 writes description, author and keywords JSON-quoted (`content="&quot;...\n&quot;"`);
 *   they are unquoted here, and their line breaks folded.
 * - Social sites need an absolute preview URL: with DECK_SITE_URL (the site's public address, as
 *   the Pages workflow sets it), og:image becomes absolute and og:url is added.
 */
function headMeta(): Plugin {
  return {
    name: 'deck:head-meta',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        let out = html.replace(/(<meta name="(?:description|author|keywords)" content=")&quot;(.*?)&quot;(">)/g, (_, open: string, value: string, close: string) =>
          `${open}${value.replace(/\\n/g, ' ').replace(/\s+/g, ' ').trim()}${close}`)
        const site = process.env.DECK_SITE_URL?.replace(/\/?$/, '/')
        if (site) {
          out = out.replace(/(<meta property="og:image" content=")([^"]*)(">)/, (_, open: string, image: string, close: string) => `${open}${new URL(image, site).href}${close}`)
            .replace('</head>', `<meta property="og:url" content="${site}">\n</head>`)
        }
        return out
      },
    },
  }
}

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
    plugins: [headMeta(), liveDataCheck()],
    define: {
      ...features.includes('print') && { __SLIDEV_FEATURE_PRINT__: 'true' },
      ...features.includes('presenter') && { __SLIDEV_FEATURE_PRESENTER__: 'true' },
    },
  }
})
