// A redeployment and the service worker: the visitor who saw the first build gets the second
// one, online and offline, and the first build's files leave the cache (it does not grow forever).
// Two real builds of a copy of the project, served from one address as a host would.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { serveStatic } from '../../tooling/serve.ts'
import { deck, slideFrom } from '../support/deck.ts'
import { expect, run, test } from '../support/sandbox.ts'
import { settle } from '../support/site.ts'

const BASE = '/deck/'

test('a new build replaces the old one: new text online and offline, no asset of the old build cached', async ({ box, page }) => {
  test.setTimeout(360_000)
  const slide = slideFrom('pages/02-opening.md')
  const build = async () => {
    const result = await run(box.dir, 'tsx', ['scripts/deck.ts', 'build', '--base', BASE, '--format', 'pdf'], {}, 150_000)
    expect(result.code, result.output).toBe(0)
    const dist = join(box.dir, 'dist')
    return {
      assets: readdirSync(join(dist, 'assets'), { recursive: true, withFileTypes: true }).filter(e => e.isFile()).map(e => join(e.parentPath, e.name).slice(dist.length + 1)),
      cache: `deck:${BASE}:${readFileSync(join(dist, 'sw.js'), 'utf8').match(/const BUILD = '(\w+)'/)![1]}`,
    }
  }
  const visitAll = async (url: string) => {
    for (const { no } of deck.slides) {
      await page.goto(`${url}${no}`)
      await settle(page, no)
    }
  }
  const cacheKeys = () => page.evaluate(() => caches.keys())
  const cachedPaths = () => page.evaluate(async () => (await Promise.all((await caches.keys()).map(async key =>
    (await (await caches.open(key)).keys()).map(request => new URL(request.url).pathname)))).flat())

  const first = await build()
  const server = await serveStatic({ dir: join(box.dir, 'dist'), base: BASE, headers: true })
  try {
    await page.goto(`${server.url}${slide.no}`)
    await page.evaluate(() => navigator.serviceWorker.ready)
    await page.reload()
    await visitAll(server.url)
    expect(await cacheKeys()).toEqual([first.cache])
    expect((await cachedPaths()).some(path => path.includes('/assets/'))).toBe(true)

    const changed = 'Redeployed: this line is new in the second build.'
    box.edit(slide.file, text => text.replace(/^(# .*)$/m, `$1\n\n<p class="lead">${changed}</p>`))
    const second = await build()
    const gone = first.assets.filter(asset => !second.assets.includes(asset))
    expect(gone.length, 'the change gives new asset names').toBeGreaterThan(0)
    expect(second.cache).not.toBe(first.cache)

    // The visitor comes back: the page is fetched from the network, the browser finds the new
    // worker (sw.js is revalidated) and its activation deletes the old build's cache.
    await page.goto(`${server.url}${slide.no}`)
    await expect(page.getByText(changed)).toBeVisible()
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then(r => r?.update()))
    await expect.poll(async () => (await cacheKeys()).includes(first.cache), { timeout: 20_000 }).toBe(false)
    await page.reload()
    await visitAll(server.url)
    expect(await cacheKeys()).toEqual([second.cache])

    await server.close()
    await page.goto(`${server.url}${slide.no}`)
    await settle(page, slide.no)
    await expect(page.getByText(changed)).toBeVisible()
    const cached = await cachedPaths()
    expect(cached.filter(path => gone.some(asset => path.endsWith(`/${asset}`)))).toEqual([])
    expect(cached.some(path => second.assets.some(asset => path.endsWith(`/${asset}`)))).toBe(true)
  }
  finally {
    await server.close().catch(() => {})
  }
})
