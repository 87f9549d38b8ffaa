// A second real build, shared by the fault tests that need one without a fault (one copy, one
// build per worker): a copy of the deck changed the ways an author changes it between two
// deployments. tests/faults/redeploy.spec.ts serves it after the run's shared build, as a host
// would; tests/faults/geometry.spec.ts reads the geometry and the fonts it drew.
import type { Sandbox } from './sandbox.ts'
import { slideFrom } from './deck.ts'
import { BASE } from './paths.ts'
import { expect, makeSandbox, run, test as sandboxTest } from './sandbox.ts'

/** A milestone title in Polish, Czech, Greek and Russian: letters of Inter's other subsets. */
export const TITLE = 'Łódź-Říjen Αθήνα-Москва'
/** The slide given a new line of text and a note far too long for the room under it in the handout. */
export const CHANGED = { slide: slideFrom('pages/02-opening.md'), line: 'Redeployed: this line is new in the second build.' }
// 60 sentences (780 words and more), each numbered, so a lost one would show which.
const sentences = Array.from({ length: 60 }, (_, i) => `Sentence ${i + 1} of the long note: the partnership between the two companies keeps changing as both of them grow.`)
export const LONG_NOTE = `${sentences.slice(0, 30).join(' ')}\n\n${sentences.slice(30).join(' ')}`

export const test = sandboxTest.extend<object, { second: Sandbox }>({
  // eslint-disable-next-line no-empty-pattern
  second: [async ({}, use) => {
    const box = makeSandbox()
    box.edit('slides.md', text => text.replace(/^canvasWidth: 980$/m, 'canvasWidth: 1280'))
    // The step the timeline's titles use: 1.4rem -> 1.35rem (smaller, so nothing overflows; well
    // above the body size the build's legibility check asks for).
    box.edit('layout/geometry.ts', text => text.replace(/^ {2}'lg': 1\.4,$/m, '  \'lg\': 1.35,'))
    box.edit('data/milestones.json', text => text.replace('"GPT-3 launch"', JSON.stringify(TITLE)))
    box.edit(CHANGED.slide.file, text => text.replace(/^(# .*)$/m, `$1\n\n<p class="lead">${CHANGED.line}</p>`).replace(/\n-->\s*$/, `\n\n${LONG_NOTE}\n-->\n`))
    const built = await run(box.dir, 'tsx', ['scripts/deck.ts', 'build', '--base', BASE, '--out', 'dist', '--exports', 'exports', '--format', 'pdf'], {}, 230_000)
    expect(built.code, built.output).toBe(0)
    await use(box)
    box.remove()
  }, { scope: 'worker', timeout: 240_000 }],
})
export { expect }
