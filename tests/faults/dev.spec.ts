// `npm run dev` on a copy of the deck: an explicit port that is taken is refused with a clear
// message; with port 3030 taken it moves to another port; a problem in the deck is printed and
// shown over the slides until it is fixed; a data mistake saved while presenting is reported at
// once. One dev server (a start compiles every slide) serves the tests after the first, in order.
import type { AddressInfo } from 'node:net'
import type { Running, Sandbox } from '../support/sandbox.ts'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { DOM, slideSelector } from '../../tooling/slidev/index.ts'
import { slideFrom } from '../support/deck.ts'
import { expectLine, named, SOURCE_FAULTS } from '../support/faults.ts'
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
    SOURCE_FAULTS.at(-1)!.break(box)
    await expect(overlay).toContainText('[click markers] the slide has 2 click steps but its notes have 1 [click] marker', { timeout: QUICK })
    await expect(overlay).toContainText(named('pages/02-opening.md'))
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
