// A static file server that behaves like the hosts the deck is published on, under a sub-path.
//   github:  a missing path gets 404.html with status 404 (GitHub Pages; Slidev ships 404.html)
//   netlify: a missing path gets index.html with status 200 (the rewrite of Slidev's _redirects,
//            whose rule tests/site/hosting.spec.ts checks)
import type { AddressInfo } from 'node:net'
import { once } from 'node:events'
import { existsSync, readFileSync } from 'node:fs'
import http from 'node:http'
import { join, resolve } from 'node:path'
import sirv from 'sirv'
import { headersFor, parseHeaders } from './headers.ts'

export type HostKind = 'github' | 'netlify'

export interface ServeOptions {
  dir: string
  /** Sub-path the site is built for: starts and ends with "/". */
  base?: string
  host?: HostKind
  port?: number
  /** Send the response headers of the site's own _headers file (written by the build). */
  headers?: boolean
}

export async function serveStatic({ dir, base = '/', host = 'github', port = 0, headers = false }: ServeOptions) {
  const root = resolve(dir)
  const file = (name: string) => join(root, name)
  if (headers && !existsSync(file('_headers')))
    throw new Error(`${file('_headers')} is missing: build the site with \`npm run build\`, which writes it from public/_headers.`)
  const rules = headers ? parseHeaders(readFileSync(file('_headers'), 'utf8'), file('_headers')) : []
  // `ignores: false`: Netlify rewrites every missing path, a file name's too.
  const assets = sirv(root, { dev: true, etag: true, extensions: ['html'], single: host === 'netlify', ignores: false })

  const server = http.createServer((req, res) => {
    const { pathname, search } = new URL(req.url ?? '/', 'http://localhost')
    if (!pathname.startsWith(base)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`Not under ${base}`)
      return
    }
    // Set before sirv answers, they win over its defaults (its Cache-Control), as a host's do.
    for (const [name, value] of Object.entries(headersFor(rules, pathname)))
      res.setHeader(name, value)
    req.url = `/${pathname.slice(base.length)}${search}`
    assets(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file('404.html')))
    })
  })

  server.listen(port, '127.0.0.1')
  await once(server, 'listening')
  return {
    /** Root URL of the site, base included, e.g. http://127.0.0.1:4173/deck/ */
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${base}`,
    close: () => new Promise<void>(done => server.close(() => done())),
  }
}
