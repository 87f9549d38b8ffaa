// A redeployment and the service worker: the visitor who saw the first build gets the second
// one, online and offline, and the first build's files leave the cache (it does not grow forever).
// The first build is the run's shared one (tests/support/build.setup.ts, same base), the second
// the shared second build (tests/support/second-build.ts: a slide changed, among other things),
// put in its place on one address as a host would. The change also gives that slide a note far
// too long for the room under it: the second build's handout continues it on the following pages.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serveStatic } from '../../tooling/serve.ts'
import { deck, plainNote } from '../support/deck.ts'
import { BASE, PUBLIC_SITE } from '../support/paths.ts'
import { readPdf } from '../support/pdf.ts'
import { CHANGED, expect, LONG_NOTE, test } from '../support/second-build.ts'
import { settle } from '../support/site.ts'
import { wordsMissingInOrder } from '../support/words.ts'

const { slide, line: changed } = CHANGED

test('a new build replaces the old one: new text online and offline, no asset of the old build cached', async ({ page, second }) => {
  // What the host serves: the first build, then the second in its place.
  const dist = mkdtempSync(join(tmpdir(), 'deck-redeploy-'))
  const assetsOf = () => ({
    assets: readdirSync(join(dist, 'assets'), { recursive: true, withFileTypes: true }).filter(e => e.isFile()).map(e => join(e.parentPath, e.name).slice(dist.length + 1)),
    cache: `deck:${BASE}:${readFileSync(join(dist, 'sw.js'), 'utf8').match(/const BUILD = '(\w+)'/)![1]}`,
  })
  const deploy = (site: string) => {
    rmSync(dist, { recursive: true, force: true })
    cpSync(site, dist, { recursive: true })
    return assetsOf()
  }

  // A visit as a reader's: the first slide, the changed one and a diagram slide (Mermaid's chunks).
  const visited = [...new Set([1, slide.no, deck.slides.find(s => s.content.includes('```mermaid'))!.no])]
  const visit = async (url: string) => {
    for (const no of visited) {
      await page.goto(`${url}${no}`)
      await settle(page, no)
    }
  }
  const cacheKeys = () => page.evaluate(() => caches.keys())
  const cachedPaths = () => page.evaluate(async () => (await Promise.all((await caches.keys()).map(async key =>
    (await (await caches.open(key)).keys()).map(request => new URL(request.url).pathname)))).flat())

  const first = deploy(PUBLIC_SITE)
  const server = await serveStatic({ dir: dist, base: BASE, headers: true })
  try {
    await page.goto(`${server.url}${slide.no}`)
    await page.evaluate(() => navigator.serviceWorker.ready)
    await page.reload()
    await visit(server.url)
    expect(await cacheKeys()).toEqual([first.cache])
    expect((await cachedPaths()).some(path => path.includes('/assets/'))).toBe(true)

    const next = deploy(join(second.dir, 'dist'))
    const gone = first.assets.filter(asset => !next.assets.includes(asset))
    expect(gone.length, 'the change gives new asset names').toBeGreaterThan(0)
    expect(next.cache).not.toBe(first.cache)

    // The visitor comes back: the page is fetched from the network, the browser finds the new
    // worker (sw.js is revalidated) and its activation deletes the old build's cache.
    await page.goto(`${server.url}${slide.no}`)
    await expect(page.getByText(changed)).toBeVisible()
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then(r => r?.update()))
    await expect.poll(async () => (await cacheKeys()).includes(first.cache), { timeout: 20_000 }).toBe(false)
    await page.reload()
    await visit(server.url)
    expect(await cacheKeys()).toEqual([next.cache])

    await server.close()
    await page.goto(`${server.url}${slide.no}`)
    await settle(page, slide.no)
    await expect(page.getByText(changed)).toBeVisible()
    const cached = await cachedPaths()
    expect(cached.filter(path => gone.some(asset => path.endsWith(`/${asset}`)))).toEqual([])
    expect(cached.some(path => next.assets.some(asset => path.endsWith(`/${asset}`)))).toBe(true)
  }
  finally {
    await server.close().catch(() => {})
    rmSync(dist, { recursive: true, force: true })
  }
})

test('the second build\'s handout continues a 780-word note over the following pages, every word printed', async ({ second }) => {
  expect(LONG_NOTE.split(/\s+/).length).toBeGreaterThan(780)
  const handout = await readPdf(join(second.dir, 'exports', `${deck.exportFilename}-handout.pdf`))
  // Every word of every note, the long one included, in order.
  const notes = [...deck.slides.map(s => plainNote(s.note)).slice(0, slide.no), LONG_NOTE, ...deck.slides.slice(slide.no).map(s => plainNote(s.note))].join(' ')
  expect(wordsMissingInOrder(notes, handout.pages.map(page => page.text).join(' '))).toEqual([])
  // The note runs onto at least one more page, headed by the same slide's title, marked as continued.
  expect(handout.pages.length).toBeGreaterThan(deck.slides.length)
  const continued = handout.pages.filter(page => /continued/i.test(page.text))
  expect(continued.length).toBeGreaterThan(0)
  for (const page of continued)
    expect.soft(page.text).toContain(slide.title)
  expect(handout.pages.at(-1)!.text).toContain(deck.slides.at(-1)!.title)
})
