// `npm run dev` on a copy of the deck: an explicit port that is taken is refused with a clear
// message; with port 3030 taken it moves to another port; a problem in the deck is printed and
// shown over the slides until it is fixed; a slide that overflows is named and outlined until the
// edit is undone; notes with HTML show as text in the presenter view; a data mistake saved while
// presenting is reported at once. One dev server (a start compiles every slide) serves the tests
// after the first, in order.
import type { AddressInfo } from 'node:net'
import type { Running, Sandbox } from '../support/sandbox.ts'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { DOM, routeAddress, slideSelector } from '../../tooling/slidev/index.ts'
import { HOSTILE } from '../fixtures/index.ts'
import { slideFrom } from '../support/deck.ts'
import { escape, expectLine, named, paragraphs, placeOf, SOURCE_FAULTS } from '../support/faults.ts'
import { devAddress, expect, makeSandbox, run, start, test } from '../support/sandbox.ts'

/** Generous for a busy 2-core machine: a wait, not a timing goal (those are in `npm run bench`). */
const QUICK = 20_000

function occupy(port: number) {
  return new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(port, () => resolve(server))
  })
}

test('an explicit dev port already taken: a clear message', async ({ box }) => {
  const blocker = await occupy(0)
  const port = (blocker.address() as AddressInfo).port
  try {
    const refused = await run(box.dir, 'slidev', ['--port', String(port)], {}, 30_000)
    expect(refused.code).not.toBe(0)
    expect(refused.output).toContain(`Port ${port} is already in use`)
  }
  finally {
    blocker.close()
  }
})

test.describe('one dev server, started with a problem in the deck and port 3030 taken', () => {
  test.describe.configure({ mode: 'serial' })
  const missing = SOURCE_FAULTS[0]!
  let box: Sandbox
  let dev: Running
  let blocker: ReturnType<typeof createServer> | undefined
  let url: URL

  test.beforeAll(async () => {
    test.setTimeout(120_000)
    box = makeSandbox()
    missing.break(box)
    // HTML and template syntax in a slide's notes (in slides and data: tests/faults/extreme.spec.ts).
    box.edit('pages/02-opening.md', text => text.replace('The relationship started out as symbiotic.', `The relationship started out as symbiotic. ${HOSTILE.join(' ')}`))
    // Taken by this test, or already by something else on the machine: either way not free.
    blocker = await occupy(3030).catch(() => undefined)
    dev = start(box.dir, 'slidev', [], {}, 400_000)
    url = await devAddress(dev, 90_000)
  })

  test.afterAll(async () => {
    dev?.child.kill('SIGTERM')
    await dev?.done
    blocker?.close()
    box?.remove()
  })

  test('`npm run dev` (no port given) takes the next free port when 3030 is busy', async () => {
    expect(Number(url.port)).not.toBe(3030)
    const response = await fetch(url.origin)
    expect(response.status).toBe(200)
    // The copy's dependency bundles are its own: the project's dev servers, on the node_modules
    // this copy links, keep theirs (vite.config.ts, cacheDir).
    expect(existsSync(join(box.dir, '.vite/deps/_metadata.json'))).toBe(true)
  })

  test('a problem is printed and shown over the slides until it is fixed', async ({ page }) => {
    test.setTimeout(180_000)
    // At start, in the terminal.
    await dev.waitFor(/✖ 1 problem in the deck/, QUICK)
    expectLine(dev.output(), missing.says(box))
    // A window opened while it stands shows it in Vite's overlay.
    const slide = slideFrom('pages/02-opening.md')
    await page.goto(`${url.origin}/${slide.no}`, { timeout: 90_000 })
    const overlay = page.locator('vite-error-overlay')
    await expect(overlay).toContainText('src: pages/09-appendix.md does not exist', { timeout: 60_000 })
    // Fixed: the overlay goes, the terminal says so.
    box.edit('slides.md', text => text.replace(/\n---\nsrc: \.\/pages\/09-appendix\.md\n---\n/, '\n'))
    await expect(overlay).toHaveCount(0, { timeout: QUICK })
    await dev.waitFor(/content checks pass again/, QUICK)
    // A mistake saved while presenting: shown on the slide at once.
    await expect(page.locator(`${slideSelector(slide.no)} ${DOM.layout}`)).toBeVisible({ timeout: 60_000 })
    const page02 = box.read('pages/02-opening.md')
    SOURCE_FAULTS.at(-1)!.break(box)
    await expect(overlay).toContainText('[click markers] the slide has 2 click steps but its notes have 1 [click] marker', { timeout: QUICK })
    await expect(overlay).toContainText(named('pages/02-opening.md'))
    box.write('pages/02-opening.md', page02)
    await expect(overlay).toHaveCount(0, { timeout: QUICK })
  })

  // The slide check (tooling/checks/slide.ts) where the author works: on the slide on screen, a
  // saved edit that makes it overflow is named in the terminal (slide, page file, data position)
  // and outlined on the slide, and undoing it clears both.
  test('an overflowing slide is named in the terminal and on the slide, from data and from Markdown, until the edit is undone', async ({ page }) => {
    test.setTimeout(180_000)
    const marks = page.locator('[data-deck-dev-problem]')
    const labels = page.locator('.deck-dev-problem-label')

    // (a) The last milestone's detail lengthened, its last word joined to a long hyphenated run
    // (one word still: the timeline is at its word budget; within the schema's 300 characters):
    // its text runs over the footer at the last click step.
    const timeline = slideFrom('pages/04-milestones.md')
    const clicks = timeline.noteClicks
    await page.goto(`${url.origin}/${timeline.no}?clicks=${clicks}`, { timeout: 90_000 })
    await expect(page.locator(`${slideSelector(timeline.no)} .timeline .entry`).last()).toBeVisible({ timeout: 60_000 })
    const original = box.read('data/milestones.json')
    const detail = (JSON.parse(original) as Array<{ detail: string }>).at(-1)!.detail
    const longer = detail.replace(/(\S+?)(\.?)$/, `$1-${Array.from({ length: 18 }, () => 'renegotiation').join('-')}$2`)
    expect(longer.length).toBeLessThanOrEqual(300)
    box.write('data/milestones.json', original.replace(JSON.stringify(detail), JSON.stringify(longer)))
    const place = `${placeOf(box.read('data/milestones.json'), longer, 'data/milestones.json')} [4].detail`
    await dev.waitFor(new RegExp(`✖ .*${escape(named('pages/04-milestones.md'))}, at click ${clicks}: \\[overflow\\] <p class="detail"> "${escape(longer.slice(0, 40))}…" [^\\n]* by \\d+ px \\(${escape(place)}\\)\\. Shorten or split`), QUICK)
    await expect(marks.first()).toHaveAttribute('data-deck-dev-problem', 'overflow', { timeout: QUICK })
    await expect(labels.first()).toContainText(/^overflow: .* by \d+ px$/)
    // (c) Undone: the terminal says so, the outline and the label go.
    box.write('data/milestones.json', original)
    await dev.waitFor(new RegExp(`✔ ${escape(named('pages/04-milestones.md'))}, at click ${clicks}: the slide check passes again`), QUICK)
    await expect(marks).toHaveCount(0, { timeout: QUICK })
    await expect(labels).toHaveCount(0)

    // (b) Paragraphs added to a Markdown page: the hot update alone re-checks the slide.
    const conclusion = slideFrom('pages/08-conclusion.md')
    await page.goto(`${url.origin}/${conclusion.no}`)
    await expect(page.locator(`${slideSelector(conclusion.no)} .cover-motif`)).toBeVisible({ timeout: 60_000 })
    const page08 = box.read('pages/08-conclusion.md')
    box.write('pages/08-conclusion.md', paragraphs(page08))
    await dev.waitFor(new RegExp(`✖ .*${escape(named('pages/08-conclusion.md'))}: \\[overflow\\] <p> "Paragraph \\d: [^\\n]*" extends beyond the canvas by \\d+ px\\. Shorten or split`), QUICK)
    await expect(page.locator(`${slideSelector(conclusion.no)} [data-deck-dev-problem]`).first()).toBeVisible({ timeout: QUICK })
    box.write('pages/08-conclusion.md', page08)
    await dev.waitFor(new RegExp(`✔ ${escape(named('pages/08-conclusion.md'))}: the slide check passes again`), QUICK)
    await expect(marks).toHaveCount(0, { timeout: QUICK })
  })

  // Last with a window: the presenter view moves every window of the talk (setup/live-sync.ts).
  test('notes with HTML are shown as text in the presenter view', async ({ page }) => {
    await page.goto(`${url.origin}/${routeAddress('presenter', 2)}`, { timeout: 90_000 })
    const notes = page.locator(DOM.note).first()
    await expect(notes).toContainText('started out as symbiotic', { timeout: 60_000 })
    await expect(notes).toContainText(HOSTILE[1])
    await expect(notes).toContainText(HOSTILE[2])
    expect(await notes.locator('img').count()).toBe(0)
    expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined()
  })

  test('a data mistake saved while presenting is reported at once, in the terminal', async () => {
    box.edit('data/milestones.json', (text) => {
      const milestones = JSON.parse(text)
      milestones[0].year = 1999
      return `${JSON.stringify(milestones, null, 2)}\n`
    })
    await dev.waitFor(/data\/milestones\.json:\d+:\d+: \[0\]\.year: expected a year from 2015 to 2035, got 1999/, QUICK)
  })
})
