// Once loaded, the deck keeps working with the network gone: every slide, diagrams included,
// even after a reload, from the service worker's precache.
import { serveStatic } from '../../scripts/serve.ts'
import { deck } from '../support/deck.ts'
import { BASE, PUBLIC_SITE } from '../support/paths.ts'
import { expect, openSlide, settle, test } from '../support/site.ts'

test('after the first visit, every slide opens with the server gone', async ({ page }) => {
  // A server of its own, so that this test can take it away.
  const server = await serveStatic({ dir: PUBLIC_SITE, base: BASE })
  await openSlide(page, server, 1)
  await page.evaluate(() => navigator.serviceWorker.ready)
  // Wait until the precache holds the scripts of every slide (Mermaid's among them).
  await expect.poll(() => page.evaluate(async () => {
    const names = await caches.keys()
    const lists = await Promise.all(names.map(async name => (await (await caches.open(name)).keys()).length))
    return lists.reduce((a, b) => a + b, 0)
  })).toBeGreaterThan(20)
  await server.close()

  for (const slide of deck.slides) {
    await page.goto(`${server.url}${slide.no}?clicks=${slide.noteClicks}`)
    await settle(page, slide.no)
    await expect.soft(page.locator(`[data-slidev-no="${slide.no}"] .slidev-layout`), `slide ${slide.no} offline`).toContainText(slide.title.split(' ')[0]!)
  }
})
