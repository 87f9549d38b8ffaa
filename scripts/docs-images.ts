// `npm run docs:images`: the pictures in README.md and docs/ that no test approves (the README's
// slides are the visual snapshots, tests/site/__snapshots__), from the current deck. A public build
// (site and PDF only) in a temporary folder gives the reading view on a phone; a remote-mode dev
// server of its own (a throwaway password, bound to 127.0.0.1) gives the phone remote.
import type { Page } from 'playwright-chromium'
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright-chromium'
import { scriptLaunchOptions } from '../tooling/browser.ts'
import { loadDeck } from '../tooling/deck-summary.ts'
import { PASSWORD_VARIABLE } from '../tooling/remote-auth.ts'
import { serveStatic, startDevServer } from '../tooling/serve.ts'
import { DOM } from '../tooling/slidev/index.ts'

const root = resolve(import.meta.dirname, '..')
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, colorScheme: 'light', reducedMotion: 'reduce' } as const
const written: string[] = []
const work = mkdtempSync(join(tmpdir(), 'deck-docs-images-'))
const browser = await chromium.launch(scriptLaunchOptions())

async function shoot(page: Page, file: string) {
  await page.waitForFunction(() => document.fonts.status === 'loaded' && document.getAnimations().every(a => a.playState !== 'running'))
  written.push(join(root, 'docs/images', file))
  await page.screenshot({ path: written.at(-1), animations: 'disabled' })
}

/** The reading view on a phone at the scenario comparison. */
async function readingPicture(url: string) {
  const comparison = (await loadDeck(root)).slides.find(s => s.content.includes('<ScenarioComparison'))!.no
  const page = await browser.newPage({ ...PHONE, deviceScaleFactor: 1 })
  await page.goto(`${url}${comparison}`)
  // On the upright phone the app starts on the reader's first scroll (tooling/reading-pages.ts).
  await page.evaluate(() => dispatchEvent(new Event('scroll')))
  // The app has taken the page over: every section drawn, none still waiting to be shown.
  await page.waitForFunction(({ layout, loading }) => {
    const sections = [...document.querySelectorAll('.reading-view [data-reading-no]')]
    return sections.length > 1 && sections.every(s => s.querySelector(layout) && !s.querySelector(loading) && !s.classList.contains('reading-waiting'))
  }, { layout: DOM.layout, loading: DOM.loading })
  await shoot(page, 'reading-view-phone-light.png')
}

/** The phone remote (remote/), with the talk moved into a slide's click steps and the timer started. */
async function remotePicture() {
  const password = randomBytes(12).toString('hex')
  const dev = await startDevServer(root, ['--remote', '--bind', '127.0.0.1'], { [PASSWORD_VARIABLE]: password })
  try {
    const page = await browser.newPage({ ...PHONE, deviceScaleFactor: 2, httpCredentials: { username: 'presenter', password } })
    await page.goto(`${dev.url.replace('localhost', '127.0.0.1')}remote`, { timeout: 120_000 })
    for (let i = 0; i < 7; i++)
      await page.getByRole('button', { name: 'Next' }).tap()
    await page.getByRole('button', { name: 'Start timer' }).tap()
    await page.getByRole('button', { name: 'Pause timer' }).waitFor()
    // The current step is scrolled into view smoothly: wait until the notes stop moving.
    await page.waitForFunction(() => {
      const notes = document.querySelector('.remote-notes') as HTMLElement & { last?: number }
      const still = notes.last === notes.scrollTop
      notes.last = notes.scrollTop
      return still
    }, undefined, { polling: 200 })
    await shoot(page, 'remote-phone-light.png')
  }
  finally {
    dev.stop()
  }
}

try {
  const built = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/deck.ts'), 'build', '--format', 'pdf', '--out', join(work, 'site'), '--exports', join(work, 'exports')], { cwd: root, stdio: 'inherit' })
  if (built.status !== 0)
    throw new Error('The build failed: no picture was changed.')
  const server = await serveStatic({ dir: join(work, 'site') })
  await readingPicture(server.url).finally(() => server.close())
  await remotePicture()
  console.log(`Wrote:\n${written.map(file => `  ${relative(root, file)}`).join('\n')}`)
}
finally {
  await browser.close()
  rmSync(work, { recursive: true, force: true })
}
