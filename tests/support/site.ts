// Fixtures for tests against the built site: a static server per worker (the build itself runs
// once, in the build project), and helpers to open a slide in a known, fully rendered state.
import type { Page } from '@playwright/test'
import type { HostKind } from '../../tooling/serve.ts'
import { test as base, expect } from '@playwright/test'
import { checkOptions, checkSlide } from '../../tooling/checks/slide.ts'
import { serveStatic } from '../../tooling/serve.ts'
import { DOM, slideSelector } from '../../tooling/slidev/index.ts'
import { deck } from './deck.ts'
import { BASE, PRESENTER_SITE, PUBLIC_SITE } from './paths.ts'

export type StaticServer = Awaited<ReturnType<typeof serveStatic>>

interface Servers {
  /** The public build, served like GitHub Pages (404.html fallback) under BASE. */
  site: StaticServer
  /** The same build, served like Netlify (_redirects rewrites). */
  netlify: StaticServer
  /** The presenter edition, like GitHub Pages. */
  presenter: StaticServer
}

/** Every site test runs under the headers the build wrote (CSP, caching), as a host sends them. */
function serve(dir: string, host: HostKind) {
  return serveStatic({ dir, base: BASE, host, headers: true })
}

export const test = base.extend<{ outside: string[], violations: string[] }, Servers>({
  // Playwright requires fixture functions to destructure their first argument, even when empty.
  // eslint-disable-next-line no-empty-pattern
  site: [async ({}, use) => {
    const server = await serve(PUBLIC_SITE, 'github')
    await use(server)
    await server.close()
  }, { scope: 'worker' }],
  // eslint-disable-next-line no-empty-pattern
  netlify: [async ({}, use) => {
    const server = await serve(PUBLIC_SITE, 'netlify')
    await use(server)
    await server.close()
  }, { scope: 'worker' }],
  // eslint-disable-next-line no-empty-pattern
  presenter: [async ({}, use) => {
    const server = await serve(PRESENTER_SITE, 'github')
    await use(server)
    await server.close()
  }, { scope: 'worker' }],
  // Every request to a host other than the local server is recorded and blocked.
  outside: async ({ context }, use) => {
    const outside: string[] = []
    await context.route(url => !['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:', (route) => {
      outside.push(route.request().url())
      return route.abort()
    })
    await use(outside)
  },
  // Every page of every test runs under the headers' Content-Security-Policy with no violation
  // (as the page reports them: the event, and the console for what has no document).
  violations: [async ({ context }, use) => {
    const violations: string[] = []
    await context.exposeBinding('reportViolation', (_source, text: string) => violations.push(text))
    await context.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => {
      void (window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${e.violatedDirective}: ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`)
    }))
    context.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text()))
        violations.push(message.text())
    })
    await use(violations)
    expect(violations, 'Content-Security-Policy violations').toEqual([])
  }, { auto: true }],
})

export { expect }

/** Opens slide `no` at click step `clicks` and waits until fonts, diagrams and transitions settle. */
export async function openSlide(page: Page, server: StaticServer, no: number, clicks?: number) {
  await page.goto(`${server.url}${no}${clicks === undefined ? '' : `?clicks=${clicks}`}`)
  await settle(page, no)
}

/**
 * Steps through the deck with the arrow key, as a presenter does, and calls `visit` on each slide
 * at its last click step, settled: one page load for the whole deck.
 */
export async function walkSlides(page: Page, server: StaticServer, visit: (slide: typeof deck.slides[number]) => Promise<void>) {
  await openSlide(page, server, 1)
  for (const slide of deck.slides) {
    if (slide.no > 1) {
      await page.keyboard.press('ArrowRight')
      await expect.poll(() => position(page)).toEqual({ no: slide.no, clicks: 0 })
      // On screen before the next key, as a presenter would wait: until the slide has mounted,
      // Slidev counts no click steps on it, and the key skips to the next slide.
      await settle(page, slide.no)
    }
    for (let click = 1; click <= slide.noteClicks; click++) {
      await page.keyboard.press('ArrowRight')
      await expect.poll(() => position(page)).toEqual({ no: slide.no, clicks: click })
    }
    await settle(page, slide.no)
    await visit(slide)
  }
}

export async function settle(page: Page, no: number) {
  const slide = page.locator(slideSelector(no))
  await expect(slide.locator(DOM.layout)).toBeVisible()
  await page.waitForFunction(({ selector, mermaid }) => {
    const el = document.querySelector(selector)
    if (!el || document.fonts.status !== 'loaded')
      return false
    const diagrams = [...el.querySelectorAll(mermaid)]
    return diagrams.every(d => d.shadowRoot?.querySelector('svg'))
  }, { selector: slideSelector(no), mermaid: DOM.mermaid })
  // Let slide transitions and click reveals finish.
  await page.waitForFunction(() => document.getAnimations().every(a => a.playState !== 'running'))
}

/** The slide number and click step in the address bar. */
export function position(page: Page) {
  const url = new URL(page.url())
  return { no: Number(url.pathname.split('/').filter(Boolean).at(-1)), clicks: Number(url.searchParams.get('clicks') ?? 0) }
}

/** The legibility budget of slide `no` as the page shows it now: the slide check's legibility part. */
export async function legibilityOf(page: Page, no: number) {
  const { problems, ...counts } = await page.locator(slideSelector(no)).first().evaluate(checkSlide, checkOptions())
  return { ...counts, problems: problems.filter(p => p.check === 'legibility').map(({ element, problem }) => ({ element, problem })) }
}

/** The errors and warnings `page` logs from now on, and its uncaught errors. */
export function consoleProblems(page: Page) {
  const messages: string[] = []
  page.on('console', (message) => {
    // GitHub Pages answers a deep link with its 404 page (status 404), which Chromium logs for the document.
    const isDocument404 = message.text().includes('status of 404') && message.location().url === page.url()
    if (['error', 'warning'].includes(message.type()) && !isDocument404)
      messages.push(`${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', error => messages.push(`pageerror: ${error.message}`))
  return messages
}
