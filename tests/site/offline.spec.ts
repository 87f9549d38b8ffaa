// Once the deck has been shown (a run-through before the talk), it keeps working with the network
// gone: every slide, diagrams included, even after a reload, from the service worker's cache.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { serveStatic } from '../../tooling/serve.ts'
import { DOM, slideSelector } from '../../tooling/slidev/index.ts'
import { deck } from '../support/deck.ts'
import { BASE, PUBLIC_SITE } from '../support/paths.ts'
import { expect, openSlide, settle, test, walkSlides } from '../support/site.ts'

test('after one run-through, every slide opens with the server gone', async ({ page }) => {
  // A server of its own, so that this test can take it away.
  const server = await serveStatic({ dir: PUBLIC_SITE, base: BASE, headers: true })
  await openSlide(page, server, 1)
  await page.evaluate(() => navigator.serviceWorker.ready)
  // The worker controls the page from its first load on; the walk's load is its second.
  let shown = 0
  await walkSlides(page, server, async () => {
    shown++
  })
  expect(shown).toBe(deck.slides.length)
  await server.close()
  await expect(page.request.get(server.url).then(() => 'reachable', () => 'gone')).resolves.toBe('gone')

  for (const slide of [...deck.slides].reverse()) {
    await page.goto(`${server.url}${slide.no}?clicks=${slide.noteClicks}`)
    await settle(page, slide.no)
    await expect.soft(page.locator(`${slideSelector(slide.no)} ${DOM.layout}`), `slide ${slide.no} offline`).toContainText(slide.title.split(' ')[0]!)
  }
})

/**
 * The chunk of Mermaid's core, found by what it holds (the text of the diagram Mermaid draws for a
 * syntax error, and its version line), not by its file name. Read when the test runs: the build
 * project writes the site after Playwright loads this file.
 */
function mermaidCoreChunks() {
  return readdirSync(join(PUBLIC_SITE, 'assets')).filter(file => file.endsWith('.js')
    && ['Syntax error in text', 'mermaid version'].every(marker => readFileSync(join(PUBLIC_SITE, 'assets', file), 'utf8').includes(marker)))
}

test('nothing is fetched ahead of time: the first slide does not load Mermaid, a diagram slide does', async ({ page, site }) => {
  const mermaidCore = mermaidCoreChunks()
  expect(mermaidCore).toHaveLength(1)
  const requested: string[] = []
  page.on('request', request => requested.push(new URL(request.url()).pathname))
  const mermaid = () => requested.filter(path => path.endsWith(`/assets/${mermaidCore[0]}`))
  await openSlide(page, site, 1)
  await page.evaluate(() => navigator.serviceWorker.ready)
  await page.waitForLoadState('networkidle')
  expect(requested.length).toBeGreaterThan(0)
  expect(mermaid()).toEqual([])
  const diagram = deck.slides.find(slide => slide.content.includes('```mermaid'))!
  await openSlide(page, site, diagram.no)
  expect(mermaid()).toHaveLength(1)
})

/** The chunk of ELK, Mermaid 12's other layout engine, found by its Java package name. */
function elkChunks() {
  return readdirSync(join(PUBLIC_SITE, 'assets')).filter(file => file.endsWith('.js')
    && readFileSync(join(PUBLIC_SITE, 'assets', file), 'utf8').includes('org.eclipse.elk'))
}

test('the diagrams are laid out without ELK: no slide loads its code, though Mermaid ships it', async ({ page, site }) => {
  // Mermaid bundles ELK as a lazy chunk of its own: the build has it, so not loading it can fail.
  const elk = elkChunks()
  expect(elk).toHaveLength(1)
  const requested: string[] = []
  page.on('request', request => requested.push(new URL(request.url()).pathname))
  const diagrams = deck.slides.filter(slide => slide.content.includes('```mermaid'))
  expect(diagrams.length).toBeGreaterThan(0)
  for (const slide of diagrams) {
    await openSlide(page, site, slide.no)
    await expect(page.locator(`${slideSelector(slide.no)} ${DOM.mermaid}`).first()).toBeVisible()
  }
  await page.waitForLoadState('networkidle')
  expect(requested.filter(path => path.endsWith('.js')).length).toBeGreaterThan(0)
  expect(requested.filter(path => path.endsWith(`/assets/${elk[0]}`))).toEqual([])
})
