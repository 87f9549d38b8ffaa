// `npm run docs:images`: every picture in README.md and docs/, from the current deck, so that
// refreshing them is one command. A public build of this deck (site and PDF only) in a temporary
// folder gives the slide pictures and the phone's reading view, light and dark; a remote-mode dev
// server of its own (a throwaway password, bound to 127.0.0.1) gives the phone remote.
import type { Buffer } from 'node:buffer'
import type { Browser } from 'playwright-chromium'
import { spawn, spawnSync } from 'node:child_process'
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
import { freePort, serveStatic } from '../tooling/serve.ts'
import { DEV_ADDRESS, DOM, slideSelector } from '../tooling/slidev/index.ts'

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
  const dev = spawn(join(root, 'node_modules/.bin/slidev'), ['--port', String(await freePort()), '--remote', '--bind', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, [PASSWORD_VARIABLE]: password },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = ''
      dev.stdout.on('data', (chunk: Buffer) => {
        // eslint-disable-next-line no-control-regex -- colour codes from the CLI
        output += chunk.toString().replace(/\x1B\[[0-9;]*m/g, '')
        const found = DEV_ADDRESS.exec(output)
        if (found)
          resolve(found[1]!.replace('localhost', '127.0.0.1'))
      })
      dev.on('exit', code => reject(new Error(`slidev exited (${code}) before printing its address:\n${output}`)))
    })
    const files = { light: join(images, 'remote-phone-light.png'), dark: join(images, 'remote-phone-dark.png') }
    await screenshotRemote(browser, url, password, files)
    written.push(files.light, files.dark)
  }
  finally {
    dev.kill('SIGTERM')
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
