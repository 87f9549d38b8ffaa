// `npm run docs:images`: every picture in README.md and docs/, from the current deck, so that
// refreshing them is one command. A public build of this deck (site and PDF only) in a temporary
// folder gives the slide pictures and the phone's reading view, light and dark; a remote-mode dev
// server of its own (a throwaway password, bound to 127.0.0.1) gives the phone remote.
import type { Browser } from 'playwright-chromium'
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright-chromium'
import { scriptLaunchOptions } from '../tooling/browser.ts'
import { loadDeck, readCanvas } from '../tooling/deck-summary.ts'
import { PASSWORD_VARIABLE } from '../tooling/remote-auth.ts'
import { screenshotRemote } from '../tooling/remote-screenshots.ts'
import { serveStatic, startDevServer } from '../tooling/serve.ts'
import { DOM, slideSelector } from '../tooling/slidev/index.ts'

const root = resolve(import.meta.dirname, '..')
const images = join(root, 'docs/images')
const SCHEMES = ['light', 'dark'] as const
const written: string[] = []

/** The slide the README shows: the milestone timeline, in its final click state. */
async function slidePictures(browser: Browser, url: string) {
  const deck = await loadDeck(root)
  const slide = deck.slides.find(s => s.content.includes('<MilestoneTimeline'))!
  for (const scheme of SCHEMES) {
    const page = await browser.newPage({ viewport: readCanvas(root), colorScheme: scheme, reducedMotion: 'reduce' })
    await page.goto(`${url}${slide.no}?clicks=99`)
    await settled(page, `${slideSelector(slide.no)} ${DOM.layout}`)
    const file = join(images, `slide-${scheme}.png`)
    await page.locator(slideSelector(slide.no)).screenshot({ path: file, animations: 'disabled' })
    written.push(file)
    await page.close()
  }
}

/** The reading view on a 390 px phone, opened on a deep link to the scenario comparison. */
async function readingPictures(browser: Browser, url: string) {
  const deck = await loadDeck(root)
  const slide = deck.slides.find(s => s.content.includes('<ScenarioComparison'))!
  for (const scheme of SCHEMES) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true, colorScheme: scheme, reducedMotion: 'reduce' })
    const page = await context.newPage()
    await page.goto(`${url}${slide.no}`)
    // On the upright phone the app starts on the reader's first scroll (tooling/reading-pages.ts, deferApp).
    await page.evaluate(() => dispatchEvent(new Event('scroll')))
    // The app has taken the page over: every section drawn, none still waiting to be shown.
    await page.waitForFunction(({ layout, loading }) => {
      const sections = [...document.querySelectorAll('.reading-view [data-reading-no]')]
      return sections.length > 1 && sections.every(s => s.querySelector(layout) && !s.querySelector(loading) && !s.classList.contains('reading-waiting'))
    }, { layout: DOM.layout, loading: DOM.loading })
    await settled(page, `[data-reading-no="${slide.no}"] ${DOM.layout}`)
    const file = join(images, `reading-view-phone-${scheme}.png`)
    await page.screenshot({ path: file, animations: 'disabled' })
    written.push(file)
    await context.close()
  }
}

async function settled(page: import('playwright-chromium').Page, selector: string) {
  await page.locator(selector).first().waitFor()
  await page.waitForFunction(() => document.fonts.status === 'loaded' && document.getAnimations().every(a => a.playState !== 'running'))
}

async function remotePictures(browser: Browser) {
  const password = randomBytes(12).toString('hex')
  const dev = await startDevServer(root, ['--remote', '--bind', '127.0.0.1'], { [PASSWORD_VARIABLE]: password })
  try {
    const url = dev.url.replace('localhost', '127.0.0.1')
    const files = { light: join(images, 'remote-phone-light.png'), dark: join(images, 'remote-phone-dark.png') }
    await screenshotRemote(browser, url, password, files)
    written.push(files.light, files.dark)
  }
  finally {
    dev.stop()
  }
}

const work = mkdtempSync(join(tmpdir(), 'deck-docs-images-'))
const browser = await chromium.launch(scriptLaunchOptions())
try {
  const built = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/deck.ts'), 'build', '--format', 'pdf', '--out', join(work, 'site'), '--exports', join(work, 'exports')], { cwd: root, stdio: 'inherit' })
  if (built.status !== 0)
    throw new Error('The build failed: no picture was changed.')
  const server = await serveStatic({ dir: join(work, 'site') })
  try {
    await slidePictures(browser, server.url)
    await readingPictures(browser, server.url)
  }
  finally {
    await server.close()
  }
  await remotePictures(browser)
  console.log(`Wrote:\n${written.map(file => `  ${relative(root, file)}`).join('\n')}`)
}
finally {
  await browser.close()
  rmSync(work, { recursive: true, force: true })
}
