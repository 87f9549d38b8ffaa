// The one place that decides which Chromium runs exports, builds and tests (the order: README.md).
import { existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright-chromium'

/** Looked up on PATH, in this order (Debian's package is `chromium`). */
const COMMANDS = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome']
/** Where macOS and Windows install them, off PATH. */
const APPLICATIONS = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
]
const INSTALL_HINT = 'Install one with `sudo apt-get install -y chromium` (Debian/Ubuntu) or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome executable.'

export function findBrowser(env: NodeJS.ProcessEnv = process.env): { executablePath: string, source: 'CHROMIUM_PATH' | 'system' | 'playwright' } {
  if (env.CHROMIUM_PATH) {
    if (!existsSync(env.CHROMIUM_PATH))
      throw new Error(`CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, but no file is there. ${INSTALL_HINT}`)
    return { executablePath: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' }
  }
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean)
  const onPath = COMMANDS.flatMap(command => dirs.map(dir => join(dir, command)))
  const system = [...onPath, ...APPLICATIONS].find(path => existsSync(path))
  if (system)
    return { executablePath: system, source: 'system' }
  const bundled = chromium.executablePath()
  if (bundled && existsSync(bundled))
    return { executablePath: bundled, source: 'playwright' }
  throw new Error(`No Chromium or Chrome found. ${INSTALL_HINT}`)
}

/**
 * Launch options for Playwright's `chromium.launch` and the test config. On a closed network
 * Chromium keeps trying to reach Google's services without these flags; as root it refuses to
 * start without --no-sandbox.
 */
export function launchOptions() {
  const args = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-default-apps']
  return { executablePath: findBrowser().executablePath, args: process.getuid?.() === 0 ? [...args, '--no-sandbox'] : args }
}

/** For our own scripts, which close the browser themselves on Ctrl-C and SIGTERM. */
export function scriptLaunchOptions() {
  return { ...launchOptions(), handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false }
}
