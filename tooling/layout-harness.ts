// The layout harness: a copy of the deck whose four data-driven slides render any props handed in
// from the page (tooling/harness/Harness.vue), built once with Slidev. It shows what Chromium
// really draws for a data set, on a real slide (frame, heading, styles, fonts), without a build
// per data set. Used by the metrics recorder (scripts/record-metrics.ts) and the layout tests.
import type { Page } from 'playwright-chromium'
import type { Canvas } from '../layout/geometry.ts'
import type { StaticServer } from './serve.ts'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { copyDeck, slidesWith } from './deck-files.ts'
import { loadDeck, readCanvas } from './deck-summary.ts'
import { serveStatic } from './serve.ts'
import { DOM, slideSelector } from './slidev/index.ts'

export type HarnessKind = 'timeline' | 'frictions' | 'frictionPoint' | 'comparison'

/** Each kind, the component that the deck's own slide uses for it, and the root it renders. */
export const HARNESS_KINDS: Record<HarnessKind, { component: string, selector: string }> = {
  timeline: { component: 'MilestoneTimeline', selector: 'ol.timeline' },
  frictions: { component: 'FrictionPoints', selector: 'ol.friction-points' },
  frictionPoint: { component: 'FrictionPoint', selector: 'div.friction-point' },
  comparison: { component: 'ScenarioComparison', selector: 'table.comparison' },
}

export interface Harness {
  server: StaticServer
  canvas: Canvas
  /** The slide number of each kind. */
  slides: Record<HarnessKind, number>
  close: () => Promise<void>
}

/** Builds and serves the harness for the deck in `root`. */
export async function startHarness(root: string): Promise<Harness> {
  const deck = await loadDeck(root)
  const dir = mkdtempSync(join(tmpdir(), 'deck-harness-'))
  try {
    copyDeck(root, dir)
    cpSync(resolve(import.meta.dirname, 'harness/Harness.vue'), join(dir, 'components/Harness.vue'))
    // Each harness slide has the heading of the deck's own slide that uses the component.
    const kinds = Object.keys(HARNESS_KINDS) as HarnessKind[]
    const slides = kinds.map((kind) => {
      // The whole tag name: `<FrictionPoint` alone also matches the overview's `<FrictionPoints`.
      const tag = new RegExp(`<${HARNESS_KINDS[kind].component}[\\s/>]`)
      const slide = deck.slides.find(s => tag.test(s.content))
      if (!slide)
        throw new Error(`No slide of the deck uses <${HARNESS_KINDS[kind].component}>`)
      return `${'#'.repeat(slide.headingLevel)} ${slide.title}\n\n<Harness kind="${kind}" />\n`
    })
    writeFileSync(join(dir, 'slides.md'), slidesWith(root, slides))
    const built = spawnSync(join(root, 'node_modules/.bin/slidev'), ['build', '--out', 'dist'], { cwd: dir, encoding: 'utf8' })
    if (built.status !== 0)
      throw new Error(`The layout harness did not build:\n${built.stdout}\n${built.stderr}`)
    const server = await serveStatic({ dir: join(dir, 'dist') })
    return {
      server,
      canvas: readCanvas(dir),
      slides: Object.fromEntries(kinds.map((kind, i) => [kind, i + 1])) as Record<HarnessKind, number>,
      close: async () => {
        await server.close()
        rmSync(dir, { recursive: true, force: true })
      },
    }
  }
  catch (error) {
    rmSync(dir, { recursive: true, force: true })
    throw error
  }
}

/** Renders `props` with the component of `kind` on its harness slide; returns the component's height in px. */
export async function renderInHarness(page: Page, harness: Harness, kind: HarnessKind, props: unknown) {
  const no = harness.slides[kind]
  if (!page.url().endsWith(`/${no}`)) {
    await page.goto(`${harness.server.url}${no}`)
    await page.waitForFunction(k => !!(window as unknown as { __deckHarness?: Record<string, unknown> }).__deckHarness?.[k], kind)
    // Every weight the components use, loaded before the first measurement: `document.fonts.ready`
    // alone resolves at once when the new text has not yet asked for its face.
    await page.evaluate(() => Promise.all(['400', '600', '700'].map(weight => document.fonts.load(`${weight} 16px Inter`))))
  }
  await page.evaluate(async ([k, p]) => {
    await (window as unknown as { __deckHarness: Record<string, (p: unknown) => Promise<void>> }).__deckHarness[k as string]!(p)
    // Two frames: the new content is styled and laid out before it is measured.
    for (let i = 0; i < 2; i++)
      await new Promise(resolve => requestAnimationFrame(resolve))
    await document.fonts.ready
  }, [kind, props] as const)
  // The slide is scaled to the window: sizes are reported in canvas px, from the slide's top.
  const { height, bottom } = await page.locator(`${slideSelector(no)} ${HARNESS_KINDS[kind].selector}`).evaluate((el, selector) => {
    const slide = el.closest<HTMLElement>(selector)!
    const scale = slide.getBoundingClientRect().width / slide.offsetWidth
    const box = el.getBoundingClientRect()
    return { height: box.height / scale, bottom: (box.bottom - slide.getBoundingClientRect().top) / scale }
  }, DOM.slide)
  return { no, height, bottom }
}
