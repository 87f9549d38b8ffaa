// `npm run docs:images`: every picture in README.md and docs/, from the current deck, in one
// command. A public build (site and PDF only) in a temporary folder gives the slide and the
// phone's reading view, light and dark; a remote-mode dev server of its own (a throwaway password,
// bound to 127.0.0.1) gives the phone remote.
import type { Browser, Page } from 'playwright-chromium'
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
import { serveStatic, startDevServer } from '../tooling/serve.ts'
import { DOM, slideSelector } from '../tooling/slidev/index.ts'

const root = resolve(import.meta.dirname, '..')
const SCHEMES = ['light', 'dark'] as const
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
const deck = await loadDeck(root)
const written: string[] = []

async function settled(page: Page, selector: string) {
  await page.locator(selector).first().waitFor()
  await page.waitForFunction(() => document.fonts.status === 'loaded' && document.getAnimations().every(a => a.playState !== 'running'))
}

/** The slide the README shows (the milestone timeline, in its final click state), and the reading view on a phone at the scenario comparison. */
async function sitePictures(browser: Browser, url: string) {
  const timeline = deck.slides.find(s => s.content.includes('<MilestoneTimeline'))!.no
  const comparison = deck.slides.find(s => s.content.includes('<ScenarioComparison'))!.no
  for (const colorScheme of SCHEMES) {
    const slide = await browser.newPage({ viewport: readCanvas(root), colorScheme, reducedMotion: 'reduce' })
    await slide.goto(`${url}${timeline}?clicks=99`)
    await settled(slide, `${slideSelector(timeline)} ${DOM.layout}`)
    written.push(join(root, `docs/images/slide-${colorScheme}.png`))
    await slide.locator(slideSelector(timeline)).screenshot({ path: written.at(-1), animations: 'disabled' })
    await slide.close()

    const reading = await browser.newPage({ ...PHONE, deviceScaleFactor: 1, colorScheme, reducedMotion: 'reduce' })
    await reading.goto(`${url}${comparison}`)
    // On the upright phone the app starts on the reader's first scroll (tooling/reading-pages.ts).
    await reading.evaluate(() => dispatchEvent(new Event('scroll')))
    // The app has taken the page over: every section drawn, none still waiting to be shown.
    await reading.waitForFunction(({ layout, loading }) => {
      const sections = [...document.querySelectorAll('.reading-view [data-reading-no]')]
      return sections.length > 1 && sections.every(s => s.querySelector(layout) && !s.querySelector(loading) && !s.classList.contains('reading-waiting'))
    }, { layout: DOM.layout, loading: DOM.loading })
    await settled(reading, `[data-reading-no="${comparison}"] ${DOM.layout}`)
    written.push(join(root, `docs/images/reading-view-phone-${colorScheme}.png`))
    await reading.screenshot({ path: written.at(-1), animations: 'disabled' })
    await reading.close()
  }
}

/** The phone remote (remote/), with the talk moved into a slide's click steps and the timer started. */
async function remotePictures(browser: Browser) {
  const password = randomBytes(12).toString('hex')
  const dev = await startDevServer(root, ['--remote', '--bind', '127.0.0.1'], { [PASSWORD_VARIABLE]: password })
  try {
    for (const colorScheme of SCHEMES) {
      const phone = await browser.newPage({ ...PHONE, deviceScaleFactor: 2, colorScheme, httpCredentials: { username: 'presenter', password } })
      await phone.goto(`${dev.url.replace('localhost', '127.0.0.1')}remote`, { timeout: 120_000 })
      await phone.locator('.remote-where').waitFor({ timeout: 60_000 })
      // The talk's position and timer live on the server: moved once, both pictures show them.
      if (colorScheme === 'light') {
        for (let i = 0; i < 7; i++)
          await phone.getByRole('button', { name: 'Next' }).tap()
        await phone.getByRole('button', { name: 'Start timer' }).tap()
      }
      await phone.getByRole('button', { name: 'Pause timer' }).waitFor()
      // The current step is scrolled into view smoothly: wait until the notes stop moving.
      await phone.waitForFunction(() => {
        const notes = document.querySelector('.remote-notes') as HTMLElement & { last?: number }
        const still = notes.last === notes.scrollTop
        notes.last = notes.scrollTop
        return still && document.getAnimations().every(a => a.playState !== 'running')
      }, undefined, { polling: 200 })
      written.push(join(root, `docs/images/remote-phone-${colorScheme}.png`))
      await phone.screenshot({ path: written.at(-1) })
      await phone.close()
    }
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
    await sitePictures(browser, server.url)
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
