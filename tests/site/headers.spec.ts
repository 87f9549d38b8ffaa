// The site runs under its own response headers (public/_headers, served as a host serves them):
// a strict Content-Security-Policy with zero violations on every slide, caching that suits hashed
// assets and the pages that point to them, and the same rules in vercel.json.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { routeAddress } from '../../tooling/slidev/index.ts'
import { deck } from '../support/deck.ts'
import { PUBLIC_SITE, ROOT } from '../support/paths.ts'
import { expect, openSlide, settle, test } from '../support/site.ts'

/**
 * public/_headers read by the test itself, by the format's documented rules (Netlify, Cloudflare
 * Pages): a line starting with `/` opens a path pattern, indented `Name: value` lines under it are
 * its headers, `#` starts a comment.
 */
const source = readFileSync(join(ROOT, 'public/_headers'), 'utf8').split('\n').reduce<Array<{ path: string, headers: Record<string, string> }>>((rules, line) => {
  if (line.startsWith('/'))
    rules.push({ path: line.trim(), headers: {} })
  else if (/^\s+\S/.test(line) && !line.trim().startsWith('#'))
    rules.at(-1)!.headers[line.slice(0, line.indexOf(':')).trim()] = line.slice(line.indexOf(':') + 1).trim()
  return rules
}, [])
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
  // A slide's own page (3.html, tooling/reading-pages.ts), and GitHub Pages' fallback for any
  // other address: 404.html, the deck itself.
  const pages = [[await request.get(`${site.url}3`), 200], [await request.get(`${site.url}no-such-page`), 404]] as const
  for (const [page, status] of pages) {
    expect(page.status()).toBe(status)
    for (const [name, value] of Object.entries(all))
      expect(page.headers()[name.toLowerCase()], name).toBe(value)
  }
})

test('vercel.json sends the headers of public/_headers on every kind of address', () => {
  const vercel = JSON.parse(readFileSync(join(ROOT, 'vercel.json'), 'utf8')) as { headers: Array<{ source: string, headers: Array<{ key: string, value: string }> }> }
  // The inline-script hashes of the build join script-src in dist/_headers, and vercel.json could
  // not follow them: there must be none.
  const hashes = [...readFileSync(join(PUBLIC_SITE, 'index.html'), 'utf8').matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>/g)].length
  expect(hashes, 'inline scripts in index.html (their hashes would have to be in vercel.json too)').toBe(0)
  // What each host sends for an address: every matching rule's headers, later rules adding to
  // earlier ones. Netlify's `*` matches any rest of the path; a Vercel source is a path pattern
  // whose `(.*)` does the same (these files use no other pattern syntax).
  const netlify = (path: string) => Object.assign({}, ...source.filter(rule => new RegExp(`^${rule.path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path)).map(rule => rule.headers))
  const onVercel = (path: string) => Object.fromEntries(vercel.headers.filter(rule => new RegExp(`^${rule.source.replace(/\.(?!\*)/g, '\\.')}$`).test(path)).flatMap(rule => rule.headers.map(h => [h.key, h.value])))
  expect(vercel.headers.every(rule => /^[\w/.\-]*(?:\(\.\*\)[\w/.\-]*)*$/.test(rule.source)), 'only literal paths and (.*) in vercel.json').toBe(true)
  const asset = readdirSync(join(PUBLIC_SITE, 'assets')).find(name => name.endsWith('.js'))!
  for (const path of ['/', '/index.html', '/404.html', '/sw.js', `/assets/${asset}`, '/3', `/${routeAddress('presenter', 1)}`, '/openai-microsoft-partnership.pdf']) {
    expect(netlify(path)['Content-Security-Policy'], path).toBeTruthy()
    expect(onVercel(path), path).toEqual(netlify(path))
  }
})

// Zero violations on every page of every site test (light, dark, deep links, the key walk, the
// phone): the \`violations\` fixture of tests/support/site.ts. Here: a deep link and its reload are
// served under the policy, and the watch does see a violation.
test('a deep link and its reload are served under the policy', async ({ page, site }) => {
  const diagram = deck.slides.find(s => s.content.includes('```mermaid'))!
  for (const response of [await page.goto(`${site.url}${diagram.no}`), await page.reload()]) {
    expect(response?.headers()['content-security-policy']).toBe(all['Content-Security-Policy'])
    await settle(page, diagram.no)
  }
})

test('the watch does see a violation: an injected inline script is blocked and reported', async ({ page, site, violations }) => {
  await openSlide(page, site, 1)
  const ran = await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.injected = true'
    document.head.append(script)
    return (window as unknown as { injected?: boolean }).injected === true
  })
  expect(ran).toBe(false)
  await expect.poll(() => violations.length).toBeGreaterThan(0)
  expect(violations.join('\n')).toMatch(/script-src/)
  // Seen: the fixture's own check at the end of the test must not fail on it.
  violations.length = 0
})
