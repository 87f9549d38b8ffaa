// The commands' content checks (tooling/checks/), run by the tests as the commands run them: the
// source checks on the project, the browser checks on the built site (every slide at every click
// step: overflow, fonts, click markers, diagrams, images, script errors).
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

test('the built site passes the browser checks at every click step', async ({ context, site, outside }) => {
  const problems = await checkRendered(context, site.url, deck, 30_000)
  expect(problems.map(formatProblem)).toEqual([])
  expect(outside).toEqual([])
})
