// What every content check reports, and how the commands print it.

export interface Problem {
  /** Which check found it, e.g. "overflow", "fonts", "missing file". */
  check: string
  /** `slide 3 "The rise" (pages/03-rise.md:1)`, or a file and line when no slide is concerned. */
  where: string
  /** What is wrong, then what to do. */
  message: string
}

export function formatProblem(problem: Problem) {
  return `${problem.where}: [${problem.check}] ${problem.message}`
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
export const count = (problems: Problem[]) => plural(problems.length, 'problem')

/** Turns refusals into warnings, for the night before a talk. */
export const ALLOW_WARNINGS_FLAG = '--allow-warnings'

/** A command's refusal: the deck would render wrong or incompletely. */
export class CheckError extends Error {
  override name = 'CheckError'
  constructor(readonly problems: Problem[], stage: string) {
    super([
      `The deck would render wrong or incompletely (${stage}), so nothing was written. ${count(problems)}:`,
      ...problems.map(problem => `  - ${formatProblem(problem)}`),
      `Fix ${problems.length === 1 ? 'it' : 'them'} and run the command again, or, to write the files anyway with ${problems.length === 1 ? 'this problem' : 'these problems'} listed in their metadata, add ${ALLOW_WARNINGS_FLAG} (npm run export -- ${ALLOW_WARNINGS_FLAG}).`,
    ].join('\n'))
  }
}

/** One `[click]` marker in the notes per click step: the presenter's cue, and where the handout's talk begins. */
export function clickMarkerProblem(where: string, clicks: number, markers: number): Problem {
  return { check: 'click markers', where, message: `the slide has ${plural(clicks, 'click step')} but its notes have ${plural(markers, '[click] marker')}. Put one [click] in the notes where each step's talk begins.` }
}

/** The same problem at several click steps of a slide: said once, with the steps listed (none on a slide without click steps). */
export function mergeSteps(found: Array<Problem & { click: number, steps: number }>): Problem[] {
  const merged = new Map<string, { problem: Problem, steps: number, clicks: number[] }>()
  for (const { click, steps, ...problem } of found) {
    const key = formatProblem(problem)
    const entry = merged.get(key) ?? merged.set(key, { problem, steps, clicks: [] }).get(key)!
    entry.clicks.push(click)
  }
  return [...merged.values()].map(({ problem, steps, clicks }) => ({
    ...problem,
    where: steps ? `${problem.where}, at click step${clicks.length === 1 ? '' : 's'} ${clicks.join(', ')} of ${steps}` : problem.where,
  }))
}
