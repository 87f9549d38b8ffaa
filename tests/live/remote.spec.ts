// Remote presenting (`npm run dev -- --remote`, tooling/remote-auth.ts): without the password the
// server answers nothing of the deck, neither a page, a module, a note, the sync channel nor its
// configuration; with it, a phone's window drives the presenter view, and the phone remote
// (`/remote`, remote/) shows the notes of the current click and moves every window. Guessing is
// refused. One dev server for all, bound to 127.0.0.1 only.
import type { Page } from '@playwright/test'
import type { Running } from '../support/sandbox.ts'
import { Buffer } from 'node:buffer'
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { devices } from '@playwright/test'
import { MAX_WRONG, PASSWORD_VARIABLE } from '../../tooling/remote-auth.ts'
import { CONFIGS_MODULE, DOM, routeAddress, SERVER_PATHS, slideSelector } from '../../tooling/slidev/index.ts'
import { deck, plainNote } from '../support/deck.ts'
import { ROOT } from '../support/paths.ts'
import { devAddress, freePort, run, start } from '../support/sandbox.ts'
import { expect, position, test } from '../support/site.ts'

test.describe.configure({ mode: 'serial' })

const password = randomBytes(12).toString('hex')
let dev: Running
let url: string

test.beforeAll(async () => {
  dev = start(ROOT, 'slidev', ['--port', String(await freePort()), '--remote', '--bind', '127.0.0.1'], { [PASSWORD_VARIABLE]: password }, 300_000)
  url = `http://127.0.0.1:${(await devAddress(dev, 60_000)).port}/`
})

test.afterAll(async () => {
  dev?.child.kill('SIGTERM')
  await dev?.done
})

/** Status of a websocket handshake on the dev server (101 when it is accepted). */
function upgrade(authorization?: string) {
  return new Promise<number>((resolve, reject) => {
    const req = request(url, { headers: {
      'Connection': 'Upgrade',
      'Upgrade': 'websocket',
      'Sec-WebSocket-Version': '13',
      'Sec-WebSocket-Key': randomBytes(16).toString('base64'),
      'Sec-WebSocket-Protocol': 'vite-hmr',
      ...authorization && { Authorization: authorization },
    } })
    req.on('upgrade', (res, socket) => {
      socket.destroy()
      resolve(res.statusCode!)
    })
    req.on('response', (res) => {
      res.resume()
      resolve(res.statusCode!)
    })
    req.on('error', reject)
    req.end()
  })
}

test('without the password nothing is served: pages, modules, notes, configuration, sync', async ({ playwright }) => {
  const anonymous = await playwright.request.newContext()
  const withNotes = deck.slides.find(s => s.note)!
  const paths = ['', '1', 'remote', routeAddress('entry'), routeAddress('presenter', withNotes.no), routeAddress('notes'), routeAddress('overview'), CONFIGS_MODULE.slice(1), SERVER_PATHS.nav.slice(1), `${withNotes.file}`, 'slides.md', 'setup/main.ts', SERVER_PATHS.mcp.slice(1)]
  for (const path of paths) {
    const response = await anonymous.get(`${url}${path}`)
    expect.soft(response.status(), path).toBe(401)
    expect.soft(await response.text(), path).not.toContain(withNotes.note.slice(0, 40))
  }
  // The sync channel: neither a write to the shared position nor the websocket.
  const write = await anonymous.post(`${url}${SERVER_PATHS.nav.slice(1)}`, { data: { data: { page: 3 } } })
  expect(write.status()).toBe(401)
  expect(await upgrade()).toBe(401)
  expect(await upgrade(`Basic ${Buffer.from('x:wrong').toString('base64')}`)).toBe(401)
  expect(await upgrade(`Basic ${Buffer.from(`x:${password}`).toString('base64')}`)).toBe(101)
  await anonymous.dispose()
})

test('with the password, the configuration holds no password and a phone drives the presenter', async ({ browser, playwright }) => {
  test.setTimeout(240_000)
  const credentials = { username: 'presenter', password }
  const api = await playwright.request.newContext({ httpCredentials: credentials })
  const configs = await api.get(`${url}${CONFIGS_MODULE.slice(1)}`)
  expect(configs.status()).toBe(200)
  expect(await configs.text()).toContain(deck.title.split(':')[0])
  expect(await configs.text()).not.toContain(password)
  await api.dispose()

  const laptop = await browser.newContext({ httpCredentials: credentials, viewport: { width: 1400, height: 800 } })
  const presenter = await laptop.newPage()
  const start = deck.slides.find(s => s.no > 1 && s.noteClicks === 0 && s.no < deck.slides.length)!
  await presenter.goto(`${url}${routeAddress('presenter', start.no)}`, { timeout: 120_000 })
  await expect(presenter.locator(`${slideSelector(start.no)} ${DOM.layout}`).first()).toBeVisible({ timeout: 60_000 })

  // The phone opens the remote-control address Slidev prints (/entry/) and picks the slides: it
  // joins the presenter's slide, and its key moves the presenter view.
  const phoneContext = await browser.newContext({ httpCredentials: credentials, viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })
  const phone = await phoneContext.newPage()
  await phone.goto(`${url}${routeAddress('entry')}/`, { timeout: 120_000 })
  await phone.getByRole('link', { name: 'Slides' }).click({ timeout: 60_000 })
  await expect.poll(() => position(phone), { timeout: 60_000 }).toEqual({ no: start.no, clicks: 0 })
  await expect(phone.locator(`${slideSelector(start.no)} ${DOM.layout}`).first()).toBeVisible({ timeout: 60_000 })
  expect(position(presenter)).toEqual({ no: start.no, clicks: 0 })
  await phone.keyboard.press('ArrowRight')
  await expect.poll(() => position(phone)).toEqual({ no: start.no + 1, clicks: 0 })
  await expect.poll(() => position(presenter), { timeout: 30_000 }).toEqual({ no: start.no + 1, clicks: 0 })
  await laptop.close()
  await phoneContext.close()
})

/** Slidev's notes display marks the current click step by fading everything else. */
const currentStep = (phone: Page) => phone.locator(`.remote-notes ${DOM.noteWithClicks} > :not(${DOM.noteFade})`)

/** The first words of the notes of slide `no` at click `clicks`, from the page file's own text. */
function stepText(no: number, clicks: number) {
  const part = deck.slides[no - 1]!.note.split(/\[click(?::\d+)?\]/)[clicks]!
  return plainNote(part).trim().split(/\s+/).slice(0, 5).join(' ')
}

/** Moves the presenter view with its arrow keys until it shows slide `no` at click `clicks`. */
async function keysTo(presenter: Page, no: number, clicks: number) {
  for (;;) {
    const at = position(presenter)
    if (at.no === no && at.clicks === clicks)
      return
    const back = at.no > no || (at.no === no && at.clicks > clicks)
    await presenter.keyboard.press(back ? 'ArrowLeft' : 'ArrowRight')
    await expect.poll(() => position(presenter)).not.toEqual(at)
  }
}

test('the phone remote: notes of the current click, Previous and Next move every window, a key on the laptop moves the phone', async ({ browser }) => {
  test.setTimeout(240_000)
  const credentials = { username: 'presenter', password }
  // A slide whose last two click steps, the next slide's first two, and a slide after that: Next
  // three times crosses the boundary, and the presenter's key then takes one more step.
  const slide = deck.slides.find(s => s.no >= 5 && s.noteClicks >= 1 && (deck.slides[s.no]?.noteClicks ?? 0) >= 2)!
  const next = deck.slides[slide.no]!
  const laptop = await browser.newContext({ httpCredentials: credentials, viewport: { width: 1400, height: 800 } })
  const presenter = await laptop.newPage()
  await presenter.goto(`${url}${routeAddress('presenter', slide.no)}`, { timeout: 120_000 })
  // It joins the talk where an earlier test left it: the slide in its address bar is drawn.
  await expect.poll(() => presenter.locator(`${slideSelector(position(presenter).no)} ${DOM.layout}`).first().isVisible(), { timeout: 60_000 }).toBe(true)
  // An audience window open before the presenter moves follows each move. (Opened a moment after
  // the last key, it could read the server's position from before it and then miss that key's
  // update: joining late is tests/live/sync.spec.ts's, with the position settled first.)
  const audience = await laptop.newPage()
  await audience.goto(url, { timeout: 120_000 })
  await expect.poll(() => audience.locator(`${slideSelector(position(audience).no)} ${DOM.layout}`).first().isVisible(), { timeout: 60_000 }).toBe(true)
  await keysTo(presenter, slide.no, slide.noteClicks - 1)
  await expect.poll(() => position(audience), { timeout: 60_000 }).toEqual({ no: slide.no, clicks: slide.noteClicks - 1 })

  const phoneContext = await browser.newContext({ ...devices['iPhone 13'], httpCredentials: credentials })
  const phone = await phoneContext.newPage()
  // Slidev's remote-control address offers the phone remote first.
  await phone.goto(`${url}entry/`, { timeout: 120_000 })
  await expect(phone.getByRole('link').first()).toContainText('Phone remote', { timeout: 60_000 })
  await phone.getByRole('link').first().tap()
  await expect(phone).toHaveURL(`${url}remote`, { timeout: 60_000 })
  const where = phone.locator('.remote-where')
  await expect(where).toHaveText(`${slide.no} / ${deck.slides.length} · ${slide.title}`, { timeout: 60_000 })
  await expect(phone.getByText(`Next: ${next.title}`)).toBeVisible()
  await expect(currentStep(phone)).toContainText(stepText(slide.no, slide.noteClicks - 1))
  await expect(currentStep(phone).first()).toBeInViewport()

  // The talk's timer, planned in slides.md (`duration: <n>min`), started from the phone: the
  // presenter view counts down with it.
  const minutes = Number(/^duration: (\d+)min$/m.exec(readFileSync(join(ROOT, 'slides.md'), 'utf8'))![1])
  await expect(phone.getByRole('timer')).toContainText(`${minutes}:00 left`)
  // The phone remote in the presenter's hand, before the timer runs: the picture in README.md and
  // docs/presenting.md.
  await expect(phone).toHaveScreenshot('remote-phone-light.png', { scale: 'css', animations: 'disabled' })
  await phone.getByRole('button', { name: 'Start timer' }).tap()
  await expect(phone.getByRole('button', { name: 'Pause timer' })).toBeVisible()
  await expect(presenter.locator(DOM.presenterTimer).first()).toHaveText(new RegExp(`^\\s*${minutes - 1}\\s*:\\s*[0-5]\\d\\s*$`))

  // Three quick taps (60 ms apart, faster than the windows' answers come back): the last click
  // step, the next slide, its first click step.
  await phone.getByRole('button', { name: 'Next' }).evaluate(async (next: HTMLElement) => {
    for (let i = 0; i < 3; i++) {
      next.click()
      await new Promise(resolve => setTimeout(resolve, 60))
    }
  })
  for (const page of [presenter, audience])
    await expect.poll(() => position(page), { timeout: 30_000, message: page.url() }).toEqual({ no: next.no, clicks: 1 })
  await expect(where).toContainText(`${next.no} / `)
  await expect(currentStep(phone)).toContainText(stepText(next.no, 1))

  // A key on the laptop moves the phone.
  await presenter.keyboard.press('ArrowRight')
  await expect(currentStep(phone)).toContainText(stepText(next.no, 2))
  await expect.poll(() => position(audience)).toEqual({ no: next.no, clicks: 2 })

  // The phone reloads: it joins where the talk is, and nobody moves.
  const moved: string[] = []
  for (const page of [presenter, audience]) {
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame())
        moved.push(page.url())
    })
  }
  // A size chosen with A+ before the reload is kept.
  const fontPx = () => currentStep(phone).first().evaluate(el => Number.parseFloat(getComputedStyle(el).fontSize))
  const before = await fontPx()
  await phone.getByRole('button', { name: 'Larger notes' }).tap()
  await expect.poll(fontPx).toBe(before + 1)
  await phone.reload()
  await expect(where).toContainText(`${next.no} / `, { timeout: 60_000 })
  await expect(currentStep(phone)).toContainText(stepText(next.no, 2))
  expect(await fontPx()).toBe(before + 1)
  // Previous then goes back one step for everyone, and that is the only move they made.
  await phone.getByRole('button', { name: 'Previous' }).tap()
  for (const page of [presenter, audience])
    await expect.poll(() => position(page), { timeout: 30_000 }).toEqual({ no: next.no, clicks: 1 })
  expect(moved.filter(address => !address.endsWith(`${next.no}?clicks=1`))).toEqual([])

  // Legible in the hand, on the narrowest phone of the range: notes text, no sideways scrolling,
  // both buttons tall and on screen without scrolling.
  await phone.setViewportSize({ width: 375, height: 667 })
  // The smallest size there is.
  while (await phone.getByRole('button', { name: 'Smaller notes' }).isEnabled())
    await phone.getByRole('button', { name: 'Smaller notes' }).tap()
  expect(await fontPx()).toBeGreaterThanOrEqual(18)
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
  for (const name of ['Previous', 'Next']) {
    const box = (await phone.getByRole('button', { name, exact: true }).boundingBox())!
    expect(box.height, name).toBeGreaterThanOrEqual(64)
    expect(box.y + box.height, name).toBeLessThanOrEqual(667)
    expect(box.x + box.width, name).toBeLessThanOrEqual(375)
  }
  await laptop.close()
  await phoneContext.close()
})

/** Status and Retry-After of GET / with `password`, sent from the local address `from`. */
function attempt(from: string, password: string) {
  return new Promise<{ status: number, retryAfter?: string }>((resolve, reject) => {
    const req = request(url, { localAddress: from, headers: { Authorization: `Basic ${Buffer.from(`x:${password}`).toString('base64')}` } }, (res) => {
      res.resume()
      resolve({ status: res.statusCode!, retryAfter: res.headers['retry-after'] })
    })
    req.on('error', reject)
    req.end()
  })
}

test('guessing is refused: the eleventh wrong password from one address gets 429, another address still gets in', async () => {
  // 127.0.0.2 guesses; the laptop (127.0.0.1, the address every other test uses) carries on.
  for (let i = 1; i <= MAX_WRONG; i++)
    expect((await attempt('127.0.0.2', `guess ${i}`)).status).toBe(401)
  expect(await attempt('127.0.0.2', 'guess 11')).toEqual({ status: 429, retryAfter: '60' })
  expect((await attempt('127.0.0.2', password)).status).toBe(429)
  expect((await attempt('127.0.0.1', password)).status).toBe(200)
  expect(dev.output()).toContain(`${MAX_WRONG} wrong passwords from 127.0.0.2 within a minute`)
})

test('remote mode refuses to start with a password under 12 characters, saying why and how', async () => {
  const result = await run(ROOT, 'slidev', ['--port', String(await freePort()), '--remote', '--bind', '127.0.0.1'], { [PASSWORD_VARIABLE]: 'eleven-char' }, 60_000)
  expect(result.code).not.toBe(0)
  expect(result.output).toContain(`the password has 11 characters; anyone on the network can try passwords, so remote mode needs at least 12. Start it with ${PASSWORD_VARIABLE}=`)
  expect(result.output).not.toContain('public slide show')
})
