// A fast first load while presenting (docs/presenting.md): a presenter view opened as soon as
// `npm run dev` printed its address waited 6-8 s for several hundred modules. Vite's own
// `server.warmup` neither takes the slides' virtual modules nor can be awaited.
import type { DevEnvironment, Plugin } from 'vite'
import process from 'node:process'
import { parseAst } from 'vite'
import { loadDeck } from './deck-summary.ts'
import { CLIENT_DEPENDENCY_CHAINS, CLIENT_PAGES, clientPageUrl, slideModuleUrl } from './slidev/index.ts'

/** Past this, the address is printed anyway and the rest compiles on request. */
const WARMUP_LIMIT_MS = 30_000
/** Slidev's commands that run the dev server only to print and quit. */
const SKIPPED_COMMANDS = new Set(['export', 'export-notes', 'build', 'format'])

/**
 * Compiles `urls` and every module they import statically; Vite keeps each result for the
 * browser. Dynamic imports are left out: Shiki's grammars and pages a talk does not open.
 */
async function compileGraph(environment: DevEnvironment, urls: string[]) {
  const done = new Set<string>()
  const visit = async (url: string): Promise<void> => {
    if (done.has(url))
      return
    done.add(url)
    const code = (await environment.transformRequest(url).catch(() => null))?.code ?? ''
    let body: ReturnType<typeof parseAst>['body'] = []
    try {
      body = parseAst(code).body
    }
    catch {}
    await Promise.all(body.map(node =>
      (node.type === 'ImportDeclaration' || node.type === 'ExportAllDeclaration' || node.type === 'ExportNamedDeclaration') && node.source
        ? visit(String(node.source.value))
        : undefined))
  }
  await Promise.all(urls.map(visit))
  return done
}

export function warmup(): Plugin {
  return {
    name: 'deck:warmup',
    apply: (_, env) => env.command === 'serve' && !SKIPPED_COMMANDS.has(process.argv[2] ?? ''),
    config: () => ({ optimizeDeps: { include: CLIENT_DEPENDENCY_CHAINS } }),
    configureServer(server) {
      // Slidev prints the address once `server.listen()` resolves. The socket already listens,
      // so a window opened early is served, only slower.
      const listen = server.listen.bind(server)
      server.listen = async (...args) => {
        await listen(...args)
        const started = performance.now()
        const slides = await loadDeck(server.config.root).then(deck => deck.slides.map(s => slideModuleUrl(s.no)), () => [])
        // Slidev keeps Vite's log level at warnings; this is the terminal's only sign of life.
        process.stdout.write(`  Compiling the presenter view and ${slides.length} slides…\n`)
        const limit = new Promise<'limit'>(resolve => setTimeout(resolve, WARMUP_LIMIT_MS, 'limit').unref())
        const pages = [...CLIENT_PAGES.map(clientPageUrl), '/remote/RemotePage.vue']
        const compiled = await Promise.race([compileGraph(server.environments.client, [...pages, ...slides]), limit])
        const seconds = ((performance.now() - started) / 1000).toFixed(1)
        process.stdout.write(compiled === 'limit'
          ? `  Still compiling after ${seconds} s: the first window will take longer.\n`
          : `  ${compiled.size} modules compiled in ${seconds} s: ready to present.\n`)
        return server
      }
    },
  }
}
