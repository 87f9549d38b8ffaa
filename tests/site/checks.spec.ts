// The commands' content checks (tooling/checks/), run by the tests as the commands run them: the
// source checks on the project, the browser checks on the built site (every slide at every click
// step: overflow, fonts, click markers, diagrams, images, script errors), in light as the commands
// print and in dark. That is the overflow gate of the site: nothing leaves the canvas, no text is
// cut off (tests/faults/checks.spec.ts shows it failing on a copy with a slide too full).
import { formatProblem } from '../../tooling/checks/problem.ts'
import { checkRendered } from '../../tooling/checks/rendered.ts'
import { checkSources } from '../../tooling/checks/sources.ts'
import { deck } from '../support/deck.ts'
import { ROOT } from '../support/paths.ts'
import { expect, test } from '../support/site.ts'

test('the slides, pages and the files they refer to pass the source checks', async () => {
  const { problems } = await checkSources(ROOT)
  expect(problems.map(formatProblem)).toEqual([])
})

for (const scheme of ['light', 'dark'] as const) {
  test(`the built site passes the browser checks at every click step (${scheme})`, async ({ context, site, outside }) => {
    const problems = await checkRendered(context, site.url, deck, 30_000, scheme)
    expect(problems.map(formatProblem)).toEqual([])
    expect(outside).toEqual([])
  })
}
