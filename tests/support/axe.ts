// axe-core run in the page itself: injected once per page load, so that a walk through the deck in
// one page pays for it once (@axe-core/playwright injects it on every call and opens a second page
// to finish each run: most of the accessibility walks' time).
import type { Page } from '@playwright/test'
import type { AxeResults, Result, RunOptions } from 'axe-core'
import axe from 'axe-core'

/** The violations of axe's default rules (or of `rules` only) inside `selector`. */
export async function axeViolations(page: Page, selector = 'html', rules?: string[]) {
  if (!await page.evaluate(() => 'axe' in window))
    await page.evaluate(axe.source)
  const options: RunOptions = { resultTypes: ['violations'], ...rules && { runOnly: { type: 'rule', values: rules } } }
  const run = ([context, options]: readonly [string, RunOptions]) => (window as unknown as { axe: { run: (c: string, o: RunOptions) => Promise<AxeResults> } }).axe.run(context, options)
  return (await page.evaluate(run, [selector, options] as const)).violations
}

/** One line per violation: the rule, its help and the elements. */
export const violationLines = (violations: Result[]) => violations.map(v => `${v.id}: ${v.help} (${v.nodes.map(n => n.target.join(' ')).join('; ')})`)

/** The serious and critical ones, described. */
export const serious = (violations: Result[]) => violationLines(violations.filter(v => v.impact === 'serious' || v.impact === 'critical'))
