// A fast first load while presenting: Vite compiles a module on its first request, so the
// presenter view took 5.5-6.6 s to open after `npm run dev` printed its address. Here the dev
// server compiles the client's entry, the audience and presenter views and every slide as soon
// as it listens (Vite then pre-transforms what they import), while the presenter is still
// reaching for the browser.
import type { Plugin } from 'vite'
import { loadDeck } from './deck-summary.ts'

export function warmup(): Plugin {
  return {
    name: 'deck:warmup',
    apply: 'serve',
    config: () => ({
      server: {
        warmup: {
          clientFiles: [
            './node_modules/@slidev/client/main.ts',
            './node_modules/@slidev/client/pages/play.vue',
            './node_modules/@slidev/client/pages/presenter.vue',
          ],
        },
      },
    }),
    configureServer(server) {
      // Slidev's virtual modules (the slides, the setups) have no file to list above.
      server.httpServer?.once('listening', async () => {
        const { slides } = await loadDeck(server.config.root)
        const urls = ['/@slidev/slides', '/@slidev/global-layers', '/@slidev/setups/main', '/@slidev/setups/root', ...slides.map(s => `/@slidev/slides/${s.no}/md`)]
        await Promise.all(urls.map(url => server.warmupRequest(url).catch(() => {})))
      })
    },
  }
}
