// What the public build ships and what it must not: the PDF and preview image yes, notes and the presenter view no.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { DOM, routeAddress } from '../../tooling/slidev/index.ts'
import { deck, plainNote } from '../support/deck.ts'
import { EXPORTS, PRESENTER_SITE, PUBLIC_SITE, ROOT } from '../support/paths.ts'
import { expect, openSlide, test } from '../support/site.ts'

function filesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesOf(path) : [path]
  })
}

/** A few distinctive sentences from every slide's notes. */
const noteSentences = deck.slides.flatMap(slide => plainNote(slide.note).split(/(?<=[.!?])\s+/).filter(s => s.length > 40).slice(0, 2))

function containsNotes(dir: string) {
  const text = filesOf(dir).filter(f => /\.(?:js|html|json|txt|map)$/.test(f)).map(f => readFileSync(f, 'utf8')).join('\n')
  return noteSentences.filter(sentence => text.includes(sentence.slice(0, 40)))
}

test('the public build holds none of the speaker notes; the presenter edition holds them all', () => {
  expect(noteSentences.length).toBeGreaterThanOrEqual(deck.slides.length)
  expect(containsNotes(PUBLIC_SITE)).toEqual([])
  expect(containsNotes(PRESENTER_SITE)).toEqual(noteSentences)
})

test('the public build has no presenter view; the presenter edition has it', async ({ page, site, presenter }) => {
  // The presenter edition's view, by the same selector, so that the count of 0 below can fail.
  await page.goto(`${presenter.url}${routeAddress('presenter', 1)}`)
  await expect(page.locator(DOM.presenter)).toBeVisible()
  await expect(page.getByText(plainNote(deck.slides[0]!.note).split('.')[0]!)).toBeVisible()
  // The public build answers the same address with the deck, which has no such route: Slidev's
  // "not found" page, and no presenter view.
  await page.goto(`${site.url}${routeAddress('presenter', 1)}`)
  await expect(page.locator('#app')).toContainText(/Page\s*\/presenter\/1\s*not found/)
  await expect(page.locator(DOM.presenter)).toHaveCount(0)
  await expect(page.locator(DOM.note)).toHaveCount(0)
})

test('the PDF of `npm run export` is downloadable from the site', async ({ request, site }) => {
  const response = await request.get(`${site.url}${deck.exportFilename}.pdf`)
  expect(response.status()).toBe(200)
  const served = await response.body()
  expect(served.equals(readFileSync(join(EXPORTS, `${deck.exportFilename}.pdf`)))).toBe(true)
})

test('a social preview image of slide 1, and the tags that point to it', async ({ page, request, site }) => {
  await openSlide(page, site, 1)
  const image = await page.locator('meta[property="og:image"]').getAttribute('content')
  expect(image).toBeTruthy()
  const response = await request.get(new URL(image!, page.url()).href)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('image/png')
  expect((await response.body()).length).toBeGreaterThan(10_000)
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', deck.title)
})

test('the host configs for deep links ship with the build', () => {
  expect(readFileSync(join(PUBLIC_SITE, '404.html'), 'utf8')).toBe(readFileSync(join(PUBLIC_SITE, 'index.html'), 'utf8'))
  expect(readFileSync(join(PUBLIC_SITE, '_redirects'), 'utf8')).toMatch(/^\/deck\/\*\s+\/deck\/index\.html\s+200/m)
})

test('Vercel and Netlify configs build the site and rewrite deep links to index.html', () => {
  const vercel = JSON.parse(readFileSync(join(ROOT, 'vercel.json'), 'utf8'))
  expect(vercel.outputDirectory).toBe('dist')
  expect(vercel.rewrites).toContainEqual({ source: '/(.*)', destination: '/index.html' })
  expect(readFileSync(join(ROOT, 'netlify.toml'), 'utf8')).toMatch(/publish = "dist"/)
})
