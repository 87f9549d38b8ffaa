// Remote presenting (`npm run dev -- --remote`, tooling/remote-auth.ts): without the password the
// server answers nothing of the deck, neither a page, a module, a note, the sync channel nor its
// configuration; with it, a phone's window drives the presenter view. Bound to 127.0.0.1 only.
import type { Running } from '../support/sandbox.ts'
import { Buffer } from 'node:buffer'
import { randomBytes } from 'node:crypto'
import { request } from 'node:http'
import { PASSWORD_VARIABLE } from '../../tooling/remote-auth.ts'
import { freePort } from '../../tooling/serve.ts'
import { CONFIGS_MODULE, DOM, routeAddress, SERVER_PATHS, slideSelector } from '../../tooling/slidev/index.ts'
import { deck } from '../support/deck.ts'
import { ROOT } from '../support/paths.ts'
import { devAddress, start } from '../support/sandbox.ts'
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
  const paths = ['', '1', routeAddress('presenter', withNotes.no), routeAddress('notes'), routeAddress('overview'), CONFIGS_MODULE.slice(1), SERVER_PATHS.nav.slice(1), `${withNotes.file}`, 'slides.md', 'setup/main.ts', SERVER_PATHS.mcp.slice(1)]
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
