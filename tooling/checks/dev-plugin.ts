// While `npm run dev` serves the deck, the content checks that need no browser (sources.ts) run
// at start and after every save of a slide, page, component or public file: a problem is printed
// in the terminal and shown over the slides in Vite's error overlay; the fix clears it.
import type { Plugin, ViteDevServer } from 'vite'
import type { Problem } from './problem.ts'
import { relative } from 'node:path'
import process from 'node:process'
import { count, formatProblem } from './problem.ts'
import { checkSources } from './sources.ts'

const NAME = 'deck:content-checks'
/** What the checks read: a change anywhere else cannot change their answer. */
const WATCHED = /^(?:slides\.md|pages\/.*|components\/.*|layouts\/.*|public\/.*)$/

export function liveContentChecks(root: string): Plugin {
  let problems: Problem[] = []
  let timer: ReturnType<typeof setTimeout> | undefined

  const overlay = (server: ViteDevServer) => server.ws.send({
    type: 'error',
    err: { message: `${count(problems)} in the deck (npm run build and npm run export would refuse it):\n\n${problems.map(formatProblem).join('\n\n')}`, stack: '', plugin: NAME },
  })

  const run = async (server: ViteDevServer) => {
    const before = problems.length
    try {
      problems = (await checkSources(root)).problems
    }
    catch (error) {
      problems = [{ check: 'slides', where: 'slides.md', message: (error as Error).message }]
    }
    if (problems.length) {
      server.config.logger.error(`\n✖ ${count(problems)} in the deck:\n${problems.map(problem => `  - ${formatProblem(problem)}`).join('\n')}\n`, { timestamp: true })
      overlay(server)
    }
    else if (before) {
      // Slidev raises Vite's log level to warnings, which would hide an info line.
      process.stdout.write('✔ The deck\'s content checks pass again.\n')
      // A reload is what clears Vite's overlay.
      server.ws.send({ type: 'full-reload' })
    }
  }

  return {
    name: NAME,
    apply: 'serve',
    configureServer(server) {
      void run(server)
      server.watcher.on('all', (_event, file) => {
        if (!WATCHED.test(relative(root, file).replace(/\\/g, '/')))
          return
        // After Slidev's own update of the slide, which would clear the overlay again.
        clearTimeout(timer)
        timer = setTimeout(() => void run(server), 300)
      })
      // A window opened (or reloaded) while a problem stands shows it too.
      server.ws.on('connection', () => {
        if (problems.length)
          overlay(server)
      })
    },
  }
}
