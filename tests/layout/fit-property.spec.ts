// Property: the fit check never accepts data that overflows its slide. fast-check generates valid
// data sets (counts and string lengths within the schema), the build's own fit maths decides, and
// every accepted set is drawn on a real slide in Chromium (the layout harness) and checked with
// the overflow gate, friction points also each on its own slide. Its height estimate must also
// hold for these unseen sets.
import type { Page } from '@playwright/test'
import type { Harness, HarnessKind } from '../../tooling/layout-harness.ts'
import { test as base, expect } from '@playwright/test'
import fc from 'fast-check'
import { comparisonLayout, comparisonText } from '../../layout/comparison.ts'
import { frictionLayout } from '../../layout/frictions.ts'
import { SLIDE } from '../../layout/geometry.ts'
import { timelineLayout } from '../../layout/timeline.ts'
import { findOverflow } from '../../tooling/checks/overflow.ts'
import { layoutContext } from '../../tooling/deck-data.ts'
import { renderInHarness, startHarness } from '../../tooling/layout-harness.ts'
import { ROOT } from '../support/paths.ts'
import { answered, comparison, frictions, milestones } from './arbitraries.ts'

/**
 * The same bound as tests/unit/fit-accuracy.test.ts (5% of the rendered height), held here in the
 * direction that matters: the estimate never falls short of what Chromium draws by more than
 * that. Above it is the safe side (data refused a little early): random tokens that must break
 * inside a word are estimated up to 8% tall (measured), and the overflow gate above still holds.
 */
const TOLERANCE = 0.05
/**
 * Ten data sets per pass, forty in all (friction points have two passes: the overview, then each
 * point on its own slide): well under a minute once the harness is built.
 */
const RUNS = 10

const { box, measure } = layoutContext(ROOT)

/** The harness is built once per worker (about 10 s) and shared by the three properties. */
const test = base.extend<{ harnessPage: Page }, { harness: Harness }>({
  harness: [async ({}, use) => { // eslint-disable-line no-empty-pattern
    const harness = await startHarness(ROOT)
    await use(harness)
    await harness.close()
  }, { scope: 'worker', timeout: 120_000 }],
  harnessPage: async ({ page, harness }, use) => {
    await page.setViewportSize(harness.canvas)
    await use(page)
  },
})

/** Draws an accepted data set and checks it against the slide and the estimate. */
async function check(page: Page, harness: Harness, kind: HarnessKind, props: unknown, estimate: number) {
  const { no, height, bottom } = await renderInHarness(page, harness, kind, props)
  expect(await findOverflow(page, no), JSON.stringify(props).slice(0, 300)).toEqual([])
  // The component ends above the content area's bottom edge (the footer's band).
  expect(bottom).toBeLessThanOrEqual(harness.canvas.height - SLIDE.padBottom)
  expect((height - estimate) / height, `estimate ${estimate.toFixed(1)} px, rendered ${height.toFixed(1)} px`).toBeLessThanOrEqual(TOLERANCE)
}

test.describe.configure({ timeout: 120_000 })

test('timelines the fit check accepts never overflow', async ({ harnessPage: page, harness }) => {
  // Only data the fit check accepts is drawn: the filter keeps generating until it has RUNS of them.
  const accepted = milestones.map(data => ({ data, layout: timelineLayout(data, box, measure) })).filter(({ layout }) => layout.fits)
  await fc.assert(fc.asyncProperty(accepted, async ({ data, layout }) => {
    await check(page, harness, 'timeline', { milestones: data, layout }, layout.height)
  }), { numRuns: RUNS, endOnFailure: true })
})

test('friction points the fit check accepts never overflow', async ({ harnessPage: page, harness }) => {
  const accepted = frictions.map(data => ({ data, layout: frictionLayout(data, box, measure) })).filter(({ layout }) => layout.fits)
  await fc.assert(fc.asyncProperty(accepted, async ({ data, layout }) => {
    await check(page, harness, 'frictions', { frictions: data }, layout.height)
  }), { numRuns: RUNS, endOnFailure: true })
  // Then RUNS more accepted sets, each point on its own slide (what `points` estimates). Every
  // point, not a sample: accepted sets hold 2.3 points on average (up to 5), so about 23 slides,
  // 1.5 s. A pass of its own, so that the page stays on that slide instead of reloading per set.
  await fc.assert(fc.asyncProperty(accepted, async ({ data, layout }) => {
    for (const [i, friction] of data.entries())
      await check(page, harness, 'frictionPoint', { friction }, layout.points[i]!)
  }), { numRuns: RUNS, endOnFailure: true })
})

test('scenario tables the fit check accepts never overflow', async ({ harnessPage: page, harness }) => {
  const accepted = comparison.map((data) => {
    const text = comparisonText(data, answered)
    return { text, layout: comparisonLayout(text, box, measure) }
  }).filter(({ layout }) => layout.fits)
  await fc.assert(fc.asyncProperty(accepted, async ({ text, layout }) => {
    await check(page, harness, 'comparison', { text, layout }, layout.height)
  }), { numRuns: RUNS, endOnFailure: true })
})
