// The last touch on a built site, before it is swapped in: its _headers for the base it was built
// for, and the service worker stamped with the build's id.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { formatHeaders, rulesForSite } from './headers.ts'
import { stampServiceWorker } from './service-worker.ts'

export function finishSite(root: string, siteDir: string, base: string) {
  writeFileSync(join(siteDir, '_headers'), formatHeaders(rulesForSite(root, siteDir, base)))
  stampServiceWorker(siteDir)
}
