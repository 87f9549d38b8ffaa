// The one place that decides which Chromium runs exports, builds and tests.
// Order: $CHROMIUM_PATH, then a system Chromium or Chrome, then Playwright's own download.
import { existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright-chromium'

export class BrowserNotFoundError extends Error {
  override name = 'BrowserNotFoundError'
}

/** Looked up on PATH, in this order (Debian's package is `chromium`). */
const COMMANDS = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome']
/** Where macOS and Windows install them, off PATH. */
const APPLICATIONS = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
]

function onPath(env: NodeJS.ProcessEnv) {
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean)
  return COMMANDS.flatMap(command => dirs.map(dir => join(dir, command)))
}

export const INSTALL_HINT = 'Install one with `sudo apt-get install -y chromium` (Debian/Ubuntu) or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome executable.'

export interface Browser {
  executablePath: string
  source: 'CHROMIUM_PATH' | 'system' | 'playwright'
}

export function findBrowser(env: NodeJS.ProcessEnv = process.env): Browser {
  const fromEnv = env.CHROMIUM_PATH
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new BrowserNotFoundError(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there. ${INSTALL_HINT}`)
    return { executablePath: fromEnv, source: 'CHROMIUM_PATH' }
  }
  const system = [...onPath(env), ...APPLICATIONS].find(path => existsSync(path))
  if (system)
    return { executablePath: system, source: 'system' }
  const bundled = chromium.executablePath()
  if (bundled && existsSync(bundled))
    return { executablePath: bundled, source: 'playwright' }
  throw new BrowserNotFoundError(`No Chromium or Chrome found. ${INSTALL_HINT}`)
}

/**
 * Flags for a headless Chromium on a closed network: without the networking flags it keeps
 * trying to reach Google's services; as root it refuses to start without --no-sandbox.
 */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
]

/** Launch options for Playwright's `chromium.launch` and for the Playwright test config. */
export function launchOptions() {
  return { executablePath: findBrowser().executablePath, args: CHROMIUM_ARGS }
}

/** For our own scripts, which close the browser themselves on Ctrl-C and SIGTERM. */
export function scriptLaunchOptions() {
  return { ...launchOptions(), handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false }
}
