// Writes docs/images/remote-phone-light.png and -dark.png: the phone remote on a remote-mode dev
// server of its own (a throwaway password, bound to 127.0.0.1).
import type { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright-chromium'
import { scriptLaunchOptions } from '../tooling/browser.ts'
import { PASSWORD_VARIABLE } from '../tooling/remote-auth.ts'
import { screenshotRemote } from '../tooling/remote-screenshots.ts'
import { freePort } from '../tooling/serve.ts'
import { DEV_ADDRESS } from '../tooling/slidev/index.ts'

const root = resolve(import.meta.dirname, '..')
const password = randomBytes(12).toString('hex')
const dev = spawn(join(root, 'node_modules/.bin/slidev'), ['--port', String(await freePort()), '--remote', '--bind', '127.0.0.1'], {
  cwd: root,
  env: { ...process.env, [PASSWORD_VARIABLE]: password },
  stdio: ['ignore', 'pipe', 'pipe'],
})
const browser = await chromium.launch(scriptLaunchOptions())
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
  const images = join(root, 'docs/images')
  await screenshotRemote(browser, url, password, { light: join(images, 'remote-phone-light.png'), dark: join(images, 'remote-phone-dark.png') })
  console.log(`Wrote ${images}/remote-phone-light.png and remote-phone-dark.png`)
}
finally {
  await browser.close()
  dev.kill('SIGTERM')
}
