// The site runs under its own response headers (public/_headers, served as a host serves them):
// a strict Content-Security-Policy with zero violations on every slide, caching that suits hashed
// assets and the pages that point to them, and the same rules in vercel.json.
import type { Page } from '@playwright/test'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseHeaders } from '../../tooling/headers.ts'
import { deck } from '../support/deck.ts'
import { PUBLIC_SITE, ROOT } from '../support/paths.ts'
import { expect, openSlide, settle, test } from '../support/site.ts'

const source = parseHeaders(readFileSync(join(ROOT, 'public/_headers'), 'utf8'))
const all = source.find(rule => rule.path === '/*')!.headers
const csp = Object.fromEntries(all['Content-Security-Policy']!.split(';').map(part => part.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]))

test('the policy: strict CSP, no sniffing, a referrer policy, no powerful features', () => {
  expect(csp['default-src']).toEqual(['\'self\''])
  expect(csp['script-src']).toContain('\'self\'')
  expect(csp['script-src']).not.toContain('\'unsafe-inline\'')
  expect(csp['script-src']).not.toContain('\'unsafe-eval\'')
  expect(csp['object-src']).toEqual(['\'none\''])
  expect(csp['base-uri']).toEqual(['\'self\''])
  expect(csp['frame-ancestors']?.length).toBeGreaterThan(0)
  expect(csp['img-src']).toEqual(['\'self\'', 'data:', 'blob:'])
  expect(all['X-Content-Type-Options']).toBe('nosniff')
  expect(all['Referrer-Policy']).toBeTruthy()
  expect(all['Permissions-Policy']).toMatch(/camera=\(\)/)
})

test('responses carry the headers: immutable assets, revalidated pages and worker', async ({ request, site }) => {
  const asset = readdirSync(join(PUBLIC_SITE, 'assets')).find(name => name.endsWith('.js'))!
  const get = async (path: string) => (await request.get(`${site.url}${path}`)).headers()
  expect((await get(`assets/${asset}`))['cache-control']).toBe('public, max-age=31536000, immutable')
  for (const path of ['', 'index.html', '404.html', 'sw.js'])
    expect((await get(path))['cache-control'], path || '/').toBe('no-cache')
  const page = await request.get(`${site.url}3`)
  expect(page.status()).toBe(404) // GitHub Pages' deep-link fallback: 404.html, the deck itself
  for (const [name, value] of Object.entries(all))
    expect(page.headers()[name.toLowerCase()], name).toBe(value)
})

test('vercel.json carries exactly the rules of public/_headers', () => {
  const vercel = JSON.parse(readFileSync(join(ROOT, 'vercel.json'), 'utf8')) as { headers: Array<{ source: string, headers: Array<{ key: string, value: string }> }> }
  // Vercel writes a path pattern's `*` as `(.*)`; the inline-script hashes of the build join script-src.
  const hashes = [...readFileSync(join(PUBLIC_SITE, 'index.html'), 'utf8').matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>/g)].length
  expect(hashes, 'inline scripts in index.html (their hashes would have to be in vercel.json too)').toBe(0)
  expect(vercel.headers).toEqual(source.map(rule => ({
    source: rule.path.replace(/\*/g, '(.*)'),
    headers: Object.entries(rule.headers).map(([key, value]) => ({ key, value })),
  })))
})

/** Records CSP violations as the page reports them (event and console). */
async function watchViolations(page: Page) {
  const reported: string[] = []
  await page.exposeFunction('reportViolation', (text: string) => reported.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      void (window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${e.violatedDirective}: ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`)
    })
  })
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text()))
      reported.push(message.text())
  })
  return reported
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every slide, deep link and reload runs with zero CSP violations (${scheme})`, async ({ page, site }) => {
    const violations = await watchViolations(page)
    await page.emulateMedia({ colorScheme: scheme })
    for (const slide of deck.slides) {
      const response = await page.goto(`${site.url}${slide.no}?clicks=${slide.noteClicks}`)
      expect(response?.headers()['content-security-policy'], 'the page is served under the policy').toBe(all['Content-Security-Policy'])
      await settle(page, slide.no)
      expect.soft(violations, `slide ${slide.no} (deep link)`).toEqual([])
    }
    await page.reload()
    await settle(page, deck.slides.length)
    // Walking through with the keyboard loads each slide's code the way a talk does.
    await openSlide(page, site, 1)
    for (let i = 0; i < deck.slides.reduce((sum, s) => sum + s.noteClicks + 1, 0) - 1; i++)
      await page.keyboard.press('ArrowRight')
    await settle(page, deck.slides.length)
    expect(violations).toEqual([])
  })
}

test('the watch above does see a violation: an injected inline script is blocked and reported', async ({ page, site }) => {
  const violations = await watchViolations(page)
  await openSlide(page, site, 1)
  const ran = await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.injected = true'
    document.head.append(script)
    return (window as unknown as { injected?: boolean }).injected === true
  })
  expect(ran).toBe(false)
  await expect.poll(() => violations.length).toBeGreaterThan(0)
})
