// `npm run browser`: prints the Chromium that exports, builds and tests would use, or how to install one.
import process from 'node:process'
import { findBrowser } from '../tooling/browser.ts'

try {
  const browser = findBrowser()
  console.log(`${browser.executablePath} (from ${browser.source})`)
}
catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
