// The presenter view is the one source of the current slide and click: a window that opens or
// reloads during the talk joins the presenter's position and moves nobody, in `npm run dev` and in
// the static presenter edition (windows of one browser). A key pressed in an audience window
// moves every window, the presenter view included (README, Presenting live).
import type { Page } from '@playwright/test'
import type { Buffer } from 'node:buffer'
import type { Running } from '../support/sandbox.ts'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DOM, routeAddress, slideSelector } from '../../tooling/slidev/index.ts'
import { deck, plainNote } from '../support/deck.ts'
import { BASE, PRESENTER_SITE, ROOT } from '../support/paths.ts'
import { devAddress, freePort, start } from '../support/sandbox.ts'
import { expect, position, test } from '../support/site.ts'

/** As in the issue: slide 5 (or the next with enough click steps for the steps below), click 2. */
const CLICK = 2
const slide = deck.slides.find(s => s.no >= 5 && s.noteClicks >= CLICK + 3)!

/** The window is at slide `no`, click `clicks`, and shows that slide. */
async function shows(page: Page, no: number, clicks: number) {
  await expect.poll(() => position(page), { timeout: 60_000, message: page.url() }).toEqual({ no, clicks })
  await expect(page.locator(`${slideSelector(no)} ${DOM.layout}`).first()).toBeVisible({ timeout: 60_000 })
}

/** Every slide and click a window shows, from its address bar (history changes included). */
function trail(page: Page) {
  const seen: string[] = []
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) {
      const { no, clicks } = position(page)
      seen.push(`${no}/${clicks}`)
    }
  })
  return seen
}

/**
 * Runs the talk from `root`, the deck's address (ending in `/`). After each window that opens or
 * reloads, a key in the presenter view moves everyone one click on; each other window must have
 * gone from where it was straight to that click, with nothing in between.
 */
async function talk(pages: () => Promise<Page>, root: string) {
  const audience = await pages()
  const audienceTrail = trail(audience)
  await audience.goto(root, { timeout: 90_000 })
  await shows(audience, 1, 0)

  const presenter = await pages()
  const presenterTrail = trail(presenter)
  await presenter.goto(`${root}${routeAddress('presenter', slide.no)}`, { timeout: 90_000 })
  await shows(presenter, slide.no, 0)
  await shows(audience, slide.no, 0)
  for (let click = 1; click <= CLICK; click++) {
    await presenter.keyboard.press('ArrowRight')
    await shows(presenter, slide.no, click)
    await shows(audience, slide.no, click)
  }

  let click = CLICK
  const trails = new Map([[presenter, presenterTrail], [audience, audienceTrail]])
  /** `arrive` opens or reloads a window; the others must not move, and all follow the next key. */
  async function nothingMovesWhen(arrive: () => Promise<Page>) {
    const marks = new Map([...trails].map(([page, seen]) => [page, seen.length]))
    const arrived = await arrive()
    await shows(arrived, slide.no, click)
    await presenter.keyboard.press('ArrowRight')
    click++
    for (const page of [presenter, ...trails.keys()])
      await shows(page, slide.no, click)
    for (const [page, mark] of marks) {
      if (page !== arrived)
        expect(trails.get(page)!.slice(mark).filter(p => p !== `${slide.no}/${click}`)).toEqual([])
    }
  }

  // A window that opens late, at the deck's root, joins at the presenter's slide and click.
  await nothingMovesWhen(async () => {
    const late = await pages()
    trails.set(late, trail(late))
    await late.goto(root)
    return late
  })
  // An audience window reloads.
  await nothingMovesWhen(async () => {
    await audience.reload()
    return audience
  })
  // The presenter view reloads (Slidev 52.20 then sent click 0: a slide's click count is unknown
  // until it has mounted).
  await nothingMovesWhen(async () => {
    await presenter.reload()
    return presenter
  })

  // A key in an audience window drives every window (a clicker sends keys to whichever window has focus).
  await [...trails.keys()].at(-1)!.keyboard.press('ArrowLeft')
  click--
  for (const page of trails.keys())
    await shows(page, slide.no, click)
}

test.describe('npm run dev', () => {
  let dev: Running
  let url: string
  test.beforeAll(async () => {
    dev = start(ROOT, 'slidev', ['--port', String(await freePort())], {}, 300_000)
    url = (await devAddress(dev, 60_000)).href
  })
  test.afterAll(async () => {
    dev?.child.kill('SIGTERM')
    await dev?.done
  })

  test('windows that open or reload join the presenter; an audience key moves everyone', async ({ context }) => {
    test.setTimeout(240_000)
    await talk(() => context.newPage(), url)
  })
})

test('the static presenter edition keeps the windows of one browser together', async ({ context, presenter }) => {
  test.setTimeout(120_000)
  await talk(() => context.newPage(), presenter.url)
})

/**
 * The presenter edition under BASE on Python's plain file server, as on a venue laptop: no
 * rewrites and no 404.html fallback, so every address must exist as a file (scripts/deck.ts).
 */
async function plainServer() {
  const root = mkdtempSync(join(tmpdir(), 'deck-plain-'))
  symlinkSync(PRESENTER_SITE, join(root, BASE.replace(/\//g, '')))
  const python = spawn('python3', ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
  const exited = new Promise(resolve => python.on('exit', resolve))
  const port = await new Promise<string>((resolve, reject) => {
    let output = ''
    python.stdout.on('data', (chunk: Buffer) => {
      output += chunk
      const found = /Serving HTTP on 127\.0\.0\.1 port (\d+)/.exec(output)
      if (found)
        resolve(found[1]!)
    })
    python.on('error', reject)
  })
  return {
    url: `http://127.0.0.1:${port}${BASE}`,
    close: async () => {
      python.kill('SIGTERM')
      await exited
      rmSync(root, { recursive: true, force: true })
    },
  }
}

test('the static presenter edition works on a plain file server, and offline after one run-through', async ({ context }) => {
  test.setTimeout(180_000)
  // A server of its own, so that this test can take it away.
  const server = await plainServer()
  const presenter = await context.newPage()
  await presenter.goto(`${server.url}${routeAddress('presenter', 1)}`)
  await shows(presenter, 1, 0)
  await presenter.evaluate(() => navigator.serviceWorker.ready)
  // The worker controls the page from its first load on; reload so that it sees every request.
  await presenter.reload()
  await shows(presenter, 1, 0)
  const audience = await context.newPage()
  await audience.goto(server.url)
  await shows(audience, 1, 0)
  // The run-through: every slide and click, from the presenter view (the worker caches what is fetched).
  for (const s of deck.slides) {
    for (let click = s.no === 1 ? 1 : 0; click <= s.noteClicks; click++) {
      if (s.no > 1 || click > 0)
        await presenter.keyboard.press('ArrowRight')
      await shows(presenter, s.no, click)
      await shows(audience, s.no, click)
    }
  }
  await server.close()
  await expect(presenter.request.get(server.url).then(() => 'reachable', () => 'gone')).resolves.toBe('gone')

  // Offline: both windows reload, join, and follow the presenter's keys through the notes.
  const last = deck.slides.at(-1)!
  await presenter.reload()
  await audience.reload()
  await shows(presenter, last.no, last.noteClicks)
  await shows(audience, last.no, last.noteClicks)
  // Back one slide: Slidev lands on its last click.
  const back = deck.slides[last.no - 2]!
  for (let click = last.noteClicks; click >= 0; click--)
    await presenter.keyboard.press('ArrowLeft')
  await shows(presenter, back.no, back.noteClicks)
  await shows(audience, back.no, back.noteClicks)
  await expect(presenter.locator(DOM.note).first()).toContainText(plainNote(back.note).trim().split('\n')[0]!)
})
