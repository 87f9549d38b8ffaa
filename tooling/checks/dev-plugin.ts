// While `npm run dev` serves the deck: the source checks (sources.ts) at start and after every save,
// in the terminal and Vite's overlay; and the terminal's lines for the page's slide check (dev-client.ts).
import type { Plugin } from 'vite'
import type { SlideReport } from './dev-client.ts'
import type { Problem } from './problem.ts'
import { relative } from 'node:path'
import process from 'node:process'
import { placesIn } from '../deck-data.ts'
import { describeSlide, loadDeck } from '../deck-summary.ts'
import { count, formatProblem } from './problem.ts'
import { describeProblem, DEV_EVENT } from './slide.ts'
import { checkSources } from './sources.ts'

const NAME = 'deck:content-checks'
const FONTS_MODULE = 'virtual:deck-dev-checks'
/** What the checks read: a change anywhere else cannot change their answer. */
const WATCHED = /^(?:slides\.md|pages\/.*|components\/.*|layouts\/.*|public\/.*)$/

export function liveContentChecks(root: string): Plugin {
  return {
    name: NAME,
    apply: 'serve',
    resolveId: id => id === FONTS_MODULE ? `\0${FONTS_MODULE}` : undefined,
    async load(id) {
      if (id === `\0${FONTS_MODULE}`)
        return `export const fonts = ${JSON.stringify((await loadDeck(root)).fonts)}`
    },
    configureServer(server) {
      let problems: Problem[] = []
      let timer: ReturnType<typeof setTimeout> | undefined
      const overlay = () => server.ws.send({
        type: 'error',
        err: { message: `${count(problems)} in the deck (npm run build and npm run export would refuse it):\n\n${problems.map(formatProblem).join('\n\n')}`, stack: '', plugin: NAME },
      })
      const run = async () => {
        const before = problems.length
        try {
          problems = (await checkSources(root)).problems
        }
        catch (error) {
          problems = [{ check: 'slides', where: 'slides.md', message: (error as Error).message }]
        }
        if (problems.length) {
          server.config.logger.error(`\n✖ ${count(problems)} in the deck:\n${problems.map(problem => `  - ${formatProblem(problem)}`).join('\n')}\n`, { timestamp: true })
          overlay()
        }
        else if (before) {
          // Slidev raises Vite's log level to warnings, which would hide an info line.
          process.stdout.write('✔ The deck\'s content checks pass again.\n')
          // A reload is what clears Vite's overlay.
          server.ws.send({ type: 'full-reload' })
        }
      }
      void run()
      server.watcher.on('all', (_event, file) => {
        if (!WATCHED.test(relative(root, file).replace(/\\/g, '/')))
          return
        // After Slidev's own update of the slide, which would clear the overlay again.
        clearTimeout(timer)
        timer = setTimeout(() => void run(), 300)
      })
      // A window opened (or reloaded) while a problem stands shows it too.
      server.ws.on('connection', () => problems.length && overlay())

      // What each slide at each click step last reported (the page sends every check): a line is printed when it changes.
      const said = new Map<string, string>()
      const slideReport = async ({ no, click, problems: found }: SlideReport) => {
        if (JSON.stringify(found) === (said.get(`${no}:${click}`) ?? '[]'))
          return
        said.set(`${no}:${click}`, JSON.stringify(found))
        const where = `${describeSlide(await loadDeck(root), no)}${click ? `, at click ${click}` : ''}`
        const places = placesIn(root)
        if (found.length)
          server.config.logger.error(found.map(problem => `✖ ${formatProblem({ check: problem.check, where, message: describeProblem(problem, places) })}`).join('\n'), { timestamp: true })
        else
          process.stdout.write(`✔ ${where}: the slide check passes again.\n`)
      }
      server.ws.on(DEV_EVENT, (report: SlideReport) => void slideReport(report).catch(error => server.config.logger.error(`slide check: ${(error as Error).message}`)))
    },
  }
}
