// Once the deck has been shown (a run-through before the talk), it keeps working with the network
// gone: every slide, diagrams included, even after a reload, from the service worker's cache.
import { serveStatic } from '../../tooling/serve.ts'
import { DOM, slideSelector } from '../../tooling/slidev/index.ts'
import { deck } from '../support/deck.ts'
import { BASE, PUBLIC_SITE } from '../support/paths.ts'
import { expect, openSlide, settle, test } from '../support/site.ts'

test('after one run-through, every slide opens with the server gone', async ({ page }) => {
  // A server of its own, so that this test can take it away.
  const server = await serveStatic({ dir: PUBLIC_SITE, base: BASE, headers: true })
  await openSlide(page, server, 1)
  await page.evaluate(() => navigator.serviceWorker.ready)
  // The worker controls the page from its first load on; reload so that it sees every request.
  await page.reload()
  for (const slide of deck.slides)
    await openSlide(page, server, slide.no, slide.noteClicks)
  await server.close()
  await expect(page.request.get(server.url).then(() => 'reachable', () => 'gone')).resolves.toBe('gone')

  for (const slide of [...deck.slides].reverse()) {
    await page.goto(`${server.url}${slide.no}?clicks=${slide.noteClicks}`)
    await settle(page, slide.no)
    await expect.soft(page.locator(`${slideSelector(slide.no)} ${DOM.layout}`), `slide ${slide.no} offline`).toContainText(slide.title.split(' ')[0]!)
  }
})

test('nothing is fetched ahead of time: the first slide does not load the diagrams', async ({ page, site }) => {
  const requested: string[] = []
  page.on('request', request => requested.push(request.url()))
  await openSlide(page, site, 1)
  await page.evaluate(() => navigator.serviceWorker.ready)
  await page.waitForLoadState('networkidle')
  expect(requested.some(url => /mermaid/i.test(url))).toBe(false)
})
