// A fast first load while presenting. Vite compiles a module on its first request, so a
// presenter view opened as soon as `npm run dev` printed its address waited 6-8 s here for
// several hundred modules to compile. Here the dev server compiles what the presenter view and
// the audience window load (the client, both pages, every slide and everything they import)
// before it reports that it is listening, so Slidev prints its address once the deck is ready.
import type { DevEnvironment, Plugin, ViteDevServer } from 'vite'
import process from 'node:process'
import { parseAst } from 'vite'
import { loadDeck } from './deck-summary.ts'
import { CLIENT_DEPENDENCY_CHAINS, CLIENT_PAGES, clientPageUrl, slideModuleUrl } from './slidev/index.ts'

/** Past this, the address is printed anyway and the rest compiles on request, as before. */
const WARMUP_LIMIT_MS = 30_000

/**
 * Slidev runs the same dev server for its own `export` commands, which print and quit: no
 * presenter will open a window there, so they skip the warm-up.
 */
const SKIPPED_COMMANDS = new Set(['export', 'export-notes', 'build', 'format'])

// And the phone remote (remote/), which a phone opens mid-talk: most of what it imports the
// presenter view imports too.
const PAGES = [...CLIENT_PAGES.map(clientPageUrl), '/remote/RemotePage.vue']

/** The client's entry, both views and every slide (none if `slides.md` does not parse yet). */
async function slideUrls(server: ViteDevServer) {
  const slides = await loadDeck(server.config.root).then(deck => deck.slides, () => [])
  return slides.map(slide => slideModuleUrl(slide.no))
}

/** The modules a compiled module imports statically (Vite has rewritten them to URLs by then). */
function staticImports(code: string): string[] {
  let program
  try {
    program = parseAst(code)
  }
  catch {
    return []
  }
  return program.body.flatMap(node =>
    (node.type === 'ImportDeclaration' || node.type === 'ExportAllDeclaration' || node.type === 'ExportNamedDeclaration') && node.source
      ? [String(node.source.value)]
      : [])
}

/**
 * Compiles `urls` and every module they import statically, as the browser will request them.
 * Vite keeps each result, so the browser's requests are then answered from memory. Dynamic
 * imports are left out: they would pull in Shiki's 260 grammars and every page of the client,
 * none of which a presenter view at slide 1 loads.
 */
async function compileGraph(environment: DevEnvironment, urls: string[]) {
  const done = new Set<string>()
  const visit = async (url: string): Promise<void> => {
    if (done.has(url))
      return
    done.add(url)
    const result = await environment.transformRequest(url).catch(() => null)
    await Promise.all(staticImports(result?.code ?? '').map(visit))
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
      // Slidev prints the address once `server.listen()` resolves: hold that until the deck is
      // compiled. The socket already listens, so a window opened early is served, only slower.
      const listen = server.listen.bind(server)
      server.listen = async (...args) => {
        await listen(...args)
        const started = performance.now()
        const slides = await slideUrls(server)
        // Slidev keeps Vite's log level at warnings; this is the terminal's only sign of life.
        process.stdout.write(`  Compiling the presenter view and ${slides.length} slides…\n`)
        const limit = new Promise<'limit'>(resolve => setTimeout(resolve, WARMUP_LIMIT_MS, 'limit').unref())
        const compiled = await Promise.race([compileGraph(server.environments.client, [...PAGES, ...slides]), limit])
        const seconds = ((performance.now() - started) / 1000).toFixed(1)
        process.stdout.write(compiled === 'limit'
          ? `  Still compiling after ${seconds} s: the first window will take longer.\n`
          : `  ${compiled.size} modules compiled in ${seconds} s: ready to present.\n`)
        return server
      }
    },
  }
}
